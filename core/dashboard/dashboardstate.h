#pragma once
// The dashboard's model of the hall: a snapshot (windows, services), the day's tickets and the case
// summaries, kept current by the event stream, and the figures computed from them on demand.
//
// Why a full recompute rather than incremental sums: maxima, "longest wait now" and the time-limit
// watch depend on `now` and cannot be un-added, so figures() always folds everything — but over compact
// records whose strings were resolved to small indices when they arrived (apply/addSummary are O(1)),
// so a recompute over 100 windows and 20,000 tickets and cases takes a few milliseconds.
//
// Usage (ui/dashboard):
//   DashboardState state(options);
//   state.reset(client->snapshot(), ticketsOfToday, summariesOfLastWeeks);
//   connect(client, &HallClient::eventReceived, [&](const HallEvent &e) {
//       if (!state.apply(e)) refetch();            // day_started: reset with the new day's data
//       view->show(state.figures(QDateTime::currentDateTimeUtc()));
//   });
//   // and a 1 s timer for figures(now): waits grow and alerts fire without events.

#include "core/calendar/workingcalendar.h"
#include "core/dashboard/dashboardfigures.h"
#include "core/hall/protocol/casesummary.h"
#include "core/hall/protocol/hallmodels.h"

#include <QTimeZone>

#include <memory>

namespace ow {

struct DashboardOptions {
    AlertLimits limits;
    int dueSoonWorkingDays = 2;        // due soon: promised within this many working days
    int longPickupWaitWorkingDays = 5; // a result waiting at the hall longer than this is counted apart
    // The hall's: where days and hours begin. Invalid (the default): the snapshot's (HallSnapshot::timeZone,
    // the hall's config), else this PC's — set it only to override what the hall says.
    QTimeZone timeZone;
    WorkingCalendar calendar = WorkingCalendar::builtIn();
    QList<int> waitBucketMinutes{5, 10, 15, 20, 30, 45, 60}; // bucket edges; the last bucket is open
    int maxDeadlines = 200;                                  // entries in DashboardFigures::deadlines (counts are complete)
};

class DashboardStore;

class DashboardState
{
public:
    explicit DashboardState(const DashboardOptions &options = {});
    ~DashboardState();
    DashboardState(DashboardState &&) noexcept;
    DashboardState &operator=(DashboardState &&) noexcept;

    const DashboardOptions &options() const;
    void setOptions(const DashboardOptions &options); // limits, calendar, buckets; keeps the data
    // The zone in effect: options().timeZone if valid, else the snapshot's, else this PC's.
    QTimeZone timeZone() const;

    // Replaces everything. snapshot: GET /snapshot (windows, services; its waiting tickets and the
    // windows' current tickets are taken as the newest version of those tickets). tickets: GET /tickets
    // of the day. summaries: GET /case-summaries, usually the last weeks so the time-limit watch sees
    // cases accepted earlier.
    void reset(const HallSnapshot &snapshot, const QList<HallTicket> &tickets, const QList<CaseSummary> &summaries);

    // One event of the stream. Tickets and windows are replaced by their version after the event;
    // case_reported adds its summary. Returns false for day_started: reset with the new day's data.
    bool apply(const HallEvent &event);

    // Adds or replaces one ticket (by id).
    void addTicket(const HallTicket &ticket);
    // Adds or replaces one summary (by caseId); an older updatedAt than the one held is ignored (false),
    // as the hall does.
    bool addSummary(const CaseSummary &summary);

    // The figures at `now` (UTC): "today" is now's date in timeZone().
    DashboardFigures figures(const QDateTime &now) const;

    const HallSnapshot &snapshot() const;
    qsizetype ticketCount() const;
    qsizetype summaryCount() const;

private:
    std::unique_ptr<DashboardStore> m_store;
};

// The figures of whole local days from..to (both included) for a report: tickets and summaries outside
// the period are ignored. hall: the snapshot (or any HallSnapshot with windows and services) naming the
// windows and services, saying which windows are comprehensive and, unless options.timeZone is set, the zone.
PeriodFigures computePeriod(const HallSnapshot &hall, const QList<HallTicket> &tickets, const QList<CaseSummary> &summaries,
                            const QDate &from, const QDate &to, const DashboardOptions &options = {});

// Whether a window is a 综合窗口 / has a device on the stream. Read from HallWindow's fields when the
// hall gives them, else from its JSON (connected: true when the hall does not say).
bool windowIsComprehensive(const HallWindow &window);
bool windowIsConnected(const HallWindow &window);

// The texts the UI and the reports show (translated; English source).
QString windowStatusText(WindowStatus status);
QString alertKindText(DashboardAlert::Kind kind);
QString deadlineKindText(CaseDeadline::Kind kind);

} // namespace ow
