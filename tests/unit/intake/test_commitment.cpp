// 证明事项告知承诺制 in the engine: a line the clerk marks "replaced by commitment" counts as received for the
// decision, is not collected paper, and reaches the case as such only when the case is taken in.
#include "core/calendar/workingcalendar.h"
#include "core/intake/casebuilder.h"
#include "core/intake/checklistengine.h"
#include "tests/support/test_support.h"
#include "tests/unit/intake/intake_fixtures.h"

#include <QTimeZone>

using namespace ow;
using owtest::line;

namespace {

const QDate kDay(2026, 3, 2);

// 教师资格认定-like: the ID card is essential; the 无犯罪记录证明 may be replaced by a commitment.
Matter teacher(bool criminalRecordMayFollow = false)
{
    Matter m;
    m.code = QStringLiteral("TEACHER");
    m.name = QStringLiteral("教师资格认定");
    m.promisedLimitDays = 10;
    m.legalLimitDays = 20;
    MatterMaterial noCrime = line(QStringLiteral("NO_CRIME"), Requirement::Required, criminalRecordMayFollow);
    noCrime.commitmentBasis = QStringLiteral("国办发〔2020〕42号");
    m.materials = {line(QStringLiteral("ID_CARD")), noCrime};
    return m;
}

// Another matter that needs the same certificate and offers no commitment for it.
Matter school()
{
    Matter m;
    m.code = QStringLiteral("SCHOOL");
    m.name = QStringLiteral("民办学校办学许可");
    m.promisedLimitDays = 20;
    m.legalLimitDays = 40;
    m.materials = {line(QStringLiteral("NO_CRIME"))};
    return m;
}

Checklist build(const ChecklistEngine &engine, const QList<Matter> &matters)
{
    ChecklistRequest r;
    r.matters = matters;
    r.today = kDay;
    return engine.build(r);
}

IntakeContext context()
{
    IntakeContext ctx;
    ctx.hallCode = QStringLiteral("XH");
    ctx.window = 3;
    ctx.clerk = QStringLiteral("clerk01");
    ctx.now = QDateTime(kDay, QTime(9, 30), QTimeZone::utc());
    ctx.applicantId = QStringLiteral("applicant-1");
    return ctx;
}

const QSet<QString> kIdOnly{QStringLiteral("ID_CARD")};
const QSet<QString> kNoCrime{QStringLiteral("NO_CRIME")};

} // namespace

TEST_CASE("a certificate replaced by commitment counts as received: a notice becomes an acceptance")
{
    const ChecklistEngine engine(WorkingCalendar::builtIn());
    const Checklist c = build(engine, {teacher()});
    REQUIRE(c.line(QStringLiteral("NO_CRIME")));
    CHECK(c.line(QStringLiteral("NO_CRIME"))->commitmentAllowed());
    CHECK(c.line(QStringLiteral("NO_CRIME"))->commitmentBasis == QStringLiteral("国办发〔2020〕42号"));

    CHECK(engine.evaluate(c, kIdOnly, kDay).suggested == Decision::OneTimeNotice);
    const Evaluation ev = engine.evaluate(c, kIdOnly, kDay, kNoCrime);
    CHECK(ev.suggested == Decision::Accept);
    CHECK(ev.missing.isEmpty());
    CHECK(engine.refusalReason(Decision::Accept, ev, {}).isEmpty());
    REQUIRE(ev.committed.size() == 1);
    CHECK(ev.committed.first().kind == QStringLiteral("NO_CRIME"));
    // No paper was collected for it: the materials-reduction figure sees it as not collected.
    CHECK(ev.listedCount == 2);
    CHECK(ev.collectedCount == 1);
}

TEST_CASE("a certificate replaced by commitment turns an acceptance with deficiency into an acceptance")
{
    const ChecklistEngine engine(WorkingCalendar::builtIn());
    const Checklist c = build(engine, {teacher(true)});
    const Evaluation without = engine.evaluate(c, kIdOnly, kDay);
    CHECK(without.suggested == Decision::AcceptWithDeficiency);
    CHECK(without.supplementDue.isValid());
    const Evaluation with = engine.evaluate(c, kIdOnly, kDay, kNoCrime);
    CHECK(with.suggested == Decision::Accept);
    CHECK_FALSE(with.supplementDue.isValid());
}

TEST_CASE("a commitment is never taken for a line that does not allow one")
{
    const ChecklistEngine engine(WorkingCalendar::builtIn());
    const Checklist c = build(engine, {teacher()});
    CHECK_FALSE(c.line(QStringLiteral("ID_CARD"))->commitmentAllowed());
    const Evaluation ev = engine.evaluate(c, {}, kDay, {QStringLiteral("ID_CARD"), QStringLiteral("NO_CRIME")});
    CHECK(ev.suggested == Decision::OneTimeNotice);
    REQUIRE(ev.missing.size() == 1);
    CHECK(ev.missing.first().kind == QStringLiteral("ID_CARD"));
}

TEST_CASE("in a bundle a certificate one matter needs without commitment cannot be replaced")
{
    const ChecklistEngine engine(WorkingCalendar::builtIn());
    const Checklist c = build(engine, {teacher(), school()});
    REQUIRE(c.line(QStringLiteral("NO_CRIME")));
    CHECK_FALSE(c.line(QStringLiteral("NO_CRIME"))->commitmentAllowed());
    const Evaluation ev = engine.evaluate(c, kIdOnly, kDay, kNoCrime);
    CHECK(ev.suggested == Decision::OneTimeNotice);
    CHECK(ev.committed.isEmpty());
}

TEST_CASE("an accepted case keeps the line as replaced by commitment: neither received, owed nor reusable")
{
    const ChecklistEngine engine(WorkingCalendar::builtIn());
    const Checklist c = build(engine, {teacher()});
    const Evaluation ev = engine.evaluate(c, kIdOnly, kDay, kNoCrime);
    const Case accepted = buildCase(c, ev, kIdOnly, Decision::Accept, {}, context());
    CHECK(accepted.status == CaseStatus::Accepted);
    REQUIRE(accepted.materials.size() == 2);
    const CaseMaterial &replaced = accepted.materials.at(1);
    CHECK(replaced.kind == QStringLiteral("NO_CRIME"));
    CHECK(replaced.status == LineStatus::Commitment);
    CHECK_FALSE(replaced.received);
    CHECK_FALSE(replaced.owed());
    CHECK(accepted.collectedCount == 1);
}

TEST_CASE("a one-time notice signs no commitment: the line stays to collect")
{
    const ChecklistEngine engine(WorkingCalendar::builtIn());
    Matter m = teacher();
    m.materials.append(line(QStringLiteral("PHOTO")));
    const Checklist c = build(engine, {m});
    const Evaluation ev = engine.evaluate(c, kIdOnly, kDay, kNoCrime);
    REQUIRE(ev.suggested == Decision::OneTimeNotice);
    const Case notice = buildCase(c, ev, kIdOnly, Decision::OneTimeNotice, {}, context());
    for (const CaseMaterial &mm : notice.materials)
        CHECK(mm.status != LineStatus::Commitment);
}
