// The case view's data (core/workflow/casedetails.h) assembled from a real store: a 容缺 case that reused
// a material of the applicant's earlier notice, with its documents, platform moves, ticket and audit rows.
#include "core/demo/demoidentities.h"
#include "core/domain/identifiers.h"
#include "core/hall/reporter/ticketlinkstore.h"
#include "core/security/audittrail.h"
#include "core/storage/caserepository.h"
#include "core/sync/syncstore.h"
#include "core/workflow/casedetails.h"
#include "tests/unit/workflow/workflow_fixture.h"

using namespace ow;

namespace {

const QDate kDay(2026, 3, 2);
const QString kUnemployment = QStringLiteral("RSJ-JF-0001"); // 失业保险金申领: the bank account may follow later
const QString kFood = QStringLiteral("SCJG-XK-0006");        // 食品经营许可（新办）: situations asked

Applicant person()
{
    Applicant a;
    a.idNumber = demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123);
    a.name = QStringLiteral("王芳");
    return a;
}

const CaseDetailsLine *line(const CaseDetails &d, const QString &kind)
{
    for (const CaseDetailsLine &l : d.lines)
        if (l.kind == kind)
            return &l;
    return nullptr;
}

struct Counter {
    owtest::DemoHall hall;
    AuditTrail audit{hall.db};
    IntakeService window = hall.window();
    CaseDesk desk{hall.db, &audit,
                  DocumentStation{QStringLiteral("演示区政务服务中心"), QStringLiteral("XH"), 3, QStringLiteral("李娜"), {}, {}}};
    Counter()
    {
        window.setAuditTrail(&audit);
        desk.setCalendar(&hall.calendar);
    }
};

// A one-time notice with the ID card only, then the return two days later accepted with the bank account owed.
std::pair<Case, Case> noticeThenDeficiency(Counter &c)
{
    auto first = c.window.start(person(), kUnemployment, {}, kDay);
    REQUIRE(first);
    const DecisionResult notice =
        c.window.decide(*first, {QStringLiteral("ID_CARD")}, Decision::OneTimeNotice, {}, QDateTime(kDay, QTime(9, 0)));
    REQUIRE(notice.ok);
    const QDate later = kDay.addDays(2);
    auto second = c.window.start(person(), kUnemployment, {}, later);
    REQUIRE(second);
    QSet<QString> brought;
    for (const ChecklistLine &l : second->checklist.lines)
        if (l.askedOfApplicant() && !l.optional && l.kind != QStringLiteral("BANK_ACCOUNT"))
            brought.insert(l.kind);
    const DecisionResult deficiency =
        c.window.decide(*second, brought, Decision::AcceptWithDeficiency, {}, QDateTime(later, QTime(10, 0)));
    INFO(deficiency.error.toStdString());
    REQUIRE(deficiency.ok);
    return {notice.savedCase, deficiency.savedCase};
}

} // namespace

