#pragma once
// The printed documents of a decision: 受理回执, 一次性告知书, 不予受理通知书 and 容缺受理承诺书.
// Everything a page shows is gathered here first, so the layout code only lays out.

#include "core/domain/case.h"
#include "core/domain/handover.h"
#include "core/domain/matter.h"

#include <QDateTime>

namespace ow {

enum class DocumentKind {
    Receipt,               // 受理回执
    OneTimeNotice,         // 一次性告知书
    NotAccepted,           // 不予受理通知书
    DeficiencyCommitment,  // 容缺受理承诺书
    CollectionReceipt,     // 领取回执: the result collected at the window
    DeliveryCertificate,   // 送达回证: the result sent by post
    CertificateCommitment, // 证明事项告知承诺书: certificates replaced by the applicant's commitment
};

struct DocumentStation {
    QString hallName; // 某某区政务服务中心
    QString hallCode;
    int window = 0;
    QString clerk;
    // The progress-lookup page the QR code leads to, with {code} where the query code goes
    // (https://zwfw.example.gov.cn/query?code={code}); from --query-link or the settings file. Empty: the
    // QR code holds the bare query code and the page says where to type it.
    QString queryLinkTemplate;
    QString enquiryPhone;
};

// The placeholder of DocumentStation::queryLinkTemplate.
inline constexpr QStringView QueryCodePlaceholder = u"{code}";
// The stamp a reprint carries, with its number, in Chinese whatever the page's language (ADR 0024).
inline constexpr QStringView ReprintStamp = u"补打";

// What is wrong with a query-link template for the person who set it up; empty when it is usable (empty,
// or an http(s) address holding {code}).
QString queryLinkTemplateProblem(const QString &linkTemplate);

struct CaseDocument {
    DocumentKind kind = DocumentKind::Receipt;
    DocumentStation station;
    Case caseData;
    Applicant applicant;
    QList<Matter> matters; // at the versions the case pinned
    QString bundleName;    // for 一件事
    QDateTime printedAt;   // local time shown on the page
    int reprint = 0;       // 0: the original; n: the n-th reprint, marked as such on the page and in its file name
    Handover handover;     // CollectionReceipt and DeliveryCertificate only

    // What the QR code holds: the progress-lookup address with the query code, or the bare code.
    QString queryLink() const;
    bool hasQueryLinkPage() const { return !station.queryLinkTemplate.isEmpty(); }
    // A 不予受理 notice closes the application: it states the right of appeal, not a progress lookup.
    bool offersProgressLookup() const { return kind != DocumentKind::NotAccepted; }
};

// The documents a decision prints, in the order they come out of the printer. certificateCommitment: some
// line was replaced by a commitment (only an accepting decision prints the 告知承诺书 for it).
QList<DocumentKind> documentsFor(Decision decision, bool certificateCommitment = false);
// The same for a decided case (its lines say whether a commitment replaced a certificate).
QList<DocumentKind> documentsFor(const Case &c);
// Every kind, for code that must recognise any of them (archive file names, audit rows).
QList<DocumentKind> allDocumentKinds();
// 领取回执 or 送达回证: the documents of a result's hand-over, not of the decision.
bool isHandoverDocument(DocumentKind kind);
DocumentKind handoverDocument(HandoverMethod method);

// The document's title as printed ("Acceptance receipt" / 受理回执).
QString documentTitle(DocumentKind kind);

// A stable file-name stem per kind: receipt, one-time-notice, not-accepted, deficiency-commitment,
// collection-receipt, delivery-certificate, certificate-commitment.
QString documentKey(DocumentKind kind);
bool documentKindFromKey(const QString &key, DocumentKind *out);

} // namespace ow
