// DocumentHtml, the hand-over's documents: 领取回执 (the result collected at the window) and 送达回证
// (the result sent by post; the recipient signs it and it comes back to the hall as proof of service).
#include "core/domain/identifiers.h"
#include "core/print/documenthtml.h"
#include "core/print/documenthtml_p.h"

namespace ow {

using namespace html;

namespace {

QString rowsTable(const QList<QStringList> &rows)
{
    QString out = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const QStringList &r : rows)
        out += QStringLiteral("<tr><td width=\"160\">%1：</td><td>%2</td></tr>").arg(esc(r.at(0)), esc(r.at(1)));
    return out + QStringLiteral("</table>");
}

} // namespace

QString DocumentHtml::handoverBody(const CaseDocument &d)
{
    const Handover &h = d.handover;
    const QString when = longDate(h.at.toLocalTime().date());
    QString html = applicantSection(d, 1);
    html += matterSection(d, 2);
    if (!d.caseData.officialNumber.isEmpty())
        html += paragraph(tr("Official case number: %1").arg(d.caseData.officialNumber));
    if (d.kind == DocumentKind::CollectionReceipt) {
        html += section(3, tr("Result collected"));
        QList<QStringList> rows{{tr("Collected on"), tr("%1 at window %2").arg(when).arg(h.window)}};
        if (h.collector == Collector::Agent) {
            rows << QStringList{tr("Collected by"), tr("%1, agent of the applicant").arg(h.agentName)}
                 << QStringList{tr("Agent's ID number"), maskIdNumber(h.agentIdNumber)};
        } else {
            rows << QStringList{tr("Collected by"), tr("the applicant in person")};
        }
        html += rowsTable(rows);
        html += section(4, tr("Confirmation"));
        html += paragraph(tr("I have received the result of the case above, checked it and found it complete."));
        html += QStringLiteral("<br><p>%1</p>").arg(esc(tr("Collector (signature): ____________    Date: ____________")));
    } else {
        html += section(3, tr("Delivery by post"));
        html += rowsTable({{tr("Posted on"), when},
                           {tr("Carrier"), h.carrier},
                           {tr("Tracking number"), h.trackingNumber},
                           {tr("Address"), h.address},
                           {tr("Recipient"), d.applicant.name}});
        html += section(4, tr("Receipt of service"));
        html += paragraph(tr("The recipient signs below on receiving the result and returns this certificate to the "
                             "hall; the carrier's proof of delivery stands in for the signature when the recipient "
                             "cannot sign."));
        html += QStringLiteral("<br><p>%1</p>").arg(esc(tr("Recipient (signature): ____________    Received on: ____________")));
    }
    html += signatureArea(d, false);
    return html;
}

} // namespace ow
