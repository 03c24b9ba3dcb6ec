#include "core/security/audittrail.h"

#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QSqlQuery>

namespace ow {

AuditTrail::AuditTrail(Database &database)
    : m_database(database)
{}

// Written inside every decision's transaction.
bool AuditTrail::append(const AuditEntry &entry, QString *error)
{
    QSqlQuery q(m_database.db());
    return sql::run(q,
                    QStringLiteral("INSERT INTO audit_trail (at, username, hall_code, window_no, action,"
                                   " case_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {sql::fromDateTime(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()), entry.username,
                     entry.hallCode, entry.window, entry.action, sql::nullIfEmpty(entry.caseId), entry.detail},
                    error);
}

namespace {

QList<AuditEntry> read(QSqlQuery &q)
{
    QList<AuditEntry> out;
    while (q.next())
        out.append({sql::toDateTime(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

} // namespace

QList<AuditEntry> AuditTrail::forCase(const QString &caseId) const
{
    QSqlQuery q(m_database.db());
    if (!sql::prepare(q,
                      QStringLiteral("SELECT at, username, hall_code, window_no, action, case_id, detail FROM audit_trail"
                                     " WHERE case_id = ? ORDER BY id"),
                      nullptr))
        return {};
    q.addBindValue(caseId);
    if (!sql::exec(q, nullptr))
        return {};
    return read(q);
}

QList<AuditEntry> AuditTrail::latest(int limit) const
{
    QSqlQuery q(m_database.db());
    if (!sql::prepare(q,
                      QStringLiteral("SELECT at, username, hall_code, window_no, action, case_id, detail FROM audit_trail"
                                     " ORDER BY id DESC LIMIT ?"),
                      nullptr))
        return {};
    q.addBindValue(limit);
    if (!sql::exec(q, nullptr))
        return {};
    return read(q);
}

} // namespace ow
