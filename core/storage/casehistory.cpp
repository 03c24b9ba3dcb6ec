#include "core/storage/casehistory.h"

#include "core/domain/case.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

CaseHistory::CaseHistory(Database &database)
    : m_database(database)
{}

bool CaseHistory::recordIssue(const DocumentIssue &issue, QString *error)
{
    QSqlQuery q(m_database.db());
    return sql::run(
        q, u"INSERT INTO document_issues (case_id, kind, reprint, issued_at, clerk, file) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {issue.caseId, issue.kind, issue.reprint,
         sql::fromDateTime(issue.issuedAt.isValid() ? issue.issuedAt : QDateTime::currentDateTimeUtc()), issue.clerk, issue.file},
        error);
}

int CaseHistory::nextReprint(const QString &caseId, const QString &kind) const
{
    const QVariant next = sql::scalar(
        m_database.db(), u"SELECT coalesce(max(reprint), 0) + 1 FROM document_issues WHERE case_id = ? AND kind = ?"_s,
        {caseId, kind});
    return next.isValid() ? next.toInt() : 1;
}

QList<DocumentIssue> CaseHistory::issues(const QString &caseId) const
{
    return sql::rows(m_database.db(),
                     u"SELECT kind, reprint, issued_at, clerk, file FROM document_issues WHERE case_id = ? ORDER BY id"_s,
                     {caseId}, [&caseId](const QSqlQuery &q) {
                         return DocumentIssue{caseId,
                                              q.value(0).toString(),
                                              q.value(1).toInt(),
                                              sql::toDateTime(q.value(2)),
                                              q.value(3).toString(),
                                              q.value(4).toString()};
                     });
}

QList<ProgressMove> CaseHistory::moves(const QString &caseId) const
{
    return sql::rows(m_database.db(),
                     u"SELECT platform_status, department, changed_at FROM case_progress_moves WHERE case_id = ? ORDER BY id"_s,
                     {caseId}, [](const QSqlQuery &q) {
                         return ProgressMove{q.value(0).toString(), q.value(1).toString(), sql::toDateTime(q.value(2))};
                     });
}

QList<CaseTicketLink> CaseHistory::tickets(const QString &caseNumber) const
{
    return sql::rows(m_database.db(),
                     u"SELECT ticket_id, ticket_code, linked_at FROM case_ticket_links WHERE case_number = ?"
                     u" ORDER BY linked_at, ticket_id"_s,
                     {caseNumber}, [](const QSqlQuery &q) {
                         return CaseTicketLink{q.value(0).toString(), q.value(1).toString(), sql::toDateTime(q.value(2))};
                     });
}

QString CaseHistory::reusedFrom(const QString &applicantId, const QString &kind, const QDate &on,
                                const QString &exceptCaseId) const
{
    // The same date test as ApplicantRepository::reusableMaterials, which chose the copy: received_on, or
    // the case's own day when the line has none. A reused line is never the source: it only points back.
    return sql::scalar(m_database.db(),
                       u"SELECT c.case_number FROM case_material_lines m JOIN cases c ON c.id = m.case_id"
                       u" WHERE c.applicant_id = ? AND m.kind = ? AND m.received = 1 AND m.status <> ? AND c.id <> ?"
                       u" AND coalesce(m.received_on, substr(c.created_at, 1, 10)) = ? ORDER BY c.created_at LIMIT 1"_s,
                       {applicantId, kind, lineStatusKey(LineStatus::Reused), exceptCaseId, sql::fromDate(on)})
        .toString();
}

} // namespace ow
