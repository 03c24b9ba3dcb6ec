#include "core/demo/demoidentities.h"
#include "core/storage/applicantrepository.h"
#include "core/storage/caserepository.h"
#include "core/storage/databasecheck.h"
#include "core/storage/outbox.h"
#include "tests/unit/workflow/workflow_fixture.h"

#include <QSqlQuery>

using namespace ow;

namespace {

const QDate kDay(2026, 3, 2);
const QString kPension = QStringLiteral("GJJ-GG-0002");      // 灵活就业人员住房公积金个人账户设立: no situations
const QString kUnemployment = QStringLiteral("RSJ-JF-0001"); // 失业保险金申领: bank account may follow later
const QString kNewborn = QStringLiteral("YJS-0003");         // 新生儿出生一件事

Applicant person()
{
    Applicant a;
    a.idNumber = demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123);
    a.name = QStringLiteral("王芳");
    a.phone = QStringLiteral("13800000000");
    return a;
}

QSet<QString> everythingAsked(const IntakeSession &s)
{
    QSet<QString> all;
    for (const ChecklistLine &l : s.checklist.lines)
        if (l.askedOfApplicant() && !l.optional)
            all.insert(l.kind);
    return all;
}

QMap<QString, QString> firstOptions(const IntakeSession &s)
{
    QMap<QString, QString> answers;
    for (const Situation &q : s.checklist.situations)
        answers.insert(q.id, q.options.first().id);
    return answers;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("accepting at the window saves the case, its checklist and its outbox row")
{
    owtest::DemoHall hall;
    const IntakeService window = hall.window();
    QString error;
    const auto session = window.start(person(), kPension, {}, kDay, &error);
    REQUIRE(session);
    const DecisionResult r =
        window.decide(*session, everythingAsked(*session), Decision::Accept, {}, QDateTime(kDay, QTime(9, 0)));
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    CHECK(r.savedCase.caseNumber.startsWith(QStringLiteral("XH-20260302-03-")));
    const auto stored = CaseRepository(hall.db).byCaseNumber(r.savedCase.caseNumber);
    REQUIRE(stored);
    CHECK(stored->materials.size() == session->checklist.lines.size());
    CHECK(count(hall.db, QStringLiteral("SELECT COUNT(*) FROM outbox")) == 1);
    CHECK(DatabaseCheck::problems(hall.db.db()).isEmpty());
}

TEST_CASE("an invalid ID number is refused before anything is looked up")
{
    owtest::DemoHall hall;
    const IntakeService window = hall.window();
    Applicant a = person();
    a.idNumber.chop(1);
    a.idNumber += a.idNumber.endsWith(QLatin1Char('1')) ? QLatin1Char('2') : QLatin1Char('1');
    QString error;
    CHECK_FALSE(window.start(a, kPension, {}, kDay, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("an unknown matter code is refused with its code in the message")
{
    owtest::DemoHall hall;
    const IntakeService window = hall.window();
    QString error;
    CHECK_FALSE(window.start(person(), QStringLiteral("NO-SUCH-0001"), {}, kDay, &error));
    CHECK(error.contains(QStringLiteral("NO-SUCH-0001")));
}

TEST_CASE("a decision the rules do not allow is refused and nothing is saved")
{
    owtest::DemoHall hall;
    const IntakeService window = hall.window();
    const auto session = window.start(person(), kPension, {}, kDay);
    REQUIRE(session);
    const DecisionResult r = window.decide(*session, {}, Decision::Accept, {}, QDateTime(kDay, QTime(9, 0)));
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.error.isEmpty());
    CHECK(count(hall.db, QStringLiteral("SELECT COUNT(*) FROM cases")) == 0);
}

TEST_CASE("after a one-time notice the applicant's return is the second trip, and what was handed over is reused")
{
    owtest::DemoHall hall;
    const IntakeService window = hall.window();
    auto first = window.start(person(), kUnemployment, {}, kDay);
    REQUIRE(first);
    window.answer(*first, firstOptions(*first));
    // Only the ID card is brought the first time: a one-time notice lists everything else.
    QSet<QString> idOnly{QStringLiteral("ID_CARD")};
    REQUIRE(first->checklist.line(QStringLiteral("ID_CARD")));
    const Evaluation ev = window.evaluate(*first, idOnly);
    REQUIRE(ev.suggested == Decision::OneTimeNotice);
    const DecisionResult notice = window.decide(*first, idOnly, Decision::OneTimeNotice, {}, QDateTime(kDay, QTime(9, 0)));
    REQUIRE(notice.ok);
    CHECK(notice.savedCase.trips == 1);

    const QDate later = kDay.addDays(2);
    auto second = window.start(person(), kUnemployment, {}, later);
    REQUIRE(second);
    CHECK(second->knownApplicant);
    REQUIRE(second->previousNotice);
    CHECK(second->previousNotice->id == notice.savedCase.id);
    window.answer(*second, firstOptions(*second));
    CHECK(second->checklist.line(QStringLiteral("ID_CARD"))->status == LineStatus::Reused);
    const DecisionResult accepted =
        window.decide(*second, everythingAsked(*second), Decision::Accept, {}, QDateTime(later, QTime(10, 0)));
    REQUIRE(accepted.ok);
    CHECK(accepted.savedCase.trips == 2);
    CHECK(accepted.savedCase.previousCaseId == notice.savedCase.id);

    // A later application: the ID card is on file, but the application form is filled in anew.
    auto third = window.start(person(), kUnemployment, {}, later.addDays(7));
    REQUIRE(third);
    CHECK_FALSE(third->previousNotice);
    CHECK(third->checklist.line(QStringLiteral("ID_CARD"))->status == LineStatus::Reused);
    REQUIRE(third->checklist.line(QStringLiteral("UNEMPLOYMENT_FORM")));
    CHECK(third->checklist.line(QStringLiteral("UNEMPLOYMENT_FORM"))->perApplication);
    CHECK(third->checklist.line(QStringLiteral("UNEMPLOYMENT_FORM"))->status == LineStatus::ToCollect);
}

TEST_CASE("a known applicant's stored details fill what the clerk left empty")
{
    owtest::DemoHall hall;
    const IntakeService window = hall.window();
    const auto first = window.start(person(), kPension, {}, kDay);
    REQUIRE(window.decide(*first, everythingAsked(*first), Decision::Accept, {}, QDateTime(kDay, QTime(9, 0))).ok);
    Applicant typed;
    typed.idNumber = person().idNumber.toLower(); // the x of an ID may be typed in lower case
    const auto again = window.start(typed, kUnemployment, {}, kDay.addDays(1));
    REQUIRE(again);
    CHECK(again->knownApplicant);
    CHECK(again->applicant.name == QStringLiteral("王芳"));
    CHECK(again->applicant.phone == QStringLiteral("13800000000"));
}

TEST_CASE("a bundle is one case over all its matters, each pinned at its version")
{
    owtest::DemoHall hall;
    const IntakeService window = hall.window();
    auto s = window.start(person(), kNewborn, {}, kDay);
    REQUIRE(s);
    window.answer(*s, firstOptions(*s));
    REQUIRE(s->checklist.unanswered.isEmpty());
    CHECK(s->checklist.matters.size() == 5);
    // Each shared kind appears once although several matters ask for it.
    QSet<QString> kinds;
    for (const ChecklistLine &l : s->checklist.lines) {
        CHECK_FALSE(kinds.contains(l.kind));
        kinds.insert(l.kind);
    }
    const ChecklistLine *id = s->checklist.line(QStringLiteral("ID_CARD"));
    REQUIRE(id);
    CHECK(id->matterCodes.size() >= 3);
    const DecisionResult r = window.decide(*s, everythingAsked(*s), Decision::Accept, {}, QDateTime(kDay, QTime(9, 0)));
    REQUIRE(r.ok);
    CHECK(r.savedCase.bundleCode == kNewborn);
    CHECK(r.savedCase.matters.size() == 5);
    CHECK(r.savedCase.listedCount > r.savedCase.collectedCount);
    CHECK(count(hall.db, QStringLiteral("SELECT COUNT(*) FROM case_matters")) == 5);
}
