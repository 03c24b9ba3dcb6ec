#pragma once
// The dashboard's data as compact records: every string a figure groups by (service, window, matter,
// ticket) is resolved to a small index when a ticket or summary arrives, and every time to UTC
// milliseconds and a local day number, so a recompute is a loop over plain structs (dashboardstate.h).

#include "core/dashboard/dashboardstate.h"

#include <QHash>

#include <vector>

namespace ow {

enum class TicketStateCode : quint8 { Waiting, Called, Completed, NoShow, Expired, Other };
enum class DecisionCode : quint8 { Accepted, AcceptedDeficiency, OneTimeNotice, NotAccepted, Other };

struct TicketRecord {
    qint64 dayJd = 0;    // local day (Julian day number)
    qint64 issuedMs = 0; // UTC ms since the epoch; 0 = none
    qint64 visitMs = 0;  // the start of the current queue visit (enqueuedAt, else issuedAt)
    qint64 calledMs = 0;
    qint64 completedMs = 0;
    int service = -1;
    int window = -1; // called at / served at
    int rating = 0;
    qint8 issuedHour = -1;
    qint8 completedHour = -1;
    TicketStateCode state = TicketStateCode::Other;

    bool countsWait() const { return calledMs != 0 && calledMs >= visitMs; }
    qint64 waitMs() const { return calledMs - visitMs; }
};

struct CaseRecord {
    qint64 dayJd = 0;
    qint64 promisedJd = 0;   // 0 = none
    qint64 supplementJd = 0; // 0 = none
    qint64 finishedJd = 0;   // a finished case (CaseSummary::isFinished): the local day of its updatedAt,
                             // by which the window knew; 0 = open or not known
    qint64 readyJd = 0;      // ready_for_pickup: the local day the result reached the hall; 0 = not waiting
    qint64 handedOverJd = 0; // handed_over: the local day of its updatedAt; 0 = not handed over
    int window = -1;
    int ticket = -1; // the ticket it was taken for (rating), -1 = none known
    int listed = 0;
    int collected = 0;
    int committed = 0; // lines replaced by commitment (告知承诺制)
    int outstanding = 0;
    int trips = 1;
    int matterBegin = 0; // into DashboardStore::caseMatters
    int matterCount = 0;
    DecisionCode decision = DecisionCode::Other;
    bool instant = false;
    bool synced = false;
    bool byPost = false; // the applicant chose 邮寄送达

    bool takesCaseIn() const { return decision == DecisionCode::Accepted || decision == DecisionCode::AcceptedDeficiency; }
};

class DashboardStore
{
public:
    explicit DashboardStore(const DashboardOptions &options)
        : options(options)
    {
        resolveZone();
    }

    DashboardOptions options;
    HallSnapshot snapshot;
    QTimeZone zone; // in effect: options.timeZone, else the snapshot's, else this PC's

    // Sets `zone` from options and snapshot; true when it changed (the caller rederives what it holds).
    bool resolveZone();

    // Interned keys: index -> key, key -> index.
    QList<QString> serviceCodes;
    QHash<QString, int> serviceIndex;
    QList<QString> windowIds;
    QHash<QString, int> windowIndex;
    QList<CaseSummaryMatter> matters;
    QHash<QString, int> matterIndex;

    QList<HallTicket> ticketData; // the originals, for names, codes and re-deriving
    std::vector<TicketRecord> tickets;
    QHash<QString, int> ticketIndex;
    QHash<QString, int> ticketOfCase; // caseId -> ticket whose caseIds lists it

    QList<CaseSummary> caseData;
    std::vector<CaseRecord> cases;
    QHash<QString, int> caseIndex;
    std::vector<int> caseMatters; // flat; a replaced case leaves its old range unused

    void clear();
    void upsertTicket(const HallTicket &ticket);
    bool upsertCase(const CaseSummary &summary);
    void rederive(); // after the time zone changed

    int service(const QString &code);
    int window(const QString &id);
    int matter(const CaseSummaryMatter &m);

    // Local day number and hour of a UTC instant in `zone` (offsets cached per UTC hour).
    qint64 localMs(qint64 utcMs) const;
    qint64 dayOf(qint64 utcMs) const;
    int hourOf(qint64 utcMs) const;

private:
    TicketRecord recordOf(const HallTicket &ticket);
    CaseRecord recordOf(const CaseSummary &summary);
    mutable QHash<qint64, int> m_offsetByUtcHour;
};

// What a recompute needs besides the records.
struct FoldRange {
    qint64 fromJd = 0;
    qint64 toJd = 0;
    qint64 todayJd = 0; // for the time-limit watch
    qint64 nowMs = 0;   // live only: waits and services now
    bool live = false;
};

DashboardFigures foldLive(const DashboardStore &store, const QDateTime &now);
PeriodFigures foldPeriod(const DashboardStore &store, const QDate &from, const QDate &to);

} // namespace ow
