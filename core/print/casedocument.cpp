#include "core/print/casedocument.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace ow {

QString CaseDocument::queryLink() const
{
    if (station.queryLinkTemplate.isEmpty())
        return caseData.queryCode;
    QString link = station.queryLinkTemplate;
    // The code's alphabet needs no escaping; percent-encoding keeps a odd code from changing the address.
    return link.replace(QueryCodePlaceholder.toString(), QString::fromLatin1(QUrl::toPercentEncoding(caseData.queryCode)));
}

QString queryLinkTemplateProblem(const QString &linkTemplate)
{
    if (linkTemplate.isEmpty())
        return {};
    // A longer address makes a QR code too dense to scan at its printed size (90 px on the page).
    constexpr qsizetype MaxLength = 300;
    if (linkTemplate.size() > MaxLength)
        return QCoreApplication::translate("ow::Documents", "The query link is longer than %1 characters, too long for "
                                                            "the QR code on the documents.")
            .arg(MaxLength);
    const QUrl url(QString(linkTemplate).replace(QueryCodePlaceholder.toString(), QStringLiteral("CODE")), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return QCoreApplication::translate("ow::Documents", "The query link %1 is not an http or https address.")
            .arg(linkTemplate);
    if (!linkTemplate.contains(QueryCodePlaceholder))
        return QCoreApplication::translate("ow::Documents", "The query link %1 does not say where the query code goes: "
                                                            "write {code} there.")
            .arg(linkTemplate);
    return {};
}

QList<DocumentKind> documentsFor(Decision decision, bool certificateCommitment)
{
    QList<DocumentKind> kinds;
    switch (decision) {
    case Decision::Accept: kinds = {DocumentKind::Receipt}; break;
    // The applicant keeps the receipt and signs the commitment, which the hall keeps.
    case Decision::AcceptWithDeficiency: kinds = {DocumentKind::Receipt, DocumentKind::DeficiencyCommitment}; break;
    case Decision::OneTimeNotice: return {DocumentKind::OneTimeNotice};
    case Decision::NotAccepted: return {DocumentKind::NotAccepted};
    }
    if (certificateCommitment)
        kinds.append(DocumentKind::CertificateCommitment);
    return kinds;
}

QList<DocumentKind> documentsFor(const Case &c)
{
    const bool committed = std::any_of(c.materials.cbegin(), c.materials.cend(),
                                       [](const CaseMaterial &m) { return m.status == LineStatus::Commitment; });
    return documentsFor(c.decision, committed);
}

QList<DocumentKind> allDocumentKinds()
{
    return {DocumentKind::Receipt,
            DocumentKind::OneTimeNotice,
            DocumentKind::NotAccepted,
            DocumentKind::DeficiencyCommitment,
            DocumentKind::CollectionReceipt,
            DocumentKind::DeliveryCertificate,
            DocumentKind::CertificateCommitment};
}

bool isHandoverDocument(DocumentKind kind)
{
    return kind == DocumentKind::CollectionReceipt || kind == DocumentKind::DeliveryCertificate;
}

DocumentKind handoverDocument(HandoverMethod method)
{
    return method == HandoverMethod::ByPost ? DocumentKind::DeliveryCertificate : DocumentKind::CollectionReceipt;
}

QString documentTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Receipt: return QCoreApplication::translate("ow::Documents", "Acceptance receipt");
    case DocumentKind::OneTimeNotice: return QCoreApplication::translate("ow::Documents", "One-time notice of missing materials");
    case DocumentKind::NotAccepted: return QCoreApplication::translate("ow::Documents", "Notice of non-acceptance");
    case DocumentKind::DeficiencyCommitment:
        return QCoreApplication::translate("ow::Documents", "Commitment for acceptance with materials to follow");
    case DocumentKind::CollectionReceipt: return QCoreApplication::translate("ow::Documents", "Collection receipt");
    case DocumentKind::DeliveryCertificate: return QCoreApplication::translate("ow::Documents", "Certificate of service by post");
    case DocumentKind::CertificateCommitment:
        return QCoreApplication::translate("ow::Documents", "Commitment in place of certificates");
    }
    return {};
}

QString documentKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Receipt: return QStringLiteral("receipt");
    case DocumentKind::OneTimeNotice: return QStringLiteral("one-time-notice");
    case DocumentKind::NotAccepted: return QStringLiteral("not-accepted");
    case DocumentKind::DeficiencyCommitment: return QStringLiteral("deficiency-commitment");
    case DocumentKind::CollectionReceipt: return QStringLiteral("collection-receipt");
    case DocumentKind::DeliveryCertificate: return QStringLiteral("delivery-certificate");
    case DocumentKind::CertificateCommitment: return QStringLiteral("certificate-commitment");
    }
    return {};
}

bool documentKindFromKey(const QString &key, DocumentKind *out)
{
    for (DocumentKind kind : allDocumentKinds()) {
        if (documentKey(kind) == key) {
            *out = kind;
            return true;
        }
    }
    return false;
}

} // namespace ow
