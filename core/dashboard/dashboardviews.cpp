// Dresses a Fold as what the dashboard (live) and the reports (a period) show: rows in the hall's
// order, alerts, and the 电子监察 deadline list.
#include "core/dashboard/dashboardfold_p.h"

#include <algorithm>

namespace ow {

namespace {

QString ticketCode(const DashboardStore &store, const QString &ticketId, const HallTicket &fallback)
{
    const int i = store.ticketIndex.value(ticketId, -1);
    if (i >= 0)
        return store.ticketData.at(i).code;
    return fallback.code;
}

// Windows: the snapshot's, in its order, then any other window that appears on tickets or cases.
QList<WindowRow> windowRows(const DashboardStore &store, const Fold &f)
{
    QList<WindowRow> rows;
    QSet<QString> named;
    auto fill = [&](WindowRow &row) {
        const int i = store.windowIndex.value(row.id, -1);
        if (i < 0)
            return;
        row.queue = f.windowQueue[size_t(i)];
        row.cases = f.windowCases[size_t(i)];
        row.reform = f.windowReform[size_t(i)];
    };
    for (const HallWindow &w : store.snapshot.windows) {
        WindowRow row;
        row.id = w.id;
        row.name = w.name;
        row.comprehensive = windowIsComprehensive(w);
        row.connected = windowIsConnected(w);
        row.pauseReason = w.pauseReason;
        fill(row);
        rows.append(row);
        named.insert(w.id);
    }
    for (const QString &id : store.windowIds) {
        if (named.contains(id))
            continue;
        WindowRow row;
        row.id = id;
        row.name = id;
        fill(row);
        rows.append(row);
    }
    return rows;
}

QMap<QString, MatterRow> matterRows(const DashboardStore &store, const Fold &f)
{
    QMap<QString, MatterRow> rows;
    for (qsizetype i = 0; i < store.matters.size(); ++i) {
        if (!f.matterSeen[size_t(i)])
            continue;
        const CaseSummaryMatter &m = store.matters.at(i);
        MatterRow row;
        row.code = m.code.isEmpty() ? m.name : m.code;
        row.name = m.name;
        row.department = m.department;
        row.cases = f.matterCases[size_t(i)];
        row.reform = f.matterReform[size_t(i)];
        rows.insert(row.code, row);
    }
    return rows;
}

QList<CaseDeadline> deadlines(const DashboardStore &store, Fold &f, const QDate &today)
{
    // Overdue and supplements overdue first, oldest date first (the most overdue on top); then due soon,
    // soonest first. Only the first maxDeadlines get their working days counted: counting is a walk
    // over the calendar, and nobody reads the 2,000th line of a watch list.
    auto group = [](CaseDeadline::Kind k) { return k == CaseDeadline::Kind::DueSoon ? 1 : 0; };
    // Integers only in the selection (thousands of old cases can be "overdue"); the case id orders
    // equal dates among the lines kept, so the list does not depend on the order summaries arrived in.
    auto before = [&](const DeadlineCandidate &a, const DeadlineCandidate &b) {
        if (group(a.kind) != group(b.kind))
            return group(a.kind) < group(b.kind);
        if (a.dateJd != b.dateJd)
            return a.dateJd < b.dateJd;
        return a.caseIndex < b.caseIndex;
    };
    const size_t keep = std::min(f.deadlines.size(), size_t(std::max(0, store.options.maxDeadlines)));
    std::partial_sort(f.deadlines.begin(), f.deadlines.begin() + qsizetype(keep), f.deadlines.end(), before);
    std::stable_sort(f.deadlines.begin(), f.deadlines.begin() + qsizetype(keep),
                     [&](const DeadlineCandidate &a, const DeadlineCandidate &b) {
                         if (group(a.kind) != group(b.kind) || a.dateJd != b.dateJd)
                             return before(a, b);
                         return store.caseData.at(a.caseIndex).caseId < store.caseData.at(b.caseIndex).caseId;
                     });
    QList<CaseDeadline> list;
    for (size_t i = 0; i < keep; ++i) {
        const DeadlineCandidate &c = f.deadlines[i];
        const CaseSummary &s = store.caseData.at(c.caseIndex);
        CaseDeadline d;
        d.kind = c.kind;
        d.caseId = s.caseId;
        d.windowId = s.windowId;
        d.matter = matterLabel(store, c.caseIndex);
        d.date = QDate::fromJulianDay(c.dateJd);
        d.workingDays = store.options.calendar.workingDaysBetween(today, d.date);
        list.append(d);
    }
    return list;
}

} // namespace

DashboardFigures foldLive(const DashboardStore &store, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 todayJd = store.dayOf(nowMs);
    FoldRange range{todayJd, todayJd, todayJd, nowMs, true};
    Fold f = fold(store, range, Watch::AllCases);
    const AlertLimits &limits = store.options.limits;

    DashboardFigures d;
    d.at = now.toUTC();
    d.day = QDate::fromJulianDay(todayJd);
    d.queue = f.queue;
    d.cases = f.cases;
    d.reform = f.reform;
    d.hours = QList<HourBucket>(f.hours.begin(), f.hours.end());
    d.waits = f.waits;
    d.matters = matterRows(store, f);

    // Services: waiting now and the longest wait now, over every waiting ticket (any day: a waiting
    // ticket is current by definition; the day roll-over expires yesterday's).
    struct Waiting {
        int count = 0;
        int over = 0;
        qint64 longestMs = -1;
        int longest = -1;
    };
    std::vector<Waiting> waiting(size_t(store.serviceCodes.size()));
    const qint64 waitLimitMs = limits.waitSeconds * 1000;
    for (size_t i = 0; i < store.tickets.size(); ++i) {
        const TicketRecord &t = store.tickets[i];
        if (t.state != TicketStateCode::Waiting || t.service < 0)
            continue;
        Waiting &w = waiting[size_t(t.service)];
        ++w.count;
        const qint64 ms = std::max<qint64>(0, nowMs - t.visitMs);
        if (limits.waitSeconds > 0 && ms >= waitLimitMs)
            ++w.over;
        if (ms > w.longestMs) {
            w.longestMs = ms;
            w.longest = int(i);
        }
    }
    QList<QString> order;
    for (const HallServiceInfo &s : store.snapshot.services)
        order.append(s.code);
    for (const QString &code : store.serviceCodes) {
        if (!order.contains(code))
            order.append(code);
    }
    QList<DashboardAlert> queueAlerts;
    for (const QString &code : order) {
        ServiceRow row;
        row.code = code;
        row.name = store.snapshot.serviceName(code);
        const int i = store.serviceIndex.value(code, -1);
        if (i >= 0) {
            row.today = f.serviceQueue[size_t(i)];
            const Waiting &w = waiting[size_t(i)];
            row.waiting = w.count;
            if (w.longest >= 0) {
                row.longestWaitMs = w.longestMs;
                row.longestWaitTicket = store.ticketData.at(w.longest).code;
                if (w.over > 0) {
                    const HallTicket &t = store.ticketData.at(w.longest);
                    d.alerts.append(
                        {DashboardAlert::Kind::LongWait, code, t.id, t.code, w.longestMs / 1000, limits.waitSeconds, w.over});
                }
            }
        }
        if (limits.queueLength > 0 && row.waiting >= limits.queueLength)
            queueAlerts.append({DashboardAlert::Kind::LongQueue, code, {}, {}, row.waiting, limits.queueLength, 0});
        d.services.append(row);
    }

    // Windows: status, the current ticket and how long it has been at the counter.
    d.windows = windowRows(store, f);
    QList<DashboardAlert> backlogAlerts;
    for (qsizetype i = 0; i < d.windows.size(); ++i) {
        WindowRow &row = d.windows[i];
        // windowRows() lists the snapshot's windows first, in its order.
        const HallWindow *w = i < store.snapshot.windows.size() ? &store.snapshot.windows.at(i) : nullptr;
        if (w) {
            row.currentTicketId = w->currentTicketId;
            if (!w->currentTicketId.isEmpty()) {
                row.currentTicketCode = ticketCode(store, w->currentTicketId, w->current);
                const int ti = store.ticketIndex.value(w->currentTicketId, -1);
                row.currentSince = ti >= 0 && store.tickets[size_t(ti)].calledMs
                                       ? QDateTime::fromMSecsSinceEpoch(store.tickets[size_t(ti)].calledMs, Qt::UTC)
                                       : w->current.calledAt;
            }
            row.status = !row.connected                  ? WindowStatus::Offline
                         : w->paused                     ? WindowStatus::Paused
                         : !w->currentTicketId.isEmpty() ? WindowStatus::Serving
                                                         : WindowStatus::Idle;
        }
        if (row.currentSince.isValid() && limits.serviceSeconds > 0) {
            const qint64 seconds = std::max<qint64>(0, nowMs - row.currentSince.toMSecsSinceEpoch()) / 1000;
            if (seconds >= limits.serviceSeconds)
                d.alerts.append({DashboardAlert::Kind::LongService, row.id, row.currentTicketId, row.currentTicketCode, seconds,
                                 limits.serviceSeconds, 0});
        }
        if (limits.syncBacklog > 0 && row.cases.syncBacklog >= limits.syncBacklog)
            backlogAlerts.append(
                {DashboardAlert::Kind::SyncBacklog, row.id, {}, {}, row.cases.syncBacklog, limits.syncBacklog, 0});
    }
    d.alerts += queueAlerts;
    d.alerts += backlogAlerts;
    d.deadlines = deadlines(store, f, d.day);
    return d;
}

PeriodFigures foldPeriod(const DashboardStore &store, const QDate &from, const QDate &to)
{
    FoldRange range{from.toJulianDay(), to.toJulianDay(), to.toJulianDay(), 0, false};
    Fold f = fold(store, range, Watch::RangeCases);
    PeriodFigures p;
    p.from = from;
    p.to = to;
    p.hallCode = store.snapshot.hallCode;
    p.hallName = store.snapshot.hallName;
    p.queue = f.queue;
    p.cases = f.cases;
    p.reform = f.reform;
    p.windows = windowRows(store, f);
    p.matters = matterRows(store, f);
    for (size_t i = 0; i < f.days.size(); ++i)
        p.days.append({from.addDays(qint64(i)), f.days[i].queue, f.days[i].cases, f.days[i].reform});
    p.hours = QList<HourBucket>(f.hours.begin(), f.hours.end());
    p.waits = f.waits;
    return p;
}

} // namespace ow
