#include "core/print/casedocument.h"

#include <QCoreApplication>

namespace ow {

QList<DocumentKind> documentsFor(Decision decision)
{
    switch (decision) {
    case Decision::Accept: return {DocumentKind::Receipt};
    // The applicant keeps the receipt and signs the commitment, which the hall keeps.
    case Decision::AcceptWithDeficiency: return {DocumentKind::Receipt, DocumentKind::DeficiencyCommitment};
    case Decision::OneTimeNotice: return {DocumentKind::OneTimeNotice};
    case Decision::NotAccepted: return {DocumentKind::NotAccepted};
    }
    return {};
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
    }
    return {};
}

} // namespace ow
