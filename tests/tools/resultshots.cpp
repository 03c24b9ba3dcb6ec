#include "tests/tools/resultshots.h"

#include "core/demo/demoidentities.h"
#include "core/storage/caserepository.h"
#include "core/workflow/handoverdesk.h"
#include "core/workflow/intakeservice.h"
#include "tests/tools/shotsupport.h"
#include "ui/handover/pickuppage.h"
#include "ui/print/documentprinter.h"

namespace owshots {

namespace {

// 失业保险金申领 with the proof of the ended employment replaced by the applicant's commitment.
std::optional<ow::Case> decideWithCommitment(const ResultShotServices &s)
{
    ow::Applicant person;
    person.idNumber = ow::demo::residentId(QStringLiteral("330106"), QDate(1985, 9, 3), 57);
    person.name = QStringLiteral("陈静");
    person.phone = QStringLiteral("13912345678");
    const QDate today = QDate::currentDate();
    auto session = s.intake.start(person, QStringLiteral("RSJ-JF-0001"), {}, today);
    if (!session)
        return std::nullopt;
    QSet<QString> brought;
    for (const ow::ChecklistLine &l : session->checklist.lines)
        if (l.askedOfApplicant() && !l.optional && l.kind != QStringLiteral("UNEMPLOYMENT_PROOF"))
            brought.insert(l.kind);
    const ow::DecisionResult r = s.intake.decide(*session, brought, ow::Decision::Accept, {}, QDateTime::currentDateTimeUtc(),
                                                 {QStringLiteral("UNEMPLOYMENT_PROOF")});
    if (!r.ok) {
        qWarning("commitment case: %s", qPrintable(r.error));
        return std::nullopt;
    }
    return r.savedCase;
}

bool print(const ResultShotServices &s, const std::optional<ow::CaseDocument> &document)
{
    QString problem;
    if (document)
        s.printer.print({*document}, nullptr, &problem);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return document && problem.isEmpty();
}

} // namespace

bool shootResults(const ResultShotServices &s, const QDir &out, const QString &suffix)
{
    const std::optional<ow::Case> committed = decideWithCommitment(s);
    if (!committed)
        return false;
    const std::optional<ow::CaseDeskEntry> entry = s.desk.summary(committed->id);
    if (!entry || !print(s, s.desk.document(*entry, ow::DocumentKind::CertificateCommitment, QDateTime::currentDateTime())))
        return false;

    // The platform reports the results of the first accepted cases delivered to the hall.
    int ready = 0;
    for (const ow::CaseDeskEntry &e : s.desk.find({}, 200, QDate::currentDate())) {
        if (ready == 4)
            break;
        if (e.caseData.decision != ow::Decision::Accept && e.caseData.decision != ow::Decision::AcceptWithDeficiency)
            continue;
        QString error;
        if (ow::CaseRepository(s.db).applyPlatformStatus(e.caseData.id, ow::CaseStatus::ReadyForPickup, &error))
            ++ready;
    }
    ow::HandoverDesk handover(s.db, s.audit, s.desk, &s.calendar);
    ow::PickupPage page(handover, s.printer, s.clerk, 5);
    page.resize(1280, 420);
    page.show();
    page.refresh();
    settle(300);
    shootWidget(&page, out.filePath(QStringLiteral("pickup") + suffix + QStringLiteral(".png")));

    // One result collected by an agent, one posted.
    const QList<ow::PickupItem> items = handover.readyList();
    if (items.size() < 2)
        return false;
    ow::Handover byAgent;
    byAgent.caseId = items.at(0).entry.caseData.id;
    byAgent.collector = ow::Collector::Agent;
    byAgent.agentName = QStringLiteral("刘洋");
    byAgent.agentIdNumber = ow::demo::residentId(QStringLiteral("330102"), QDate(1979, 2, 11), 31);
    ow::Handover byPost;
    byPost.caseId = items.at(1).entry.caseData.id;
    byPost.method = ow::HandoverMethod::ByPost;
    byPost.carrier = QStringLiteral("EMS");
    byPost.trackingNumber = QStringLiteral("1151234567890");
    byPost.address = QStringLiteral("浙江省杭州市西湖区文三路 100 号 3 幢 502 室");
    for (ow::Handover *h : {&byAgent, &byPost}) {
        QString error;
        if (!handover.handOver(*h, s.clerk, &error)) {
            qWarning("hand-over: %s", qPrintable(error));
            return false;
        }
        if (!print(s, handover.document(h->caseId, QDateTime::currentDateTime())))
            return false;
    }
    return true;
}

} // namespace owshots
