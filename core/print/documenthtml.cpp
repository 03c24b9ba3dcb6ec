#include "core/print/documenthtml.h"

#include "core/domain/identifiers.h"
#include "core/print/documenthtml_p.h"
#include "core/print/pagedprinter.h"

#include <QLocale>

namespace ow {

namespace html {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// "一、" in Chinese, "1." in English: the numbering of an official document's sections.
QString section(int number, const QString &title)
{
    const QStringList numerals =
        QCoreApplication::translate("ow::DocumentHtml", "1,2,3,4,5,6,7,8,9", "section numerals, comma-separated").split(u',');
    const QString numeral = number >= 1 && number <= numerals.size() ? numerals.at(number - 1) : QString::number(number);
    return QStringLiteral("<h3 style=\"font-size:12pt; margin-top:10px; margin-bottom:4px;\">%1</h3>")
        .arg(QCoreApplication::translate("ow::DocumentHtml", "%1. %2", "section heading: numeral, title")
                 .arg(numeral, esc(title)));
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style=\"margin:0;\">%1</p>").arg(esc(text));
}

QString spacedParagraph(const QString &text)
{
    return QStringLiteral("<p style=\"margin:0 0 4px 0;\">%1</p>").arg(esc(text));
}

QString maskPhone(const QString &phone)
{
    if (phone.size() < 7)
        return phone;
    return phone.left(3) + QString(phone.size() - 7, u'*') + phone.right(4); // 138****0000
}

QString longDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

QString matterNames(const CaseDocument &d)
{
    if (!d.bundleName.isEmpty())
        return d.bundleName;
    QStringList names;
    for (const Matter &m : d.matters)
        names << m.name;
    return names.join(QStringLiteral("、"));
}

// widths: per column, in per cent of the text width.
QString table(const QStringList &headers, const QList<int> &widths, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                                  "style=\"border-collapse:collapse; border-color:#000;\"><thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        html +=
            QStringLiteral("<th width=\"%1%\" style=\"background:#eee;\">%2</th>").arg(widths.value(i)).arg(esc(headers.at(i)));
    // <thead>: the header row is repeated on every page the table goes on to (PagedPrinter).
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        // An empty cell says so ("—"): a blank legal basis reads as if something had been left out.
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.trimmed().isEmpty() ? QStringLiteral("—") : esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace html

using namespace html;

const MatterMaterial *sourceMaterial(const CaseDocument &d, const QString &kind)
{
    for (const Matter &m : d.matters)
        for (const MatterMaterial &line : m.materials)
            if (line.kind == kind)
                return &line;
    return nullptr;
}

// The basis on which a commitment may replace this line, or empty. As in the checklist engine, a matter of
// the case that requires the kind without offering the commitment rules it out: a notice must not promise
// what the window would then refuse.
static QString commitmentBasisOf(const CaseDocument &d, const QString &kind)
{
    QString basis;
    for (const Matter &m : d.matters)
        for (const MatterMaterial &line : m.materials) {
            if (line.kind != kind || line.requirement == Requirement::Optional)
                continue;
            if (!line.commitmentAllowed())
                return {};
            basis = line.commitmentBasis;
        }
    return basis;
}

QString DocumentHtml::header(const CaseDocument &d)
{
    // Title centred; the query QR code in the top right corner, where it never splits across pages.
    // A reprint says so in the corner opposite the code, boxed, so a copy is never taken for the original.
    // The stamp word 补打 stays Chinese on every language's page (docs/adr/0024-case-view-and-reprints.md):
    // it is the mark the hall's and the departments' staff look for; the line under it is in the page's language.
    const Case &c = d.caseData;
    const QString mark =
        d.reprint > 0 ? QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-color:#000;\">"
                                       "<tr><td align=\"center\"><span style=\"font-size:14pt; font-weight:bold;\">%1 %2</span>"
                                       "<br><span style=\"font-size:8pt;\">%3</span></td></tr></table>")
                            .arg(ReprintStamp)
                            .arg(d.reprint)
                            .arg(esc(tr("Reprint %1").arg(d.reprint)))
                      : QString();
    // The 不予受理 notice offers no progress lookup (DocumentKind::NotAccepted): no QR code, no query code.
    const QString qr =
        d.offersProgressLookup()
            ? QStringLiteral("<img src=\"%1\" width=\"90\" height=\"90\"><br><span style=\"font-size:8pt;\">%2</span>")
                  .arg(QLatin1String(QrResourceName), esc(tr("Query code %1").arg(c.queryCode)))
            : QString();
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"18%\" valign=\"top\">%1</td>"
                          "<td width=\"64%\" align=\"center\" valign=\"middle\">"
                          "<p align=\"center\" style=\"font-size:13pt; margin:0;\">%2</p>"
                          "<p align=\"center\" style=\"font-size:18pt; font-weight:bold; margin-top:6px;\">%3</p></td>"
                          "<td width=\"18%\" align=\"right\">%4</td>"
                          "</tr></table>"
                          "<p align=\"right\" style=\"margin:0;\">%5</p>")
        .arg(mark, esc(d.station.hallName), esc(documentTitle(d.kind)), qr, esc(tr("No. %1").arg(c.caseNumber)));
}

