#pragma once
// Turns a checklist, the clerk's ticks and a decision into the Case that storage commits.

#include "core/intake/checklist.h"

#include <QDateTime>

#include <optional>

namespace ow {

struct IntakeContext {
    QString hallCode;
    int window = 0;
    QString clerk;
    QDateTime now; // UTC
    QString applicantId;
    std::optional<Case> previousNotice; // the one-time notice this application follows, if any
};

// Builds the case for a decision the engine has allowed (see ChecklistEngine::refusalReason).
Case buildCase(const Checklist &checklist, const Evaluation &evaluation, const QSet<QString> &received, Decision decision,
               const QString &reason, const IntakeContext &context);

// The trips an applicant has made for a case: one for this visit, plus those of the notice it follows.
int tripsFor(const std::optional<Case> &previousNotice);

} // namespace ow
