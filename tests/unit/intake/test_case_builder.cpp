#include "core/calendar/workingcalendar.h"
#include "core/intake/casebuilder.h"
#include "core/intake/checklistengine.h"
#include "tests/support/test_support.h"
#include "tests/unit/intake/intake_fixtures.h"

#include <QTimeZone>

using namespace ow;

namespace {

struct Built {
    Checklist checklist;
    Evaluation evaluation;
};

Built prepare(const ChecklistEngine &engine, const QSet<QString> &received)
{
    ChecklistRequest r;
    r.matters = {owtest::foodLicence()};
    r.answers = {{QStringLiteral("premises"), QStringLiteral("rented")}};
    r.today = QDate(2026, 3, 2);
    Built b;
    b.checklist = engine.build(r);
    b.evaluation = engine.evaluate(b.checklist, received, r.today);
    return b;
}

IntakeContext context()
{
    IntakeContext ctx;
    ctx.hallCode = QStringLiteral("XH");
    ctx.window = 3;
    ctx.clerk = QStringLiteral("clerk01");
    ctx.now = QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc());
    ctx.applicantId = QStringLiteral("applicant-1");
    return ctx;
}

} // namespace

TEST_CASE("an accepted case carries the pinned matter versions, the promised date and what was received")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    const QSet<QString> received{QStringLiteral("ID_CARD"), QStringLiteral("FOOD_FORM"), QStringLiteral("LEASE"),
                                 QStringLiteral("FLOOR_PLAN")};
    const Built b = prepare(engine, received);
    const Case c = buildCase(b.checklist, b.evaluation, received, Decision::Accept, {}, context());
    CHECK(c.status == CaseStatus::Accepted);
    REQUIRE(c.matters.size() == 1);
    CHECK(c.matters.first().first == QStringLiteral("FOOD"));
    CHECK(c.promisedDate == QDate(2026, 3, 9)); // 5 working days after Mon 2 March
    CHECK(c.trips == 1);
    CHECK(c.window == 3);
    const auto lease = std::find_if(c.materials.cbegin(), c.materials.cend(),
                                    [](const CaseMaterial &m) { return m.kind == QStringLiteral("LEASE"); });
    REQUIRE(lease != c.materials.cend());
    CHECK(lease->received);
    CHECK(lease->receivedOn.isValid());
}

TEST_CASE("a case that follows a one-time notice counts the applicant's second trip")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    const Built first = prepare(engine, {QStringLiteral("ID_CARD")});
    Case notice =
        buildCase(first.checklist, first.evaluation, {QStringLiteral("ID_CARD")}, Decision::OneTimeNotice, {}, context());
    notice.id = QStringLiteral("notice-1");
    CHECK(notice.status == CaseStatus::Notified);
    CHECK_FALSE(notice.promisedDate.isValid());

    IntakeContext ctx = context();
    ctx.previousNotice = notice;
    const QSet<QString> all{QStringLiteral("ID_CARD"), QStringLiteral("FOOD_FORM"), QStringLiteral("LEASE"),
                            QStringLiteral("FLOOR_PLAN")};
    const Built second = prepare(engine, all);
    const Case accepted = buildCase(second.checklist, second.evaluation, all, Decision::Accept, {}, ctx);
    CHECK(accepted.trips == 2);
    CHECK(accepted.previousCaseId == QStringLiteral("notice-1"));
}

TEST_CASE("accepting with deficiency records the supplement due date and the line still missing")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    const QSet<QString> received{QStringLiteral("ID_CARD"), QStringLiteral("FOOD_FORM"), QStringLiteral("LEASE")};
    const Built b = prepare(engine, received);
    const Case c = buildCase(b.checklist, b.evaluation, received, Decision::AcceptWithDeficiency, {}, context());
    CHECK(c.status == CaseStatus::AwaitingSupplement);
    CHECK(c.supplementDue == QDate(2026, 3, 9));
    const auto plan = std::find_if(c.materials.cbegin(), c.materials.cend(),
                                   [](const CaseMaterial &m) { return m.kind == QStringLiteral("FLOOR_PLAN"); });
    REQUIRE(plan != c.materials.cend());
    CHECK_FALSE(plan->received);
    CHECK(plan->status == LineStatus::DeficiencyAllowed);
}

TEST_CASE("a not-accepted case keeps the clerk's reason, trimmed")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    const Built b = prepare(engine, {});
    const Case c =
        buildCase(b.checklist, b.evaluation, {}, Decision::NotAccepted, QStringLiteral("  不属于本部门职权范围 "), context());
    CHECK(c.status == CaseStatus::Rejected);
    CHECK(c.reason == QStringLiteral("不属于本部门职权范围"));
}