QString DocumentHtml::applicantSection(const CaseDocument &d, int number)
{
    const Applicant &a = d.applicant;
    const bool organisation = a.kind == ApplicantKind::Organisation;
    QList<QStringList> rows{
        {organisation ? tr("Organisation") : tr("Applicant"), a.name},
        {organisation ? tr("Unified social credit code") : tr("Resident ID number"), maskIdNumber(a.idNumber)},
    };
    if (organisation && !a.legalRepresentative.isEmpty())
        rows << QStringList{tr("Legal representative"), a.legalRepresentative};
    if (!a.phone.isEmpty())
        rows << QStringList{tr("Phone"), maskPhone(a.phone)};
    QString html = section(number, tr("Applicant"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const QStringList &r : rows)
        html += QStringLiteral("<tr><td width=\"160\">%1：</td><td>%2</td></tr>").arg(esc(r.at(0)), esc(r.at(1)));
    return html + QStringLiteral("</table>");
}

QString DocumentHtml::matterSection(const CaseDocument &d, int number)
{
    QString html = section(number, tr("Matter applied for"));
    html += paragraph(matterNames(d));
    QStringList departments;
    for (const Matter &m : d.matters)
        if (!departments.contains(m.department))
            departments << m.department;
    html += paragraph(tr("Handled by: %1").arg(departments.join(QStringLiteral("、"))));
    html += paragraph(
        tr("Applied on %1 at window %2.").arg(longDate(d.caseData.createdAt.toLocalTime().date())).arg(d.station.window));
    return html;
}

QString DocumentHtml::receivedTable(const CaseDocument &d)
{
    QList<QStringList> rows;
    int n = 0;
    for (const CaseMaterial &m : d.caseData.materials) {
        QString how;
        switch (m.status) {
        case LineStatus::DataSharing: how = tr("Obtained by data sharing: nothing to hand in"); break;
        case LineStatus::Reused:
            how = tr("On file from an earlier application (%1)").arg(m.receivedOn.toString(Qt::ISODate));
            break;
        case LineStatus::Commitment: how = tr("Replaced by your signed commitment (see the commitment)"); break;
        default:
            if (!m.received)
                continue;
            how = tr("Received");
        }
        const MatterMaterial *src = sourceMaterial(d, m.kind);
        const QString form = src ? tr("%1, %n copy(ies)", nullptr, src->copies).arg(materialFormName(src->form)) : QString();
        rows << QStringList{QString::number(++n), m.name, form, how};
    }
    if (rows.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(tr("No material was handed in.")));
    return table({tr("No."), tr("Material"), tr("Form"), tr("How")}, {7, 43, 20, 30}, rows);
}

QString DocumentHtml::missingTable(const CaseDocument &d, bool onlyDeficiency)
{
    QList<QStringList> rows;
    int n = 0;
    for (const CaseMaterial &m : d.caseData.materials) {
        const bool askedOf = m.status == LineStatus::ToCollect || m.status == LineStatus::DeficiencyAllowed;
        if (!askedOf || m.received)
            continue;
        if (onlyDeficiency && m.status != LineStatus::DeficiencyAllowed)
            continue;
        const MatterMaterial *src = sourceMaterial(d, m.kind);
        if (src && src->requirement == Requirement::Optional)
            continue;
        const QString form = src ? tr("%1, %n copy(ies)", nullptr, src->copies).arg(materialFormName(src->form)) : QString();
        QString where = src ? src->howToObtain : QString();
        if (src && !src->issuer.isEmpty())
            where = where.isEmpty() ? tr("Issued by %1").arg(src->issuer) : tr("Issued by %1. %2").arg(src->issuer, where);
        // 告知承诺制: the notice tells at once that the paper need not be fetched at all.
        if (const QString basis = commitmentBasisOf(d, m.kind); !basis.isEmpty())
            where += u' ' + tr("Or sign a commitment in its place at the window (%1).").arg(basis);
        rows << QStringList{QString::number(++n), m.name, form, where, src ? src->legalBasis : QString()};
    }
    return table({tr("No."), tr("Material"), tr("Form"), tr("Where and how to get it"), tr("Basis")}, {6, 24, 14, 36, 20}, rows);
}

QString DocumentHtml::querySection(const CaseDocument &d, int number)
{
    QString html = section(number, tr("Following your case"));
    // Without a lookup page the QR code holds the bare code, so the page must say where it is typed.
    html += paragraph(d.hasQueryLinkPage()
                          ? tr("Scan the QR code at the top of the first page, or give the query code %1 at any window, to "
                               "see the progress (accepted, in progress, completed, ready for pick-up) and the "
                               "department handling it.")
                                .arg(d.caseData.queryCode)
                          : tr("To see the progress (accepted, in progress, completed, ready for pick-up) and the "
                               "department handling it, give the query code %1 at any window of %2, or type it on "
                               "the hall's progress query page. The QR code at the top of the first page holds the same "
                               "code.")
                                .arg(d.caseData.queryCode, d.station.hallName));
    if (!d.station.enquiryPhone.isEmpty())
        html += paragraph(tr("Enquiries: %1").arg(d.station.enquiryPhone));
    return html;
}

QString DocumentHtml::signatureArea(const CaseDocument &d, bool applicantSigns)
{
    // Right-aligned block with room for the seal (印章) over the date, as official documents have it.
    QString left = applicantSigns ? esc(tr("Applicant (signature): ____________")) + QStringLiteral("<br><br>")
                                        + esc(tr("Date: ____________"))
                                  : QString();
    QString right = esc(tr("Clerk: %1    Window %2").arg(d.station.clerk).arg(d.station.window)) + QStringLiteral("<br><br>")
                    + esc(tr("(seal)")) + QStringLiteral("<br><br>") + esc(longDate(d.printedAt.date()));
    // The anchor keeps this block on the page of the last rows above it (PagedPrinter): a seal and a date
    // alone on a page prove nothing.
    return QStringLiteral("<br><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
                          "<td width=\"50%\" valign=\"bottom\"><a name=\"%3\"></a>%1</td>"
                          "<td width=\"50%\" align=\"right\" valign=\"bottom\" style=\"line-height:150%;\">%2</td>"
                          "</tr></table>")
        .arg(left, right, QLatin1String(PagedPrinter::KeepWithPreviousAnchor));
}

QString DocumentHtml::commitmentTable(const CaseDocument &d)
{
    QList<QStringList> rows;
    int n = 0;
    for (const CaseMaterial &m : d.caseData.materials) {
        if (m.status != LineStatus::Commitment)
            continue;
        const MatterMaterial *src = sourceMaterial(d, m.kind);
        rows << QStringList{QString::number(++n), m.name, src ? src->issuer : QString(), src ? src->commitmentBasis : QString()};
    }
    return table({tr("No."), tr("Certificate replaced"), tr("Normally issued by"), tr("Basis of the commitment")},
                 {6, 30, 24, 40}, rows);
}

// 证明事项告知承诺书: what the hall tells (告知), what the applicant promises (承诺), for signature.
QString DocumentHtml::certificateCommitment(const CaseDocument &d)
{
    const auto paragraph = [](const QString &text) { return spacedParagraph(text); };
    QString html = applicantSection(d, 1) + matterSection(d, 2);
    html += section(3, tr("Certificates replaced by this commitment")) + commitmentTable(d);
    html += section(4, tr("What you are told"));
    html += paragraph(tr("Under the system of certification by commitment, you need not hand in the certificates listed "
                         "above: in their place you state in writing that you meet the conditions they would prove. The "
                         "department handling the matter may verify your statement, during or after the procedure."));
    html += section(5, tr("Commitment"));
    html += paragraph(tr("I, %1, promise that:").arg(d.applicant.name));
    html += paragraph(tr("1. What the certificates above would prove is true, and I meet the conditions of the matter "
                         "applied for; my statement is true, complete and accurate."));
    html += paragraph(tr("2. I have understood what I was told above, and I accept the verification of my statement."));
    html += paragraph(tr("3. I know that a false commitment has legal consequences: the permit or decision obtained with it "
                         "may be revoked, I bear the legal liability that follows, and the false commitment is recorded in "
                         "my credit record."));
    return html + signatureArea(d, true);
}

QString DocumentHtml::body(const CaseDocument &d)
{
    const Case &c = d.caseData;
    QString html;
    int n = 0;
    // Sections 1 and 2 of the decision documents: who applied, for what.
    const auto opening = [&]() -> QString {
        n = 2;
        return applicantSection(d, 1) + matterSection(d, 2);
    };
    switch (d.kind) {
    case DocumentKind::Receipt:
        html += opening();
        html += section(++n, tr("Materials")) + receivedTable(d);
        html += section(++n, tr("Time limit"));
        html += paragraph(c.promisedDate == c.createdAt.toLocalTime().date() ? tr("Done on the spot.")
                          : c.decision == Decision::AcceptWithDeficiency
                              ? tr("Promised to be completed by %1 (working days, counted from the day the missing "
                                   "materials are due).")
                                    .arg(longDate(c.promisedDate))
                              : tr("Promised to be completed by %1 (working days, counted from the day after acceptance).")
                                    .arg(longDate(c.promisedDate)));
        if (c.decision == Decision::AcceptWithDeficiency)
            html += paragraph(
                tr("Accepted with materials to follow: bring them by %1 (see the commitment).").arg(longDate(c.supplementDue)));
        html += section(++n, tr("Result"));
        html += paragraph(c.delivery == DeliveryMethod::ByPost
                              ? tr("Sent to you by post to: %1").arg(c.deliveryAddress)
                              : tr("To be collected at the hall's pick-up window with this receipt."));
        html += querySection(d, ++n);
        html += signatureArea(d, false);
        break;
    case DocumentKind::CollectionReceipt:
    case DocumentKind::DeliveryCertificate: html += handoverBody(d); break;
    case DocumentKind::OneTimeNotice:
        html += opening();
        html += section(++n, tr("Materials still needed, all of them"));
        html += spacedParagraph(tr("Your application cannot be accepted yet. These are ALL the materials still needed; "
                                   "nothing else will be asked of you for this application."));
        html += missingTable(d, false);
        html += section(++n, tr("Materials already handed in")) + receivedTable(d);
        html += section(++n, tr("Next visit"));
        html += paragraph(tr("Bring the materials above to any comprehensive window of this hall with this notice. "
                             "The materials already handed in are kept and will not be asked again."));
        html += querySection(d, ++n);
        html += signatureArea(d, false);
        break;
    case DocumentKind::NotAccepted:
        html += opening();
        html += section(++n, tr("Decision"));
        html += paragraph(tr("After examination, the application is not accepted, for this reason:"));
        html += QStringLiteral("<p style=\"margin:4px 0 4px 24px; font-weight:bold;\">%1</p>").arg(esc(c.reason));
        html += section(++n, tr("Your right of appeal"));
        html += paragraph(tr("If you disagree with this decision, you may apply for administrative reconsideration "
                             "within 60 days of receiving this notice, or bring an administrative lawsuit to a "
                             "people's court within 6 months, according to law."));
        html += signatureArea(d, false);
        break;
    case DocumentKind::DeficiencyCommitment:
        html += opening();
        html += section(++n, tr("Materials to follow"));
        html += missingTable(d, true);
        html += section(++n, tr("Commitment"));
        html += paragraph(tr("I commit to hand in the materials above by %1. If they are not handed in by then, the "
                             "application may be terminated according to the rules, and I bear the consequences.")
                              .arg(longDate(c.supplementDue)));
        html += signatureArea(d, true);
        break;
    case DocumentKind::CertificateCommitment: html += certificateCommitment(d); break;
    }
    return html;
}

QString DocumentHtml::build(const CaseDocument &document)
{
    return QStringLiteral("<html><body style=\"font-size:11pt;\">") + header(document) + body(document)
           + QStringLiteral("</body></html>");
}

} // namespace ow
