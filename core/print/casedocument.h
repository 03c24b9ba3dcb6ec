#pragma once
// The printed documents of a decision: 受理回执, 一次性告知书, 不予受理通知书 and 容缺受理承诺书.
// Everything a page shows is gathered here first, so the layout code only lays out.

#include "core/domain/case.h"
#include "core/domain/matter.h"

#include <QDateTime>

namespace ow {

enum class DocumentKind {
    Receipt,               // 受理回执
    OneTimeNotice,         // 一次性告知书
    NotAccepted,           // 不予受理通知书
    DeficiencyCommitment,  // 容缺受理承诺书
    CertificateCommitment, // 证明事项告知承诺书: certificates replaced by the applicant's commitment
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

    QString queryLink() const { return station.queryLinkTemplate.arg(caseData.queryCode); }
};

// The documents a decision prints, in the order they come out of the printer. certificateCommitment: some
// line was replaced by a commitment (only an accepting decision prints the 告知承诺书 for it).
QList<DocumentKind> documentsFor(Decision decision, bool certificateCommitment = false);
// The same for a decided case (its lines say whether a commitment replaced a certificate).
QList<DocumentKind> documentsFor(const Case &c);
// Every kind, for code that must recognise any of them (archive file names, audit rows).
QList<DocumentKind> allDocumentKinds();

// The document's title as printed ("Acceptance receipt" / 受理回执).
QString documentTitle(DocumentKind kind);

// A stable file-name stem per kind: receipt, one-time-notice, not-accepted, deficiency-commitment,
// certificate-commitment.
QString documentKey(DocumentKind kind);

} // namespace ow
