#include "core/hall/reporter/ticketlinkstore.h"

#include "core/hall/protocol/halllog.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

TicketLinkStore::TicketLinkStore(Database &database)
    : m_database(database)
{}

bool TicketLinkStore::add(const PendingTicketLink &link, QString *error)
{
    QString detail;
    const bool ok = m_database.transaction(
        [&] {
            QSqlQuery q(m_database.db());
            for (const QString &caseNumber : link.caseNumbers) {
                if (!sql::run(q,
                              u"INSERT INTO pending_ticket_links (case_number, ticket_id, ticket_code, created_at)"
                              u" VALUES (?, ?, ?, ?) ON CONFLICT (case_number) DO UPDATE SET ticket_id = excluded.ticket_id,"
                              u" ticket_code = excluded.ticket_code, created_at = excluded.created_at"_s,
                              {caseNumber, link.ticketId, link.ticketCode, sql::nowUtc()}, &detail))
                    return false;
                // Kept after the hall confirms the link, for the case view (schema 13).
                if (!sql::run(q,
                              u"INSERT OR IGNORE INTO case_ticket_links (case_number, ticket_id, ticket_code, linked_at)"
                              u" VALUES (?, ?, ?, ?)"_s,
                              {caseNumber, link.ticketId, link.ticketCode, sql::nowUtc()}, &detail))
                    return false;
            }
            return true;
        },
        &detail);
    if (!ok)
        qCWarning(lcHall) << "ticket link of" << link.caseNumbers << "not kept:" << detail;
    sql::setError(error, detail);
    return ok;
}

bool TicketLinkStore::remove(const QStringList &caseNumbers, QString *error)
{
    QString detail;
    const bool ok = m_database.transaction(
        [&] {
            QSqlQuery q(m_database.db());
            for (const QString &caseNumber : caseNumbers) {
                if (!sql::run(q, u"DELETE FROM pending_ticket_links WHERE case_number = ?"_s, {caseNumber}, &detail))
                    return false;
            }
            return true;
        },
        &detail);
    if (!ok)
        qCWarning(lcHall) << "ticket link of" << caseNumbers << "not removed:" << detail;
    sql::setError(error, detail);
    return ok;
}

QList<PendingTicketLink> TicketLinkStore::pending() const
{
    QList<PendingTicketLink> out;
    QSqlQuery q(m_database.db());
    if (!sql::run(q, u"SELECT ticket_id, ticket_code, case_number FROM pending_ticket_links ORDER BY created_at, rowid"_s,
                  QVariantList{}, nullptr))
        return out;
    while (q.next()) {
        const QString ticketId = q.value(0).toString();
        const auto same =
            std::find_if(out.begin(), out.end(), [&](const PendingTicketLink &l) { return l.ticketId == ticketId; });
        if (same != out.end())
            same->caseNumbers.append(q.value(2).toString());
        else
            out.append({ticketId, q.value(1).toString(), {q.value(2).toString()}});
    }
    return out;
}

} // namespace ow
