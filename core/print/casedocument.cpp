#include "core/print/casedocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace ow {

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
    return {DocumentKind::Receipt, DocumentKind::OneTimeNotice, DocumentKind::NotAccepted, DocumentKind::DeficiencyCommitment,
            DocumentKind::CertificateCommitment};
}

QString documentTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Receipt: return QCoreApplication::translate("ow::Documents", "Acceptance receipt");
    case DocumentKind::OneTimeNotice: return QCoreApplication::translate("ow::Documents", "One-time notice of missing materials");
    case DocumentKind::NotAccepted: return QCoreApplication::translate("ow::Documents", "Notice of non-acceptance");
    case DocumentKind::DeficiencyCommitment:
        return QCoreApplication::translate("ow::Documents", "Commitment for acceptance with materials to follow");
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
    case DocumentKind::CertificateCommitment: return QStringLiteral("certificate-commitment");
    }
    return {};
}

} // namespace ow