TEST_CASE("the case details show each checklist line's source: collected, reused from the earlier case, owed until the due day")
{
    Counter c;
    const auto [notice, accepted] = noticeThenDeficiency(c);
    const std::optional<CaseDetails> d = c.desk.details(accepted.id, kDay.addDays(2));
    REQUIRE(d);
    CHECK(d->entry.caseData.caseNumber == accepted.caseNumber);
    CHECK(d->maskedIdNumber == maskIdNumber(person().idNumber));
    CHECK_FALSE(d->maskedIdNumber.contains(person().idNumber.mid(6, 8)));
    CHECK(d->previousCaseNumber == notice.caseNumber);

    const CaseDetailsLine *id = line(*d, QStringLiteral("ID_CARD"));
    REQUIRE(id);
    CHECK(id->source == LineSource::Reused);
    CHECK(id->reusedFrom == notice.caseNumber);
    CHECK(lineSourceText(*id) == QStringLiteral("Reused from case %1").arg(notice.caseNumber));

    const CaseDetailsLine *bank = line(*d, QStringLiteral("BANK_ACCOUNT"));
    REQUIRE(bank);
    CHECK(bank->source == LineSource::Owed);
    REQUIRE(accepted.supplementDue.isValid());
    CHECK(bank->owedUntil == accepted.supplementDue);
    CHECK(lineSourceText(*bank) == QStringLiteral("Owed until %1").arg(accepted.supplementDue.toString(Qt::ISODate)));

    const CaseDetailsLine *form = line(*d, QStringLiteral("UNEMPLOYMENT_FORM"));
    REQUIRE(form);
    CHECK(form->source == LineSource::Collected);

    // The matter at the version the case took, which is also the one in force.
    REQUIRE(d->matters.size() == 1);
    CHECK(d->matters.first().code == kUnemployment);
    CHECK(d->matters.first().name == QStringLiteral("失业保险金申领"));
    CHECK(d->matters.first().version == accepted.matters.first().second);
    CHECK(d->matters.first().currentVersion == d->matters.first().version);

    // The time limit runs: working days from "today" to the promised date, on the hall's calendar.
    REQUIRE(d->workingDaysLeft);
    CHECK(*d->workingDaysLeft == c.hall.calendar.workingDaysBetween(kDay.addDays(2), accepted.promisedDate));
    CHECK(*d->workingDaysLeft > 0);

    // The supplement brings the bank account: the line is collected, nothing is owed.
    QString error;
    REQUIRE(
        c.desk.recordReturnTrip(accepted.id, {QStringLiteral("BANK_ACCOUNT")}, kDay.addDays(3), QStringLiteral("李娜"), &error));
    const std::optional<CaseDetails> after = c.desk.details(accepted.id, kDay.addDays(3));
    REQUIRE(after);
    CHECK(line(*after, QStringLiteral("BANK_ACCOUNT"))->source == LineSource::Collected);
    CHECK(line(*after, QStringLiteral("BANK_ACCOUNT"))->receivedOn == kDay.addDays(3));
}

TEST_CASE("the case details show the situation answers in words")
{
    Counter c;
    auto s = c.window.start(person(), kFood, {}, kDay);
    REQUIRE(s);
    QMap<QString, QString> answers;
    for (const Situation &q : s->checklist.situations)
        answers.insert(q.id, q.options.last().id);
    c.window.answer(*s, answers);
    QSet<QString> all;
    for (const ChecklistLine &l : s->checklist.lines)
        if (l.askedOfApplicant() && !l.optional)
            all.insert(l.kind);
    const DecisionResult r = c.window.decide(*s, all, Decision::Accept, {}, QDateTime(kDay, QTime(9, 0)));
    REQUIRE(r.ok);
    const std::optional<CaseDetails> d = c.desk.details(r.savedCase.id, kDay);
    REQUIRE(d);
    REQUIRE(!s->checklist.situations.isEmpty());
    REQUIRE(d->answers.size() == s->checklist.situations.size());
    CHECK(d->answers.first().question == s->checklist.situations.first().question);
    CHECK(d->answers.first().answer == s->checklist.situations.first().options.last().text);
}

