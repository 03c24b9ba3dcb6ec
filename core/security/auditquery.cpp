#include "core/security/auditquery.h"

#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"
#include "core/text/csvcell.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTime>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// The WHERE clause and its values for filter. Local days become UTC instants because `at` is stored in
// UTC as text, whose order is time order.
QString where(const AuditFilter &filter, QVariantList *values)
{
    QStringList terms;
    if (!filter.username.isEmpty()) {
        terms << u"a.username = ?"_s;
        values->append(filter.username);
    }
    if (!filter.caseNumber.trimmed().isEmpty()) {
        terms << u"coalesce(c.case_number, a.case_id) LIKE ? ESCAPE '\\'"_s;
        values->append(sql::likeContains(filter.caseNumber.trimmed()));
    }
    if (filter.from.isValid()) {
        terms << u"a.at >= ?"_s;
        values->append(sql::fromDateTime(filter.from.startOfDay()));
    }
    if (filter.to.isValid()) {
        terms << u"a.at < ?"_s;
        values->append(sql::fromDateTime(filter.to.addDays(1).startOfDay()));
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

const QString kFrom = u" FROM audit_trail a LEFT JOIN cases c ON c.id = a.case_id"_s;

} // namespace

AuditQuery::AuditQuery(Database &database)
    : m_database(database)
{}

QList<AuditRow> AuditQuery::page(const AuditFilter &filter, qint64 beforeId, int limit, QString *error) const
{
    QVariantList values;
    QString condition = where(filter, &values);
    if (beforeId > 0) {
        condition += condition.isEmpty() ? u" WHERE a.id < ?"_s : u" AND a.id < ?"_s;
        values << beforeId;
    }
    values << limit;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!sql::run(q,
                  u"SELECT a.id, a.seq, a.at, a.username, a.hall_code, a.window_no, a.action,"
                  u" coalesce(c.case_number, a.case_id, ''), a.detail"_s
                      + kFrom + condition + u" ORDER BY a.id DESC LIMIT ?"_s,
                  values, error))
        return {};
    QList<AuditRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), sql::toDateTime(q.value(2)), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toInt(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString()});
    return rows;
}

int AuditQuery::count(const AuditFilter &filter, QString *error) const
{
    QVariantList values;
    const QString condition = where(filter, &values);
    QSqlQuery q(m_database.db());
    if (!sql::run(q, u"SELECT count(*)"_s + kFrom + condition, values, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QStringList AuditQuery::usernames() const
{
    QSqlQuery q(m_database.db());
    QStringList names;
    if (sql::run(q, u"SELECT DISTINCT username FROM audit_trail WHERE username <> '' ORDER BY username"_s, nullptr))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

AuditVerdict AuditQuery::verify() const
{
    return verifyAuditChain(m_database.db(), m_database.path());
}

bool writeAuditCsv(const AuditQuery &query, const AuditFilter &filter, const QString &path, QString *error)
{
    // Csv::row makes a cell that starts like a formula inert (a user name or detail is typed by someone).
    const auto line = [](const QStringList &cells) { return Csv::row(cells).toUtf8(); };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        sql::setError(error, QCoreApplication::translate("ow::Audit", "Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.write("\xEF\xBB\xBF");
    file.write(line({QCoreApplication::translate("ow::Audit", "Row"), QCoreApplication::translate("ow::Audit", "Time (UTC)"),
                     QCoreApplication::translate("ow::Audit", "User"), QCoreApplication::translate("ow::Audit", "Hall"),
                     QCoreApplication::translate("ow::Audit", "Window"), QCoreApplication::translate("ow::Audit", "Action"),
                     QCoreApplication::translate("ow::Audit", "Case"), QCoreApplication::translate("ow::Audit", "Detail")}));
    constexpr int batch = 1000;
    for (qint64 before = 0;;) {
        QString detail;
        const QList<AuditRow> rows = query.page(filter, before, batch, &detail);
        if (!detail.isEmpty()) {
            sql::setError(error, detail);
            return false; // QSaveFile drops the unfinished file
        }
        for (const AuditRow &r : rows)
            file.write(line({QString::number(r.id), r.at.toString(Qt::ISODate), r.username, r.hallCode, QString::number(r.window),
                             r.action, r.caseNumber, r.detail}));
        if (rows.size() < batch)
            break;
        before = rows.last().id;
    }
    if (!file.commit()) {
        sql::setError(error, QCoreApplication::translate("ow::Audit", "Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace ow
