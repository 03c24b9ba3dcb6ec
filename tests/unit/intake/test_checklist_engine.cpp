#include "core/calendar/workingcalendar.h"
#include "core/intake/checklistengine.h"
#include "tests/support/test_support.h"
#include "tests/unit/intake/intake_fixtures.h"

using namespace ow;
using owtest::foodLicence;
using owtest::soleTrader;

namespace {

const QDate kBeforeSpringFestival(2026, 2, 12); // Thursday before the 2026 Spring Festival

QStringList kinds(const QList<ChecklistLine> &lines)
{
    QStringList out;
    for (const ChecklistLine &l : lines)
        out << l.kind;
    return out;
}

ChecklistRequest request(QList<Matter> matters, QMap<QString, QString> answers = {})
{
    ChecklistRequest r;
    r.matters = matters;
    r.answers = answers;
    r.today = kBeforeSpringFestival;
    return r;
}

QSet<QString> ticks(std::initializer_list<const char *> names)
{
    QSet<QString> s;
    for (const char *n : names)
        s.insert(QString::fromLatin1(n));
    return s;
}

} // namespace

TEST_CASE("an open situation question leaves its lines out and blocks every decision but not accepting")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    const Checklist c = engine.build(request({foodLicence()}));
    CHECK(c.unanswered == QStringList{QStringLiteral("premises")});
    CHECK_FALSE(c.line(QStringLiteral("LEASE")));
    CHECK_FALSE(c.line(QStringLiteral("DEED")));
    const Evaluation ev = engine.evaluate(c, ticks({"ID_CARD", "FOOD_FORM", "FLOOR_PLAN"}), kBeforeSpringFestival);
    CHECK_FALSE(engine.refusalReason(Decision::Accept, ev, {}).isEmpty());
    CHECK(engine.refusalReason(Decision::NotAccepted, ev, QStringLiteral("不属于本中心受理范围")).isEmpty());
}

TEST_CASE("answering a situation switches its materials on and the others off")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    const Checklist rented = engine.build(request({foodLicence()}, {{QStringLiteral("premises"), QStringLiteral("rented")}}));
    CHECK(rented.unanswered.isEmpty());
    CHECK(rented.line(QStringLiteral("LEASE")));
    CHECK_FALSE(rented.line(QStringLiteral("DEED")));
    const Checklist owned = engine.build(request({foodLicence()}, {{QStringLiteral("premises"), QStringLiteral("owned")}}));
    CHECK(owned.line(QStringLiteral("DEED")));
    CHECK_FALSE(owned.line(QStringLiteral("LEASE")));
}

TEST_CASE("every material received: the engine suggests accepting, promised date from the working-day calendar")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    const Checklist c = engine.build(request({foodLicence()}, {{QStringLiteral("premises"), QStringLiteral("rented")}}));
    const Evaluation ev = engine.evaluate(c, ticks({"ID_CARD", "FOOD_FORM", "LEASE", "FLOOR_PLAN"}), kBeforeSpringFestival);
    CHECK(ev.suggested == Decision::Accept);
    CHECK(ev.missing.isEmpty());
    // 5 working days from Thu 12 Feb: Fri 13, Sat 14 (adjusted working day), then the festival
    // 15-23 Feb, then Tue 24, Wed 25, Thu 26.
    CHECK(ev.promisedDate == QDate(2026, 2, 26));
    CHECK(engine.refusalReason(Decision::Accept, ev, {}).isEmpty());
    CHECK_FALSE(engine.refusalReason(Decision::OneTimeNotice, ev, {}).isEmpty());
    CHECK_FALSE(engine.refusalReason(Decision::AcceptWithDeficiency, ev, {}).isEmpty());
    // 4 lines listed (optional photo not counted), 4 handed over.
    CHECK(ev.listedCount == 4);
    CHECK(ev.collectedCount == 4);
}

