#include "core/dashboard/dashboardfold_p.h"

#include <algorithm>

namespace ow {

namespace {

void addTicket(QueueTotals &q, const TicketRecord &t)
{
    ++q.issued;
    if (t.countsWait()) {
        ++q.called;
        q.waitSumMs += t.waitMs();
        q.waitMaxMs = std::max(q.waitMaxMs, t.waitMs());
    }
    if (t.state == TicketStateCode::Completed) {
        ++q.served;
        if (t.calledMs && t.completedMs >= t.calledMs) {
            ++q.serviceCount;
            q.serviceSumMs += t.completedMs - t.calledMs;
        }
    }
    if (t.state == TicketStateCode::NoShow)
        ++q.noShows;
}

void addRating(ReformFigures &r, int rating)
{
    if (rating < 1 || rating > 5)
        return; // 0: not rated
    ++r.satisfied.denominator;
    if (rating >= 4)
        ++r.satisfied.numerator;
    r.ratingSum += rating;
}

void addDecision(CaseCounts &c, const CaseRecord &k)
{
    ++c.decisions;
    switch (k.decision) {
    case DecisionCode::Accepted: ++c.accepted; break;
    case DecisionCode::AcceptedDeficiency:
        ++c.acceptedDeficiency;
        if (k.outstanding > 0)
            ++c.supplementsOutstanding;
        break;
    case DecisionCode::OneTimeNotice: ++c.oneTimeNotice; break;
    case DecisionCode::NotAccepted: ++c.notAccepted; break;
    case DecisionCode::Other: break;
    }
}

void addReform(ReformFigures &r, const CaseRecord &k, bool comprehensive)
{
    ++r.comprehensive.denominator;
    if (comprehensive)
        ++r.comprehensive.numerator;
    ++r.atMostOneTrip.denominator;
    if (k.trips <= 1)
        ++r.atMostOneTrip.numerator;
    if (k.takesCaseIn()) {
        r.materialsListed += k.listed;
        r.materialsCollected += k.collected;
        r.commitments += k.committed;
        r.materialsReduction.denominator += k.listed;
        r.materialsReduction.numerator += std::max(0, k.listed - k.collected); // never a negative saving
        ++r.instant.denominator;
        if (k.instant)
            ++r.instant.numerator;
    }
}

template <typename T>
T &at(std::vector<T> &v, int index)
{
    return v[size_t(index)];
}

} // namespace

Fold fold(const DashboardStore &store, const FoldRange &range, Watch watch)
{
    Fold f;
    f.serviceQueue.resize(size_t(store.serviceCodes.size()));
    f.windowQueue.resize(size_t(store.windowIds.size()));
    f.windowCases.resize(size_t(store.windowIds.size()));
    f.windowReform.resize(size_t(store.windowIds.size()));
    f.matterCases.resize(size_t(store.matters.size()));
    f.matterReform.resize(size_t(store.matters.size()));
    f.matterSeen.resize(size_t(store.matters.size()));
    f.days.resize(size_t(std::max<qint64>(0, range.toJd - range.fromJd + 1)));
    for (int h = 0; h < 24; ++h)
        f.hours[size_t(h)].hour = h;

    // Wait buckets from the configured edges (minutes, ascending); the last bucket is open-ended.
    QList<int> edges = store.options.waitBucketMinutes;
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    edges.removeIf([](int e) { return e <= 0; });
    qint64 from = 0;
    for (int e : edges) {
        f.waits.append({from, qint64(e) * 60, 0});
        from = qint64(e) * 60;
    }
    f.waits.append({from, -1, 0});
    std::vector<qint64> edgeMs;
    for (int e : edges)
        edgeMs.push_back(qint64(e) * 60 * 1000);

    std::vector<char> comprehensive(size_t(store.windowIds.size()), 0);
    for (const HallWindow &w : store.snapshot.windows) {
        const int i = store.windowIndex.value(w.id, -1);
        if (i >= 0)
            comprehensive[size_t(i)] = windowIsComprehensive(w);
    }

    for (const TicketRecord &t : store.tickets) {
        if (t.dayJd < range.fromJd || t.dayJd > range.toJd)
            continue;
        addTicket(f.queue, t);
        addRating(f.reform, t.rating);
        DayFold &day = at(f.days, int(t.dayJd - range.fromJd));
        addTicket(day.queue, t);
        addRating(day.reform, t.rating);
        if (t.service >= 0)
            addTicket(at(f.serviceQueue, t.service), t);
        if (t.window >= 0) {
            addTicket(at(f.windowQueue, t.window), t);
            addRating(at(f.windowReform, t.window), t.rating);
        }
        if (t.issuedHour >= 0)
            ++f.hours[static_cast<unsigned char>(t.issuedHour)].issued; // 0-23, checked above
        if (t.completedHour >= 0)
            ++f.hours[static_cast<unsigned char>(t.completedHour)].served;
        if (t.countsWait()) {
            const auto bucket = std::upper_bound(edgeMs.begin(), edgeMs.end(), t.waitMs()) - edgeMs.begin();
            ++f.waits[bucket].count;
        }
    }

    // Due soon: on or after today and before the (N+1)-th working day after today, i.e. at most N working
    // days left by WorkingCalendar::workingDaysBetween.
    const QDate today = QDate::fromJulianDay(range.todayJd);
    const qint64 dueSoonEndJd =
        store.options.calendar.dueDate(today, std::max(0, store.options.dueSoonWorkingDays) + 1).toJulianDay();

    // Waiting long: readyJd before the day that is longPickupWaitWorkingDays working days before today,
    // i.e. more than N working days between the arrival and today.
    const int longWait = std::max(0, store.options.longPickupWaitWorkingDays);

    f.deadlines.reserve(store.cases.size() / 4);
    for (size_t i = 0; i < store.cases.size(); ++i) {
        const CaseRecord &k = store.cases[i];
        const bool inRange = k.dayJd >= range.fromJd && k.dayJd <= range.toJd;
        const bool comp = k.window >= 0 && comprehensive[size_t(k.window)];
        if (inRange) {
            addDecision(f.cases, k);
            addReform(f.reform, k, comp);
            DayFold &day = at(f.days, int(k.dayJd - range.fromJd));
            addDecision(day.cases, k);
            addReform(day.reform, k, comp);
            if (k.window >= 0) {
                addDecision(at(f.windowCases, k.window), k);
                addReform(at(f.windowReform, k.window), k, comp);
            }
            const int rating = k.ticket >= 0 ? store.tickets[size_t(k.ticket)].rating : 0;
            for (int m = k.matterBegin; m < k.matterBegin + k.matterCount; ++m) {
                const int matter = store.caseMatters[size_t(m)];
                f.matterSeen[size_t(matter)] = 1;
                addDecision(at(f.matterCases, matter), k);
                addReform(at(f.matterReform, matter), k, comp);
                addRating(at(f.matterReform, matter), rating);
            }
        }
        if (watch == Watch::RangeCases && !inRange)
            continue;
        if (k.dayJd > range.todayJd)
            continue; // decided after the day we look from (a report of a past period)
        CaseCounts *windowCounts = k.window >= 0 ? &at(f.windowCases, k.window) : nullptr;
        auto count = [&](int CaseCounts::*field) {
            ++(f.cases.*field);
            if (windowCounts)
                ++(windowCounts->*field);
        };
        if (!k.synced)
            count(&CaseCounts::syncBacklog);
        // A case finished (办结) by the day we look from has kept its promise: neither overdue nor due soon.
        const bool finished = k.finishedJd != 0 && k.finishedJd <= range.todayJd;
        if (k.takesCaseIn() && k.promisedJd && !finished) {
            if (k.promisedJd < range.todayJd) {
                count(&CaseCounts::overdue);
                f.deadlines.push_back({CaseDeadline::Kind::Overdue, k.promisedJd, int(i)});
            } else if (k.promisedJd < dueSoonEndJd) {
                count(&CaseCounts::dueSoon);
                f.deadlines.push_back({CaseDeadline::Kind::DueSoon, k.promisedJd, int(i)});
            }
        }
        if (k.handedOverJd && k.handedOverJd <= range.todayJd) {
            count(&CaseCounts::handedOver);
            if (k.byPost)
                count(&CaseCounts::handedOverByPost);
        }
        if (k.readyJd && k.readyJd <= range.todayJd) {
            count(&CaseCounts::pickupsWaiting);
            if (store.options.calendar.workingDaysBetween(QDate::fromJulianDay(k.readyJd), today) > longWait)
                count(&CaseCounts::pickupsWaitingLong);
        }
        if (k.decision == DecisionCode::AcceptedDeficiency && k.outstanding > 0 && k.supplementJd
            && k.supplementJd < range.todayJd) {
            count(&CaseCounts::supplementsOverdue);
            f.deadlines.push_back({CaseDeadline::Kind::SupplementOverdue, k.supplementJd, int(i)});
        }
    }
    return f;
}

QString matterLabel(const DashboardStore &store, int caseIndex)
{
    const CaseSummary &s = store.caseData.at(caseIndex);
    if (!s.matters.isEmpty())
        return s.matters.size() > 1 && !s.bundle.isEmpty() ? s.bundle : s.matters.first().name;
    return s.bundle;
}

} // namespace ow
