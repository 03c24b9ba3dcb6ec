// Issue #14 point 3, the hand-over in the figures: results handed over, by post, and pick-ups waiting at the
// hall longer than N working days, from the hall's case summaries (status, delivery, readyDate).
#include "core/dashboard/report.h"
#include "tests/unit/dashboard/scriptedday.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// Decided on earlier days, their results since moved on: two handed over (one posted), three at the hall —
// since Friday 13 Nov (10 working days before Friday 27 Nov), since Friday 20 Nov (5) and since the day itself.
QList<ow::CaseSummary> casesWithResults()
{
    QList<ow::CaseSummary> cases = scriptedCases();
    auto result = [&](const QString &id, const QString &window, const QString &status, const QString &delivery, QDate decided,
                      QDate ready) {
        ow::CaseSummary s = makeCase(id, window, {}, ow::CaseSummary::Accepted.toString(), u"M01"_s, decided);
        s.status = status;
        s.delivery = delivery;
        s.readyDate = ready;
        s.updatedAt = local(9, 0, 0, ScriptedDay.addDays(-1));
        cases.append(s);
    };
    const QString post = ow::CaseSummary::DeliveryPost.toString();
    const QString window = ow::CaseSummary::DeliveryWindow.toString();
    result(u"R1"_s, u"W01"_s, ow::CaseSummary::HandedOver.toString(), post, QDate(2026, 11, 2), {});
    result(u"R2"_s, u"W02"_s, ow::CaseSummary::HandedOver.toString(), window, QDate(2026, 11, 3), {});
    result(u"R3"_s, u"W01"_s, ow::CaseSummary::ReadyForPickup.toString(), window, QDate(2026, 11, 4), QDate(2026, 11, 13));
    result(u"R4"_s, u"W01"_s, ow::CaseSummary::ReadyForPickup.toString(), post, QDate(2026, 11, 5), QDate(2026, 11, 20));
    result(u"R5"_s, u"W02"_s, ow::CaseSummary::ReadyForPickup.toString(), window, QDate(2026, 11, 6), ScriptedDay);
    return cases;
}

} // namespace

TEST_CASE("the dashboard counts results handed over, by post, and pick-ups waiting more than N working days")
{
    ow::DashboardState state(scriptedOptions()); // longPickupWaitWorkingDays = 5
    state.reset(scriptedSnapshot(), scriptedTickets(), casesWithResults());
    const ow::DashboardFigures f = state.figures(local(11, 0));
    CHECK(f.cases.handedOver == 2);
    CHECK(f.cases.handedOverByPost == 1);
    CHECK(f.cases.pickupsWaiting == 3);
    CHECK(f.cases.pickupsWaitingLong == 1); // 10 working days; 5 is not more than 5
    REQUIRE(f.window(u"W01"_s));
    CHECK(f.window(u"W01"_s)->cases.handedOver == 1);
    CHECK(f.window(u"W01"_s)->cases.pickupsWaitingLong == 1);

    ow::DashboardOptions stricter = scriptedOptions();
    stricter.longPickupWaitWorkingDays = 4;
    ow::DashboardState strict(stricter);
    strict.reset(scriptedSnapshot(), scriptedTickets(), casesWithResults());
    CHECK(strict.figures(local(11, 0)).cases.pickupsWaitingLong == 2);
}

TEST_CASE("a report as of an earlier day counts neither a later hand-over nor a result that arrived later")
{
    // The report covers the days the five were decided (it counts the cases of its period), as of the 19th.
    const QDate before(2026, 11, 19);
    const ow::PeriodFigures p = ow::computePeriod(scriptedSnapshot(), scriptedTickets(), casesWithResults(), QDate(2026, 11, 2),
                                                  before, scriptedOptions());
    CHECK(p.cases.handedOver == 0);     // handed over on the 26th
    CHECK(p.cases.pickupsWaiting == 1); // only R3 had arrived by the 19th
    const QString csv = QString::fromUtf8(ow::reportCsv(p).mid(3));
    CHECK(csv.contains(u"Results waiting at the hall (as of 2026-11-19),1"_s));
}