TEST_CASE("only deficiency-allowed materials missing: accept with deficiency and a supplement due date")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar, EngineSettings{3, true});
    const Checklist c = engine.build(request({foodLicence()}, {{QStringLiteral("premises"), QStringLiteral("rented")}}));
    REQUIRE(c.line(QStringLiteral("FLOOR_PLAN"))->status == LineStatus::DeficiencyAllowed);
    const Evaluation ev = engine.evaluate(c, ticks({"ID_CARD", "FOOD_FORM", "LEASE"}), kBeforeSpringFestival);
    CHECK(ev.suggested == Decision::AcceptWithDeficiency);
    CHECK(kinds(ev.missingDeficiency) == QStringList{QStringLiteral("FLOOR_PLAN")});
    CHECK(ev.supplementDue == QDate(2026, 2, 24)); // 13, 14 (adjusted), 24
    // The promise runs from the supplement's due day: 5 working days after Tue 24 Feb are 25, 26, 27,
    // Sat 28 (the second adjusted working day of the festival) and Mon 2 March.
    CHECK(ev.promisedDate == QDate(2026, 3, 2));
    CHECK(engine.refusalReason(Decision::AcceptWithDeficiency, ev, {}).isEmpty());
    CHECK_FALSE(engine.refusalReason(Decision::Accept, ev, {}).isEmpty());
    CHECK(ev.collectedCount == 3);
}

TEST_CASE("an essential material missing: the one-time notice lists every missing material at once")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    const Checklist c = engine.build(request({foodLicence()}, {{QStringLiteral("premises"), QStringLiteral("rented")}}));
    const Evaluation ev = engine.evaluate(c, ticks({"ID_CARD"}), kBeforeSpringFestival);
    CHECK(ev.suggested == Decision::OneTimeNotice);
    CHECK(kinds(ev.missing) == QStringList{QStringLiteral("FOOD_FORM"), QStringLiteral("LEASE"), QStringLiteral("FLOOR_PLAN")});
    CHECK_FALSE(engine.refusalReason(Decision::AcceptWithDeficiency, ev, {}).isEmpty());
    CHECK(engine.refusalReason(Decision::OneTimeNotice, ev, {}).isEmpty());
}

TEST_CASE("optional materials are never missing")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    const Checklist c = engine.build(request({foodLicence()}, {{QStringLiteral("premises"), QStringLiteral("owned")}}));
    REQUIRE(c.line(QStringLiteral("PHOTO")));
    CHECK(c.line(QStringLiteral("PHOTO"))->optional);
    const Evaluation ev = engine.evaluate(c, ticks({"ID_CARD", "FOOD_FORM", "DEED", "FLOOR_PLAN"}), kBeforeSpringFestival);
    CHECK(ev.missing.isEmpty());
}

TEST_CASE("not accepting needs a reason")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    const Checklist c = engine.build(request({foodLicence()}, {{QStringLiteral("premises"), QStringLiteral("owned")}}));
    const Evaluation ev = engine.evaluate(c, {}, kBeforeSpringFestival);
    CHECK_FALSE(engine.refusalReason(Decision::NotAccepted, ev, QStringLiteral("   ")).isEmpty());
    CHECK(engine.refusalReason(Decision::NotAccepted, ev, QStringLiteral("经营项目不属于许可范围")).isEmpty());
}

TEST_CASE("a material collected before and still valid is reused, an expired one is asked again")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    ChecklistRequest r = request({foodLicence()}, {{QStringLiteral("premises"), QStringLiteral("rented")}});
    CaseMaterial idCard{
        QStringLiteral("ID_CARD"), QStringLiteral("ID_CARD"), LineStatus::ToCollect, true, QDate(2025, 6, 1), QDate(), {}};
    CaseMaterial oldLease{
        QStringLiteral("LEASE"), QStringLiteral("LEASE"), LineStatus::ToCollect, true, QDate(2025, 1, 5), QDate(2026, 1, 5), {}};
    r.reusable = {idCard, oldLease};
    const Checklist c = engine.build(r);
    CHECK(c.line(QStringLiteral("ID_CARD"))->status == LineStatus::Reused);
    CHECK(c.line(QStringLiteral("ID_CARD"))->reusedFrom == QDate(2025, 6, 1));
    CHECK(c.line(QStringLiteral("LEASE"))->status == LineStatus::ToCollect);
    const Evaluation ev = engine.evaluate(c, ticks({"FOOD_FORM", "LEASE", "FLOOR_PLAN"}), kBeforeSpringFestival);
    CHECK(ev.suggested == Decision::Accept);
    // 4 listed, 3 handed over: the ID card was not asked again.
    CHECK(ev.listedCount == 4);
    CHECK(ev.collectedCount == 3);
}

