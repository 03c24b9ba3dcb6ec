#pragma once
// What the supervisor's dashboard and the reports show (issue 6): plain values, computed in core from the
// hall's tickets and case summaries, rendered by ui/dashboard and core/dashboard/report*. No widgets here.
//
// Definitions (the reform figures, docs/../shared/docs/domain.md "What the reform measures"):
// - A *case* is a CaseSummary (one decision). Decision counts of a day use CaseSummary::day.
// - comprehensive share = cases decided at a window with `comprehensive: true` / all cases (every
//   decision, notices included: 一窗受理 is about where the applicant is served, whatever the outcome).
// - materials not taken in (ReformFigures::materialsReduction) = 1 − collected / listed, summed over the
//   cases that take something in (accepted, accepted_deficiency). As a Share: numerator listed − collected,
//   denominator listed. Not the seed's 减材料 (30% / 60%): that one is against the pre-reform lists, a
//   catalog figure (catalogfigures.h). The 100 high-frequency matters in one trip: highfrequency.h.
// - commitments = material lines replaced by the applicant's signed commitment (证明事项告知承诺制), summed
//   over the cases that take something in (CaseSummary::materialsByCommitment; a decision that takes
//   nothing in signs no commitment). A count, with no target: the seed asks for the system, not a rate.
//   Such a line is not collected, so it also counts in the materials reduction.
// - at-most-one-trip share = cases with trips ≤ 1 / all cases.
// - instant share = instant cases / cases that take something in (即办件 are accepted on the spot).
// - satisfaction = ratings 4–5 / ratings, and the average rating. Ratings come from tickets
//   (HallTicket::rating, 0 = not rated). Hall-wide and per window they count rated tickets (by the
//   ticket's windowId); per matter a case inherits the rating of the ticket it was taken for
//   (CaseSummary::ticketId, or a ticket whose caseIds lists the case).
// - Per matter: a case counts once for every matter it lists (a 一件事 bundle counts for each of its
//   matters), so per-matter rows do not add up to the totals.
// - finished = the summary's status is ready_for_pickup or completed (CaseSummary::isFinished: 办结, the
//   result is ready, which is when the promise is kept), known by that day: its updatedAt falls on or
//   before the day we look from (a report as of an earlier day counts a case finished later as open).
//   A summary without a status (an older window) is open.
// - due soon = a case that takes something in, not finished, promisedDate on or after today and fewer
//   than dueSoonWorkingDays + 1 working days away (today + N working days at most, by the WorkingCalendar).
// - overdue = a case that takes something in, not finished, whose promisedDate is before today. The
//   status is what the window last heard from the platform: "overdue" means "past the promise and not
//   known to be finished" — the platform's status is the authority.
// - supplements overdue = accepted_deficiency with supplementsOutstanding > 0 and supplementDueDate
//   before today.
// - sync backlog = summaries with synced == false (not yet confirmed by the central platform).
// - handed over (出件) = summaries whose status is handed_over, known by the day we look from (its
//   updatedAt's day); by post = of those, the ones whose delivery is post (邮寄送达).
// - pick-ups waiting = summaries whose status is ready_for_pickup (the result is at the hall, not yet handed
//   over) that arrived by the day we look from (readyDate); waiting long = of those, more than
//   longPickupWaitWorkingDays working days since readyDate (WorkingCalendar::workingDaysBetween).
// - wait of a ticket = calledAt − the start of its queue visit (enqueuedAt, issuedAt when missing), for a
//   ticket whose last call came after its last enqueue; counted on the ticket's current service. A
//   ticket transferred and waiting again has no wait counted until it is called (the hall's statistics
//   endpoint, folded from events, is the exact per-visit figure; this one is what tickets alone allow).
// - service time = completedAt − calledAt of completed tickets.
// - Hours and days are the hall's local ones (DashboardOptions::timeZone, else the snapshot's
//   HallSnapshot::timeZone, else this PC's: DashboardState::timeZone()) of issuedAt.

