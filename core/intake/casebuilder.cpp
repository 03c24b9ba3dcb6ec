#include "core/intake/casebuilder.h"

namespace ow {

int tripsFor(const std::optional<Case> &previousNotice)
{
    return previousNotice ? previousNotice->trips + 1 : 1;
}

Case buildCase(const Checklist &checklist, const Evaluation &evaluation, const QSet<QString> &received, Decision decision,
               const QString &reason, const IntakeContext &context)
{
    Case c;
    c.applicantId = context.applicantId;
    c.bundleCode = checklist.bundleCode;
    for (const Matter &m : checklist.matters)
        c.matters.append({m.code, m.version});
    c.answers = checklist.answers;
    c.decision = decision;
    c.reason = reason.trimmed();
    c.hallCode = context.hallCode;
    c.window = context.window;
    c.clerk = context.clerk;
    c.createdAt = context.now.toUTC();
    c.updatedAt = c.createdAt;
    c.trips = tripsFor(context.previousNotice);
    if (context.previousNotice)
        c.previousCaseId = context.previousNotice->id;
    c.listedCount = evaluation.listedCount;
    c.collectedCount = evaluation.collectedCount;

    switch (decision) {
    case Decision::Accept:
        c.status = CaseStatus::Accepted;
        c.promisedDate = evaluation.promisedDate;
        break;
    case Decision::AcceptWithDeficiency:
        c.status = CaseStatus::AwaitingSupplement;
        c.promisedDate = evaluation.promisedDate;
        c.supplementDue = evaluation.supplementDue;
        break;
    case Decision::OneTimeNotice: c.status = CaseStatus::Notified; break;
    case Decision::NotAccepted: c.status = CaseStatus::Rejected; break;
    }

    const QDate today = c.createdAt.toLocalTime().date();
    // A commitment is signed only when the application is taken in; a notice or a refusal lists the line
    // as missing (the notice says a commitment may replace it when the applicant comes back).
    const bool takenIn = decision == Decision::Accept || decision == Decision::AcceptWithDeficiency;
    QSet<QString> committed;
    for (const ChecklistLine &line : evaluation.committed)
        committed.insert(line.kind);
    for (const ChecklistLine &line : checklist.lines) {
        CaseMaterial m;
        m.kind = line.kind;
        m.name = line.name;
        m.status = line.status;
        m.matterCodes = line.matterCodes;
        m.optional = line.optional;
        if (line.status == LineStatus::Reused) {
            // The earlier copy stays the one on file; its own validity still applies.
            m.received = true;
            m.receivedOn = line.reusedFrom;
            m.validUntil = line.reusedValidUntil;
        } else if (line.askedOfApplicant() && received.contains(line.kind)) {
            m.received = true;
            m.receivedOn = today;
            if (line.validityMonths > 0)
                m.validUntil = today.addMonths(line.validityMonths);
        } else if (takenIn && committed.contains(line.kind)) {
            // Not received: a commitment is no certificate, so it is neither owed nor reused later.
            m.status = LineStatus::Commitment;
        }
        c.materials.append(m);
    }
    return c;
}

} // namespace ow