TEST_CASE("materials the hall fetches by data sharing are not asked, unless sharing is down")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistRequest r = request({soleTrader()}, {{QStringLiteral("premises"), QStringLiteral("owned")}});
    const Checklist shared = ChecklistEngine(calendar).build(r);
    CHECK(shared.line(QStringLiteral("HOUSEHOLD"))->status == LineStatus::DataSharing);
    const Checklist offline = ChecklistEngine(calendar, EngineSettings{5, false}).build(r);
    CHECK(offline.line(QStringLiteral("HOUSEHOLD"))->status == LineStatus::ToCollect);
}

TEST_CASE("a bundle asks a shared material and a shared question once, in the strictest form")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    ChecklistRequest r = request({foodLicence(), soleTrader()}, {{QStringLiteral("premises"), QStringLiteral("rented")}});
    r.bundleCode = QStringLiteral("RESTAURANT");
    const Checklist c = engine.build(r);
    CHECK(c.situations.size() == 1);
    CHECK(kinds(c.lines)
          == QStringList{QStringLiteral("ID_CARD"), QStringLiteral("FOOD_FORM"), QStringLiteral("LEASE"),
                         QStringLiteral("FLOOR_PLAN"), QStringLiteral("PHOTO"), QStringLiteral("SOLE_FORM"),
                         QStringLiteral("HOUSEHOLD")});
    const ChecklistLine *id = c.line(QStringLiteral("ID_CARD"));
    CHECK(id->matterCodes == QStringList{QStringLiteral("FOOD"), QStringLiteral("SOLE")});
    CHECK(id->form == MaterialForm::OriginalAndCopy);
    CHECK(id->copies == 2);
    // One matter lets the floor plan follow later, the other does not: in the bundle it must be brought now.
    CHECK(c.line(QStringLiteral("FLOOR_PLAN"))->status == LineStatus::ToCollect);
    // Listed one matter at a time: 4 (food) + 5 (sole trader) = 9; collected once each: 5 kinds.
    const Evaluation ev =
        engine.evaluate(c, ticks({"ID_CARD", "FOOD_FORM", "LEASE", "FLOOR_PLAN", "SOLE_FORM"}), kBeforeSpringFestival);
    CHECK(ev.listedCount == 9);
    CHECK(ev.collectedCount == 5);
    CHECK(ev.suggested == Decision::Accept);
    // The bundle is promised by its slowest matter: 5 working days.
    CHECK(ev.promisedDate == QDate(2026, 2, 26));
}

TEST_CASE("an answer to a question none of the matters asks is dropped")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    const Checklist c = engine.build(request({foodLicence()}, {{QStringLiteral("premises"), QStringLiteral("owned")},
                                                               {QStringLiteral("agent"), QStringLiteral("yes")}}));
    CHECK(c.answers.size() == 1);
    CHECK_FALSE(c.answers.contains(QStringLiteral("agent")));
}

TEST_CASE("an instant matter is promised for the same day")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    Matter m = foodLicence();
    m.promisedLimitDays = 0;
    const Checklist c = engine.build(request({m}, {{QStringLiteral("premises"), QStringLiteral("owned")}}));
    const Evaluation ev = engine.evaluate(c, ticks({"ID_CARD", "FOOD_FORM", "DEED", "FLOOR_PLAN"}), kBeforeSpringFestival);
    CHECK(ev.promisedDate == kBeforeSpringFestival);
}

TEST_CASE("an application form is asked again on every application, even if collected before")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    Matter m = foodLicence();
    m.materials[1].perApplication = true; // FOOD_FORM
    ChecklistRequest r = request({m}, {{QStringLiteral("premises"), QStringLiteral("owned")}});
    r.reusable = {CaseMaterial{
        QStringLiteral("FOOD_FORM"), QStringLiteral("FOOD_FORM"), LineStatus::ToCollect, true, QDate(2026, 1, 5), QDate(), {}}};
    const Checklist c = engine.build(r);
    CHECK(c.line(QStringLiteral("FOOD_FORM"))->status == LineStatus::ToCollect);
}
