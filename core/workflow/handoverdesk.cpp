#include "core/workflow/handoverdesk.h"

#include "core/calendar/workingcalendar.h"
#include "core/security/audittrail.h"
#include "core/storage/database.h"

namespace ow {

HandoverDesk::HandoverDesk(Database &database, AuditTrail *audit, CaseDesk &desk, const WorkingCalendar *calendar)
    : m_database(database),
      m_audit(audit),
      m_desk(desk),
      m_calendar(calendar)
{}

QList<PickupItem> HandoverDesk::readyList(const QDate &today) const
{
    QList<PickupItem> out;
    for (const PickupEntry &ready : HandoverRepository(m_database).readyForPickup()) {
        std::optional<CaseDeskEntry> entry = m_desk.summary(ready.caseId);
        if (!entry)
            continue;
        const QDate since = ready.readySince.toLocalTime().date();
        const int waiting = m_calendar ? m_calendar->workingDaysBetween(since, today) : int(since.daysTo(today));
        out.append({*entry, ready.readySince, std::max(0, waiting)});
    }
    return out;
}

bool HandoverDesk::handOver(Handover &h, const QString &clerk, QString *error)
{
    h.hallCode = m_desk.station().hallCode;
    h.window = m_desk.station().window;
    h.clerk = clerk;
    if (!h.at.isValid())
        h.at = QDateTime::currentDateTimeUtc();
    const QString detail = h.method == HandoverMethod::ByPost ? QStringLiteral("post: %1").arg(h.carrier)
                                                              : QStringLiteral("in_person: %1").arg(collectorKey(h.collector));
    return m_database.transaction(
        [&] {
            if (!HandoverRepository(m_database).record(h, error))
                return false;
            return !m_audit
                   || m_audit->append({h.at.toUTC(), clerk, h.hallCode, h.window, QStringLiteral("handover"), h.caseId, detail},
                                      error);
        },
        error);
}

std::optional<CaseDocument> HandoverDesk::document(const QString &caseId, const QDateTime &printedAt) const
{
    const std::optional<Handover> h = HandoverRepository(m_database).forCase(caseId);
    const std::optional<CaseDeskEntry> entry = m_desk.summary(caseId);
    if (!h || !entry)
        return std::nullopt;
    return m_desk.document(*entry, handoverDocument(h->method), printedAt);
}

} // namespace ow
