#include "core/dashboard/dashboardstore_p.h"
#include "core/queue/queuetypes.h"

using namespace Qt::StringLiterals;

namespace ow {

namespace {

constexpr qint64 MsPerHour = 3600 * 1000;
constexpr qint64 MsPerDay = 24 * MsPerHour;
const qint64 EpochJd = QDate(1970, 1, 1).toJulianDay();

qint64 msOf(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

qint64 jdOf(const QDate &d)
{
    return d.isValid() ? d.toJulianDay() : 0;
}

// Floor division, so instants before 1970 still land in the right day and hour.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// The compact code keeps the queue's order of states, so the queue's own word table reads it.
static_assert(int(TicketStateCode::Waiting) == int(TicketState::Waiting)
              && int(TicketStateCode::Called) == int(TicketState::Called)
              && int(TicketStateCode::Completed) == int(TicketState::Completed)
              && int(TicketStateCode::NoShow) == int(TicketState::NoShow)
              && int(TicketStateCode::Expired) == int(TicketState::Expired));

TicketStateCode stateOf(const QString &s)
{
    const std::optional<TicketState> state = ticketStateFromName(s);
    return state ? TicketStateCode(int(*state)) : TicketStateCode::Other;
}

// The number of a name in the list of names seen so far; a new name goes at the end.
int intern(const QString &name, QList<QString> *names, QHash<QString, int> *index)
{
    if (name.isEmpty())
        return -1;
    const auto it = index->constFind(name);
    if (it != index->constEnd())
        return *it;
    names->append(name);
    return *index->insert(name, int(names->size() - 1));
}

DecisionCode decisionOf(const QString &d)
{
    if (d == CaseSummary::Accepted)
        return DecisionCode::Accepted;
    if (d == CaseSummary::AcceptedDeficiency)
        return DecisionCode::AcceptedDeficiency;
    if (d == CaseSummary::OneTimeNotice)
        return DecisionCode::OneTimeNotice;
    if (d == CaseSummary::NotAccepted)
        return DecisionCode::NotAccepted;
    return DecisionCode::Other;
}

} // namespace

void DashboardStore::clear()
{
    serviceCodes.clear();
    serviceIndex.clear();
    windowIds.clear();
    windowIndex.clear();
    matters.clear();
    matterIndex.clear();
    ticketData.clear();
    tickets.clear();
    ticketIndex.clear();
    ticketOfCase.clear();
    caseData.clear();
    cases.clear();
    caseIndex.clear();
    caseMatters.clear();
    m_offsetByUtcHour.clear();
}

int DashboardStore::service(const QString &code)
{
    return intern(code, &serviceCodes, &serviceIndex);
}

int DashboardStore::window(const QString &id)
{
    return intern(id, &windowIds, &windowIndex);
}

int DashboardStore::matter(const CaseSummaryMatter &m)
{
    const QString key = m.code.isEmpty() ? m.name : m.code;
    auto it = matterIndex.constFind(key);
    if (it != matterIndex.constEnd()) {
        if (matters[*it].name.isEmpty()) // an earlier summary may have named it less well
            matters[*it] = m;
        return *it;
    }
    matters.append(m);
    return *matterIndex.insert(key, int(matters.size() - 1));
}

bool DashboardStore::resolveZone()
{
    // An explicit option wins (a test, onewindowctl report --time-zone); else the hall's own, so a
    // supervisor PC set to another zone still counts the hall's days; else this PC's.
    const QTimeZone resolved = options.timeZone.isValid()    ? options.timeZone
                               : snapshot.timeZone.isValid() ? snapshot.timeZone
                                                             : QTimeZone::systemTimeZone();
    if (resolved == zone)
        return false;
    zone = resolved;
    m_offsetByUtcHour.clear();
    return true;
}

qint64 DashboardStore::localMs(qint64 utcMs) const
{
    // Zone rules only change on whole hours (and a few half hours, which a per-hour cache still gets
    // right except inside that half hour), and a day's tickets span a dozen hours: one zone lookup per
    // hour instead of one per ticket, which is what makes reset() with 20,000 tickets cheap.
    const qint64 hour = floorDiv(utcMs, MsPerHour);
    auto it = m_offsetByUtcHour.constFind(hour);
    if (it == m_offsetByUtcHour.constEnd()) {
        const int offset = zone.isValid() ? zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hour * MsPerHour, Qt::UTC)) : 0;
        it = m_offsetByUtcHour.insert(hour, offset);
    }
    return utcMs + qint64(*it) * 1000;
}

qint64 DashboardStore::dayOf(qint64 utcMs) const
{
    return EpochJd + floorDiv(localMs(utcMs), MsPerDay);
}

int DashboardStore::hourOf(qint64 utcMs) const
{
    const qint64 ms = localMs(utcMs);
    return int((ms - floorDiv(ms, MsPerDay) * MsPerDay) / MsPerHour);
}