#include "core/dashboard/badratings.h"
#include "core/hall/protocol/hallmodels.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ow {

// A ratio of counts. Shown as "—" when nothing was counted (0/0), never as 0 %.
struct Share {
    qint64 numerator = 0;
    qint64 denominator = 0;

    bool isDefined() const { return denominator != 0; }
    double ratio() const { return denominator ? double(numerator) / double(denominator) : 0.0; }
    // "73.5%" (one decimal, the locale's digits) or "—" for 0/0.
    QString percentText() const;
    bool operator==(const Share &) const = default;
};

struct QueueTotals {
    int issued = 0;
    int called = 0;  // tickets with a counted wait (see "wait of a ticket")
    int served = 0;  // completed
    int noShows = 0; // tickets dropped as no_show
    qint64 waitSumMs = 0;
    qint64 waitMaxMs = 0;
    qint64 serviceCount = 0;
    qint64 serviceSumMs = 0;

    double avgWaitSeconds() const { return called ? double(waitSumMs) / called / 1000.0 : 0.0; }
    double maxWaitSeconds() const { return double(waitMaxMs) / 1000.0; }
    double avgServiceSeconds() const { return serviceCount ? double(serviceSumMs) / double(serviceCount) / 1000.0 : 0.0; }
};

struct CaseCounts {
    int decisions = 0; // all summaries counted
    int accepted = 0;
    int acceptedDeficiency = 0;     // 容缺受理
    int supplementsOutstanding = 0; // of those: still waiting for a material (supplementsOutstanding > 0)
    int oneTimeNotice = 0;          // 一次告知
    int notAccepted = 0;
    // Time limits and sync: over every summary held (earlier days too), not only the day's decisions.
    int dueSoon = 0;
    int overdue = 0;
    int supplementsOverdue = 0;
    int syncBacklog = 0;
    int handedOver = 0;         // results handed over (出件)
    int handedOverByPost = 0;   // of those, sent by post (邮寄送达)
    int pickupsWaiting = 0;     // results at the hall, not yet handed over
    int pickupsWaitingLong = 0; // of those, waiting more than longPickupWaitWorkingDays working days
};

struct ReformFigures {
    Share comprehensive;      // cases at 综合窗口 / cases
    Share materialsReduction; // (listed − collected) / listed, cases that take something in
    qint64 materialsListed = 0;
    qint64 materialsCollected = 0;
    qint64 commitments = 0; // lines replaced by commitment (告知承诺制), cases that take something in
    Share atMostOneTrip;    // trips ≤ 1 / cases
    Share instant;          // instant / cases that take something in
    Share satisfied;        // ratings 4–5 / ratings
    qint64 ratingSum = 0;   // over satisfied.denominator ratings

    double averageRating() const { return satisfied.denominator ? double(ratingSum) / double(satisfied.denominator) : 0.0; }
};

struct ServiceRow {
    QString code;              // "A"
    QString name;              // 综合受理
    int waiting = 0;           // now
    qint64 longestWaitMs = 0;  // of the tickets waiting now (now − enqueued)
    QString longestWaitTicket; // its code ("A017"), "" when nobody waits
    QueueTotals today;         // the day's tickets of this service
};

enum class WindowStatus { Serving, Idle, Paused, Offline };

struct WindowRow {
    QString id;   // "W03"
    QString name; // 3号窗口
    bool comprehensive = false;
    bool connected = true;                    // a window device holds the event stream (true when the hall does not say)
    WindowStatus status = WindowStatus::Idle; // Offline > Paused > Serving > Idle
    QString pauseReason;
    QString currentTicketId;
    QString currentTicketCode;
    QDateTime currentSince; // calledAt of the current ticket
    QueueTotals queue;      // tickets called / served at this window (today, or over the period);
                            // "issued" here counts the tickets that reached this window
    CaseCounts cases;       // its decisions; time limits and backlog of its cases
    ReformFigures reform;   // satisfied: rated tickets served here
};

