#include "ui/cases/caseviewhtml.h"

#include "core/queue/halltime.h"
#include "core/workflow/casedetails.h"
#include "ui/dashboard/auditmodel.h"

#include <QLocale>

namespace ow {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString heading(const QString &title)
{
    return QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px;\">%1</h3>").arg(esc(title));
}

// Two columns of label and value, for the facts of one thing.
QString facts(const QList<std::pair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : rows)
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style=\"padding-right:16px; color:#555;\">%1</td><td>%2</td></tr>")
                        .arg(esc(label), esc(value));
    return html + QStringLiteral("</table>");
}

QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &empty)
{
    if (rows.isEmpty())
        return QStringLiteral("<p style=\"color:#555;\">%1</p>").arg(esc(empty));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"border-collapse:collapse; border-color:#bbb;\"><tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th align=\"left\" style=\"background:#eee;\">%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString localTime(const QDateTime &utc)
{
    return HallTime().dateTime(utc); // the hall's clock, as the board and the dashboard show it
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString CaseViewHtml::applicant(const CaseDetails &d, const QString &fullIdNumber)
{
    const Applicant &a = d.entry.applicant;
    const bool organisation = a.kind == ApplicantKind::Organisation;
    return heading(tr("Applicant"))
           + facts(
               {{organisation ? tr("Organisation") : tr("Name"), a.name},
                {organisation ? tr("Credit code") : tr("ID number"), d.idNumberRemoved ? tr("removed after the retention period")
                                                                     : fullIdNumber.isEmpty() ? d.maskedIdNumber
                                                                                              : fullIdNumber},
                {tr("Legal representative"), a.legalRepresentative},
                {tr("Phone"), a.phone},
                {tr("Address"), a.address}});
}

QString CaseViewHtml::matters(const CaseDetails &d)
{
    QList<QStringList> rows;
    for (const CaseDetailsMatter &m : d.matters) {
        const QString version = m.currentVersion == m.version ? tr("version %1 (in force)").arg(m.version)
                                : m.currentVersion == 0       ? tr("version %1 (no longer in the catalog)").arg(m.version)
                                                              : tr("version %1 (now %2)").arg(m.version).arg(m.currentVersion);
        rows << QStringList{m.code, m.name, m.department, version};
    }
    QString html = heading(tr("Matters and catalog versions"))
                   + table({tr("Code"), tr("Matter"), tr("Department"), tr("Catalog version")}, rows, tr("No matter."));
    QList<QStringList> answers;
    for (const CaseDetailsAnswer &a : d.answers)
        answers << QStringList{a.question, a.answer};
    return html + heading(tr("Situation answers")) + table({tr("Question"), tr("Answer")}, answers, tr("No question was asked."));
}

QString CaseViewHtml::checklist(const CaseDetails &d)
{
    QList<QStringList> rows;
    int n = 0;
    for (const CaseDetailsLine &l : d.lines)
        rows << QStringList{QString::number(++n), l.name, l.optional ? tr("optional") : tr("required"), lineSourceText(l)};
    return heading(tr("Checklist"))
           + table({tr("No."), tr("Material"), tr("Required"), tr("State and source")}, rows, tr("No material was listed."));
}

QString CaseViewHtml::decision(const CaseDetails &d)
{
    const Case &c = d.entry.caseData;
    QString promised = day(c.promisedDate);
    if (d.workingDaysLeft)
        promised = tr("%1 (%2)").arg(promised, *d.workingDaysLeft >= 0
                                                   ? tr("%n working day(s) left", nullptr, *d.workingDaysLeft)
                                                   : tr("overdue by %n working day(s)", nullptr, -*d.workingDaysLeft));
    return heading(tr("Decision"))
           + facts({{tr("Decision"), decisionName(c.decision)},
                    {tr("Status"), caseStatusName(c.status)},
                    {tr("Reason"), c.reason},
                    {tr("Decided"), tr("%1 at window %2 by %3").arg(localTime(c.createdAt)).arg(c.window).arg(c.clerk)},
                    {tr("Promised by"), promised},
                    {tr("Materials due"), c.decision == Decision::AcceptWithDeficiency ? day(c.supplementDue) : QString()},
                    {tr("Trips"), QString::number(c.trips)},
                    {tr("Follows"), d.previousCaseNumber},
                    {tr("Query code"), c.queryCode}});
}

QString CaseViewHtml::documents(const CaseDetails &d)
{
    QList<QStringList> rows;
    for (const CaseDetailsDocument &doc : d.documents)
        rows << QStringList{
            doc.title, doc.reprint == 0 ? tr("Original") : tr("Reprint %1").arg(doc.reprint), localTime(doc.issuedAt), doc.clerk,
            doc.fileKept ? doc.file : tr("no archived file (%1)").arg(doc.file.isEmpty() ? tr("not written") : tr("removed"))};
    return heading(tr("Documents issued"))
           + table({tr("Document"), tr("Issue"), tr("Time"), tr("Clerk"), tr("Archived PDF")}, rows,
                   tr("No document issue is recorded (cases decided before this version record none)."));
}

QString CaseViewHtml::platform(const CaseDetails &d)
{
    const CaseDeskEntry &e = d.entry;
    QString html =
        heading(tr("Central platform"))
        + facts({{tr("Sent"), syncStateName(e.sync)},
                 {tr("Refused because"), e.syncDetail},
                 {tr("Official number"), e.caseData.officialNumber.isEmpty() ? tr("not yet") : e.caseData.officialNumber}});
    QList<QStringList> rows;
    for (const ProgressMove &m : d.moves)
        rows << QStringList{localTime(m.changedAt), platformStatusName(m.platformStatus), m.department};
    return html + table({tr("Time"), tr("Status"), tr("Department")}, rows, tr("The platform has reported no move yet."));
}

QString CaseViewHtml::tickets(const CaseDetails &d)
{
    QList<QStringList> rows;
    for (const CaseTicketLink &t : d.tickets)
        rows << QStringList{t.ticketCode, localTime(t.linkedAt)};
    return heading(tr("Queue tickets")) + table({tr("Ticket"), tr("Linked")}, rows, tr("No queue ticket is linked."));
}

QString CaseViewHtml::audit(const CaseDetails &d)
{
    QList<QStringList> rows;
    for (const AuditRow &r : d.audit)
        rows << QStringList{localTime(r.at), r.username, AuditModel::actionLabel(r.action),
                            AuditModel::detailLabel(r.action, r.detail)};
    return heading(tr("Audit history")) + table({tr("Time"), tr("User"), tr("Action"), tr("Detail")}, rows, tr("No audit row."));
}

QString CaseViewHtml::build(const CaseDetails &details, const QString &fullIdNumber)
{
    const Case &c = details.entry.caseData;
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h2 style=\"margin-bottom:2px;\">%1</h2><p style=\"margin-top:0;\">%2</p>")
                .arg(esc(c.caseNumber), esc(details.entry.title));
    html += applicant(details, fullIdNumber) + matters(details) + checklist(details) + decision(details) + documents(details)
            + platform(details) + tickets(details) + audit(details);
    return html + QStringLiteral("</body></html>");
}

} // namespace ow