TicketRecord DashboardStore::recordOf(const HallTicket &t)
{
    TicketRecord r;
    r.issuedMs = msOf(t.issuedAt);
    const QDateTime enqueued = QDateTime::fromString(t.json.value(u"enqueuedAt"_s).toString(), Qt::ISODateWithMs);
    r.visitMs = enqueued.isValid() ? enqueued.toMSecsSinceEpoch() : r.issuedMs;
    r.calledMs = msOf(t.calledAt);
    r.completedMs = msOf(t.completedAt);
    r.service = service(t.service);
    r.window = window(t.windowId);
    r.rating = t.rating;
    r.state = stateOf(t.state);
    // The hall's own day for the ticket; the id's date ("20261128-A017") or the issue time otherwise.
    QDate day = QDate::fromString(t.json.value(u"day"_s).toString(), Qt::ISODate);
    if (!day.isValid())
        day = QDate::fromString(t.id.left(8), u"yyyyMMdd"_s);
    r.dayJd = day.isValid() ? day.toJulianDay() : (r.issuedMs ? dayOf(r.issuedMs) : 0);
    if (r.issuedMs)
        r.issuedHour = qint8(hourOf(r.issuedMs));
    if (r.completedMs && r.state == TicketStateCode::Completed)
        r.completedHour = qint8(hourOf(r.completedMs));
    return r;
}

CaseRecord DashboardStore::recordOf(const CaseSummary &s)
{
    CaseRecord r;
    r.dayJd = s.day.isValid() ? jdOf(s.day) : (s.decidedAt.isValid() ? dayOf(msOf(s.decidedAt)) : 0);
    r.promisedJd = jdOf(s.promisedDate);
    r.supplementJd = jdOf(s.supplementDueDate);
    // updatedAt is never before the status pull that finished the case (HallReportStore), so its day is a
    // day by which the case was finished: a report as of an earlier day still counts the case open.
    if (s.isFinished())
        r.finishedJd = s.updatedAt.isValid() ? dayOf(msOf(s.updatedAt)) : r.dayJd;
    if (s.status == CaseSummary::HandedOver)
        r.handedOverJd = s.updatedAt.isValid() ? dayOf(msOf(s.updatedAt)) : r.dayJd;
    if (s.status == CaseSummary::ReadyForPickup)
        r.readyJd = s.readyDate.isValid() ? jdOf(s.readyDate) : r.dayJd;
    r.byPost = s.byPost();
    r.window = window(s.windowId);
    r.listed = s.materialsListed;
    r.collected = s.materialsCollected;
    r.committed = s.materialsByCommitment;
    r.outstanding = s.supplementsOutstanding;
    r.trips = s.trips;
    r.decision = decisionOf(s.decision);
    r.instant = s.instant;
    r.synced = s.synced;
    r.ticket = ticketIndex.value(s.ticketId, ticketOfCase.value(s.caseId, -1));
    r.matterBegin = int(caseMatters.size());
    for (const CaseSummaryMatter &m : s.matters)
        caseMatters.push_back(matter(m));
    r.matterCount = int(caseMatters.size()) - r.matterBegin;
    return r;
}

void DashboardStore::upsertTicket(const HallTicket &t)
{
    if (!t.isValid())
        return;
    const TicketRecord record = recordOf(t);
    auto it = ticketIndex.constFind(t.id);
    int index;
    if (it != ticketIndex.constEnd()) {
        index = *it;
        tickets[size_t(index)] = record;
        ticketData[index] = t;
    } else {
        index = int(tickets.size());
        tickets.push_back(record);
        ticketData.append(t);
        ticketIndex.insert(t.id, index);
    }
    // Cases linked after they were reported inherit the ticket (and so its rating) from now on.
    for (const QString &caseId : t.caseIds) {
        ticketOfCase.insert(caseId, index);
        auto c = caseIndex.constFind(caseId);
        if (c != caseIndex.constEnd() && cases[size_t(*c)].ticket < 0)
            cases[size_t(*c)].ticket = index;
    }
}

bool DashboardStore::upsertCase(const CaseSummary &s)
{
    auto it = caseIndex.constFind(s.caseId);
    if (it != caseIndex.constEnd()) {
        if (s.updatedAt.isValid() && caseData[*it].updatedAt.isValid() && s.updatedAt < caseData[*it].updatedAt)
            return false;
        cases[size_t(*it)] = recordOf(s);
        caseData[*it] = s;
        return true;
    }
    const int index = int(cases.size());
    cases.push_back(recordOf(s));
    caseData.append(s);
    caseIndex.insert(s.caseId, index);
    return true;
}

void DashboardStore::rederive()
{
    const QList<HallTicket> ts = ticketData;
    const QList<CaseSummary> cs = caseData;
    clear();
    for (const HallTicket &t : ts)
        upsertTicket(t);
    for (const CaseSummary &c : cs)
        upsertCase(c);
}

} // namespace ow
