#include "core/demo/demoidentities.h"
#include "core/demo/demoseeder.h"
#include "core/domain/identifiers.h"
#include "core/security/auditchain.h"
#include "core/storage/databasecheck.h"
#include "tests/unit/workflow/workflow_fixture.h"

#include <QSqlQuery>

using namespace ow;

TEST_CASE("demo identities carry correct check characters")
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 200; ++i) {
        const Applicant p = demo::randomPerson(rng, QDate(2026, 11, 28));
        INFO(p.idNumber.toStdString());
        CHECK(checkResidentId(p.idNumber, QDate(2026, 11, 28)).valid);
        const Applicant o = demo::randomOrganisation(rng);
        INFO(o.idNumber.toStdString());
        CHECK(checkCreditCode(o.idNumber).valid);
    }
}

TEST_CASE("seed-demo makes varied decisions through the engine and leaves a clean database")
{
    owtest::DemoHall hall;
    SeedOptions options;
    options.cases = 300;
    options.lastDay = QDate(2026, 11, 27);
    options.hallCode = QStringLiteral("XH");
    const SeedReport report = DemoSeeder(hall.db, hall.calendar).run(options);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.committed == 300);
    // Every outcome appears: 62/15/17/6 per cent are aimed at, with 300 draws none can be absent.
    CHECK(report.byDecision.value(Decision::Accept) > 100);
    CHECK(report.byDecision.value(Decision::AcceptWithDeficiency) > 5);
    CHECK(report.byDecision.value(Decision::OneTimeNotice) > 5);
    CHECK(report.byDecision.value(Decision::NotAccepted) > 2);
    CHECK(report.bundleCases > 10);
    CHECK(report.organisationCases > 10);
    CHECK(report.returnVisits > 0);
    CHECK(DatabaseCheck::problems(hall.db.db()).isEmpty());

    QSqlQuery q(hall.db.db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT case_number) FROM cases")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 300);
    CHECK(q.value(1).toInt() == 300);

    // Each decision and each return trip is an audit row, chained like a counter's.
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FILTER (WHERE action = 'decision'),"
                                  " count(*) FILTER (WHERE action = 'supplement') FROM audit_trail")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 300);
    CHECK(q.value(1).toInt() == report.supplements);
    CHECK(report.supplements > 0);
    const AuditVerdict verdict = verifyAuditChain(hall.db.db(), hall.db.path());
    CHECK(verdict.ok);
    CHECK(verdict.rows >= 300);
}

TEST_CASE("the same seed gives the same decisions")
{
    SeedOptions options;
    options.cases = 60;
    options.lastDay = QDate(2026, 11, 27);
    owtest::DemoHall a;
    owtest::DemoHall b;
    const SeedReport ra = DemoSeeder(a.db, a.calendar).run(options);
    const SeedReport rb = DemoSeeder(b.db, b.calendar).run(options);
    REQUIRE(ra.ok);
    REQUIRE(rb.ok);
    CHECK(ra.byDecision == rb.byDecision);
    CHECK(ra.bundleCases == rb.bundleCases);
}
