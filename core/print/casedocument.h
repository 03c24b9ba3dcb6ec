#pragma once
// The printed documents of a decision: 受理回执, 一次性告知书, 不予受理通知书 and 容缺受理承诺书.
// Everything a page shows is gathered here first, so the layout code only lays out.

#include "core/domain/case.h"
#include "core/domain/handover.h"
#include "core/domain/matter.h"

#include <QDateTime>

namespace ow {

enum class DocumentKind {
    Receipt,              // 受理回执
    OneTimeNotice,        // 一次性告知书
    NotAccepted,          // 不予受理通知书
    DeficiencyCommitment, // 容缺受理承诺书
    CollectionReceipt,    // 领取回执: the result collected at the window
    DeliveryCertificate,  // 送达回证: the result sent by post
};

struct DocumentStation {
    QString hallName; // 某某区政务服务中心
    QString hallCode;
    int window = 0;
    QString clerk;
    // What the QR code holds; %1 becomes the query code. A link to the platform's progress page in a real
    // hall, the bare code in the demo.
    QString queryLinkTemplate = QStringLiteral("%1");
    QString enquiryPhone;
};

struct CaseDocument {
    DocumentKind kind = DocumentKind::Receipt;
    DocumentStation station;
    Case caseData;
    Applicant applicant;
    QList<Matter> matters; // at the versions the case pinned
    QString bundleName;    // for 一件事
    QDateTime printedAt;   // local time shown on the page
    Handover handover;     // CollectionReceipt and DeliveryCertificate only

    QString queryLink() const { return station.queryLinkTemplate.arg(caseData.queryCode); }
};

// The documents a decision prints, in the order they come out of the printer.
QList<DocumentKind> documentsFor(Decision decision);

// The document's title as printed ("Acceptance receipt" / 受理回执).
QString documentTitle(DocumentKind kind);

// A stable file-name stem per kind: receipt, one-time-notice, not-accepted, deficiency-commitment,
// collection-receipt, delivery-certificate.
QString documentKey(DocumentKind kind);

} // namespace ow