struct MatterRow {
    QString code; // 事项编码
    QString name;
    QString department;
    CaseCounts cases;     // decisions only (the time-limit watch and backlog are per window)
    ReformFigures reform; // satisfied: ratings inherited from the cases' tickets
};

struct HourBucket {
    int hour = 0;   // 0-23, hall local time
    int issued = 0; // tickets issued in that hour
    int served = 0; // tickets completed in that hour
};

struct WaitBucket {
    qint64 fromSeconds = 0; // inclusive
    qint64 toSeconds = -1;  // exclusive; -1: open-ended (the last bucket)
    int count = 0;          // counted waits in [from, to)
};

struct DashboardAlert {
    enum class Kind {
        LongWait,    // target: service code; a ticket has waited >= limit (value: the longest wait)
        LongService, // target: window id; the current ticket has been served >= limit
        LongQueue,   // target: service code; waiting tickets >= limit
        SyncBacklog, // target: window id; unsynced summaries >= limit
    };
    Kind kind = Kind::LongWait;
    QString target;
    QString ticketId; // LongWait / LongService: the ticket concerned
    QString ticketCode;
    qint64 value = 0; // seconds for LongWait/LongService, a count otherwise
    qint64 limit = 0; // same unit
    int over = 0;     // LongWait: how many tickets of the service are at or past the limit
};

// A case the 电子监察 list shows: due soon, overdue, or a supplement overdue.
struct CaseDeadline {
    enum class Kind { DueSoon, Overdue, SupplementOverdue };
    Kind kind = Kind::DueSoon;
    QString caseId;
    QString windowId;
    QString matter;      // the first matter's name (or the bundle code)
    QDate date;          // promisedDate, or supplementDueDate for SupplementOverdue
    int workingDays = 0; // working days left (DueSoon, >= 0) or overdue by (< 0)
};

// Limits for the alerts: an alert fires when the value reaches the limit (>=), not before. 0 = off.
struct AlertLimits {
    qint64 waitSeconds = 30 * 60;
    qint64 serviceSeconds = 30 * 60;
    int queueLength = 0;
    int syncBacklog = 0;
};

// The live dashboard at one instant.
struct DashboardFigures {
    QDateTime at;                     // UTC, the "now" the figures were computed for
    QDate day;                        // the hall's local day of `at`
    QList<ServiceRow> services;       // in the snapshot's order (services that only appear on tickets last)
    QList<WindowRow> windows;         // in the snapshot's order
    QueueTotals queue;                // the day's tickets, hall-wide
    CaseCounts cases;                 // today's decisions; deadlines and backlog over every summary held
    ReformFigures reform;             // today
    QMap<QString, MatterRow> matters; // today, by matter code
    QList<HourBucket> hours;          // 24 entries, today
    QList<WaitBucket> waits;          // today's counted waits
    QList<DashboardAlert> alerts;
    QList<CaseDeadline> deadlines; // overdue first (most overdue first), then due soon (soonest first)

    const WindowRow *window(const QString &id) const;
    const ServiceRow *service(const QString &code) const;
};

struct DayRow {
    QDate day;
    QueueTotals queue;
    CaseCounts cases; // that day's decisions (no deadlines)
    ReformFigures reform;
};

// A period [from, to] of whole local days (a daily report is from == to).
struct PeriodFigures {
    QDate from;
    QDate to;
    QString hallCode;
    QString hallName;
    QueueTotals queue;
    CaseCounts cases; // decisions in the period; deadlines as of `to`; backlog of those summaries
    ReformFigures reform;
    QList<WindowRow> windows; // configured windows first, then any other window seen; status fields unused
    QMap<QString, MatterRow> matters;
    QList<DayRow> days;      // every day from..to, also empty ones
    QList<HourBucket> hours; // summed over the period
    QList<WaitBucket> waits;
    // 差评回访整改 of the period's bad ratings (badratings.h), when the hall was asked for them.
    std::optional<BadRatingFigures> badRatings;

    const WindowRow *window(const QString &id) const;
};

} // namespace ow
