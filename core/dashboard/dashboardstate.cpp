#include "core/dashboard/dashboardstate.h"

#include "core/dashboard/dashboardstore_p.h"

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Services and windows first, so their indices follow the hall's order (the tables' row order).
void indexHall(DashboardStore &store, const HallSnapshot &hall)
{
    for (const HallServiceInfo &s : hall.services)
        store.service(s.code);
    for (const HallWindow &w : hall.windows)
        store.window(w.id);
}

} // namespace

DashboardState::DashboardState(const DashboardOptions &options)
    : m_store(std::make_unique<DashboardStore>(options))
{}

DashboardState::~DashboardState() = default;
DashboardState::DashboardState(DashboardState &&) noexcept = default;
DashboardState &DashboardState::operator=(DashboardState &&) noexcept = default;

const DashboardOptions &DashboardState::options() const
{
    return m_store->options;
}

void DashboardState::setOptions(const DashboardOptions &options)
{
    m_store->options = options;
    if (m_store->resolveZone())
        m_store->rederive(); // days and hours were derived in the old zone
}

QTimeZone DashboardState::timeZone() const
{
    return m_store->zone;
}

void DashboardState::reset(const HallSnapshot &snapshot, const QList<HallTicket> &tickets, const QList<CaseSummary> &summaries)
{
    m_store->clear();
    m_store->snapshot = snapshot;
    m_store->resolveZone(); // before anything is derived: nothing to rederive
    indexHall(*m_store, snapshot);
    m_store->tickets.reserve(size_t(tickets.size()));
    m_store->cases.reserve(size_t(summaries.size()));
    for (const HallTicket &t : tickets)
        m_store->upsertTicket(t);
    // The snapshot may be newer than the ticket list (fetched one after the other).
    for (const HallTicket &t : snapshot.waiting)
        m_store->upsertTicket(t);
    for (const HallWindow &w : snapshot.windows) {
        if (w.current.isValid())
            m_store->upsertTicket(w.current);
    }
    for (const CaseSummary &s : summaries)
        m_store->upsertCase(s);
}

bool DashboardState::apply(const HallEvent &event)
{
    if (event.type == u"day_started"_s)
        return false;
    HallSnapshot &snapshot = m_store->snapshot;
    const bool newWindow = event.window.isValid() && !snapshot.window(event.window.id);
    snapshot.apply(event); // appends a window it has not seen; its figures start here
    if (newWindow)
        m_store->window(event.window.id);
    if (event.ticket.isValid())
        m_store->upsertTicket(event.ticket);
    if (event.caseSummary)
        m_store->upsertCase(*event.caseSummary);
    return true;
}

void DashboardState::addTicket(const HallTicket &ticket)
{
    m_store->upsertTicket(ticket);
}

bool DashboardState::addSummary(const CaseSummary &summary)
{
    return m_store->upsertCase(summary);
}

DashboardFigures DashboardState::figures(const QDateTime &now) const
{
    return foldLive(*m_store, now);
}

const HallSnapshot &DashboardState::snapshot() const
{
    return m_store->snapshot;
}

qsizetype DashboardState::ticketCount() const
{
    return qsizetype(m_store->tickets.size());
}

qsizetype DashboardState::summaryCount() const
{
    return qsizetype(m_store->cases.size());
}

PeriodFigures computePeriod(const HallSnapshot &hall, const QList<HallTicket> &tickets, const QList<CaseSummary> &summaries,
                            const QDate &from, const QDate &to, const DashboardOptions &options)
{
    // Not reset(): the snapshot's waiting and current tickets are of its own day, not the period's.
    DashboardStore store(options);
    store.snapshot = hall;
    store.resolveZone();
    indexHall(store, hall);
    for (const HallTicket &t : tickets)
        store.upsertTicket(t);
    for (const CaseSummary &s : summaries)
        store.upsertCase(s);
    if (!from.isValid() || !to.isValid() || to < from) { // the caller checks; nothing to count
        PeriodFigures empty;
        empty.from = from;
        empty.to = to;
        return empty;
    }
    return foldPeriod(store, from, to);
}

} // namespace ow