TEST_CASE("the case details list every document issued, the platform's moves, the linked tickets and the audit history")
{
    Counter c;
    const auto [notice, accepted] = noticeThenDeficiency(c);
    std::optional<CaseDeskEntry> entry = c.desk.summary(accepted.id);
    REQUIRE(entry);

    // The original of each document, then two reprints of the receipt: numbered 1 and 2.
    for (DocumentKind kind : documentsFor(accepted.decision))
        REQUIRE(
            c.desk.recordIssue(c.desk.document(*entry, kind, QDateTime::currentDateTime()), QStringLiteral("/nowhere/a.pdf")));
    for (int n = 1; n <= 2; ++n) {
        const CaseDocument reprint = c.desk.reprint(*entry, DocumentKind::Receipt, QDateTime::currentDateTime());
        CHECK(reprint.reprint == n);
        REQUIRE(c.desk.recordIssue(reprint, {}));
    }
    CHECK(c.desk.reprint(*entry, DocumentKind::DeficiencyCommitment, QDateTime::currentDateTime()).reprint == 1);

    // The platform: a department takes it, the same report comes twice, then it is completed.
    SyncStore sync(c.hall.db);
    const QDateTime t0 = QDateTime(kDay.addDays(3), QTime(8, 0), Qt::UTC);
    REQUIRE(sync.recordProgress(accepted.id, {QStringLiteral("in_progress"), QStringLiteral("区人社局"), t0}));
    REQUIRE(sync.recordProgress(accepted.id, {QStringLiteral("in_progress"), QStringLiteral("区人社局"), t0.addSecs(60)}));
    REQUIRE(sync.recordProgress(accepted.id, {QStringLiteral("completed"), QStringLiteral("区人社局"), t0.addDays(1)}));

    // A ticket link stays listed after the hall confirmed it (the pending link is then removed).
    TicketLinkStore links(c.hall.db);
    REQUIRE(links.add({QStringLiteral("t-1"), QStringLiteral("A012"), {accepted.caseNumber}}));
    REQUIRE(links.remove({accepted.caseNumber}));
    CHECK(links.pending().isEmpty());

    const std::optional<CaseDetails> d = c.desk.details(accepted.id, kDay.addDays(4));
    REQUIRE(d);
    REQUIRE(d->documents.size() == 4);
    CHECK(d->documents.at(0).kind == QStringLiteral("receipt"));
    CHECK(d->documents.at(0).reprint == 0);
    CHECK(d->documents.at(0).clerk == QStringLiteral("李娜"));
    CHECK(d->documents.at(0).title == documentTitle(DocumentKind::Receipt));
    CHECK_FALSE(d->documents.at(0).fileKept); // /nowhere/a.pdf does not exist
    CHECK(d->documents.at(1).kind == QStringLiteral("deficiency-commitment"));
    CHECK(d->documents.at(2).reprint == 1);
    CHECK(d->documents.at(3).reprint == 2);

    REQUIRE(d->moves.size() == 2);
    CHECK(d->moves.at(0).platformStatus == QStringLiteral("in_progress"));
    CHECK(d->moves.at(0).department == QStringLiteral("区人社局"));
    CHECK(d->moves.at(0).changedAt == t0);
    CHECK(d->moves.at(1).platformStatus == QStringLiteral("completed"));

    REQUIRE(d->tickets.size() == 1);
    CHECK(d->tickets.first().ticketCode == QStringLiteral("A012"));

    // The decision's audit row, and nothing of the earlier notice's case.
    REQUIRE_FALSE(d->audit.isEmpty());
    CHECK(d->audit.last().action == QStringLiteral("decision"));
    for (const AuditRow &row : d->audit)
        CHECK(row.caseNumber == accepted.caseNumber);
}

TEST_CASE("revealing the applicant's ID number gives it whole and writes one audit row")
{
    Counter c;
    const auto [notice, accepted] = noticeThenDeficiency(c);
    const QString caseId = accepted.id; // a lambda may not capture a structured binding before C++20's clang 16
    const auto reveals = [&] {
        int n = 0;
        for (const AuditEntry &e : c.audit.forCase(caseId))
            n += e.action == QStringLiteral("id_revealed");
        return n;
    };
    CHECK(reveals() == 0);
    QString error;
    CHECK(c.desk.revealIdNumber(accepted.id, QStringLiteral("李娜"), &error) == person().idNumber);
    CHECK(reveals() == 1);
    const QList<AuditEntry> rows = c.audit.forCase(accepted.id);
    for (const AuditEntry &e : rows)
        CHECK_FALSE(e.detail.contains(person().idNumber)); // the trail never holds the number itself
    CHECK(c.desk.revealIdNumber(QStringLiteral("no-such-case"), QStringLiteral("李娜"), &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("the case details name a certificate replaced by the applicant's commitment as such")
{
    Counter c;
    auto session = c.window.start(person(), kUnemployment, {}, kDay);
    REQUIRE(session);
    QSet<QString> brought;
    for (const ChecklistLine &l : session->checklist.lines)
        if (l.askedOfApplicant() && !l.optional && l.kind != QStringLiteral("UNEMPLOYMENT_PROOF"))
            brought.insert(l.kind);
    const DecisionResult accepted = c.window.decide(*session, brought, Decision::Accept, {}, QDateTime(kDay, QTime(9, 0)),
                                                    {QStringLiteral("UNEMPLOYMENT_PROOF")});
    INFO(accepted.error.toStdString());
    REQUIRE(accepted.ok);
    const std::optional<CaseDetails> d = c.desk.details(accepted.savedCase.id, kDay);
    REQUIRE(d);
    const CaseDetailsLine *proof = line(*d, QStringLiteral("UNEMPLOYMENT_PROOF"));
    REQUIRE(proof);
    CHECK(proof->source == LineSource::Commitment);
    CHECK(lineSourceText(*proof).contains(QStringLiteral("commitment")));
}
