// Due soon and overdue against the real working-day calendar: weekends, holidays and 调休 workdays.
#include "tests/unit/dashboard/scriptedday.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

ow::DashboardFigures watch(QDate today, const QList<QDate> &promised)
{
    ow::DashboardState state(scriptedOptions());
    QList<ow::CaseSummary> cases;
    for (qsizetype i = 0; i < promised.size(); ++i) {
        ow::CaseSummary c = makeCase(u"K%1"_s.arg(i), u"W01"_s, {}, ow::CaseSummary::Accepted, u"M01"_s, today.addDays(-10));
        c.promisedDate = promised.at(i);
        c.synced = true;
        cases.append(c);
    }
    state.reset(scriptedSnapshot(), {}, cases);
    return state.figures(QDateTime(today, QTime(10, 0), hallZone()));
}

} // namespace

TEST_CASE("due soon over a weekend with a 调休 Sunday (2026-09-20 is a working day)")
{
    // Friday 2026-09-18, two working days: Sunday 09-20 (国庆节调休上班) is the first, Monday 09-21 the
    // second; Tuesday 09-22 is the third, so not due soon. With plain weekends Tuesday would have been
    // the second — this is where the real calendar matters.
    const ow::DashboardFigures f = watch(QDate(2026, 9, 18), {QDate(2026, 9, 18), QDate(2026, 9, 21), QDate(2026, 9, 22)});
    CHECK(f.cases.dueSoon == 2); // today (0 days left) and Monday
    CHECK(f.cases.overdue == 0);
    REQUIRE(f.deadlines.size() == 2);
    CHECK(f.deadlines.at(0).workingDays == 0);
    CHECK(f.deadlines.at(1).workingDays == 2);
}

TEST_CASE("due soon across the National Day holiday")
{
    // Wednesday 2026-09-30; 10-01..10-07 off; Thu 10-08 is working day 1, Fri 10-09 day 2, Sat 10-10
    // (调休上班) day 3. So a promise on 10-05 (inside the holiday, 0 working days) and 10-09 are due soon;
    // 10-10 is not.
    const ow::DashboardFigures f = watch(QDate(2026, 9, 30), {QDate(2026, 10, 5), QDate(2026, 10, 9), QDate(2026, 10, 10)});
    CHECK(f.cases.dueSoon == 2);
    REQUIRE(f.deadlines.size() == 2);
    CHECK(f.deadlines.at(0).date == QDate(2026, 10, 5));
    CHECK(f.deadlines.at(0).workingDays == 0);
    CHECK(f.deadlines.at(1).workingDays == 2);
}

TEST_CASE("overdue counts from the day after the promise, and working days overdue skip the holiday")
{
    // Thursday 2026-10-08: a promise of 09-30 is overdue by one working day (only 10-08 itself lies in
    // (09-30, 10-08]); a promise of today is not overdue but due soon.
    const ow::DashboardFigures f = watch(QDate(2026, 10, 8), {QDate(2026, 9, 30), QDate(2026, 10, 8)});
    CHECK(f.cases.overdue == 1);
    CHECK(f.cases.dueSoon == 1);
    REQUIRE(f.deadlines.size() == 2);
    CHECK(f.deadlines.at(0).kind == ow::CaseDeadline::Kind::Overdue);
    CHECK(f.deadlines.at(0).workingDays == -1);
}

TEST_CASE("the due-soon window is configurable")
{
    ow::DashboardOptions options = scriptedOptions();
    options.dueSoonWorkingDays = 0; // only what is due today
    ow::DashboardState state(options);
    QList<ow::CaseSummary> cases = scriptedCases();
    state.reset(scriptedSnapshot(), {}, cases);
    // Friday 11-27: nothing promised for today → 0 (with 2 it was 3, see test_figures).
    CHECK(state.figures(local(11, 0)).cases.dueSoon == 0);
    options.dueSoonWorkingDays = 1; // Monday 11-30: E2
    state.setOptions(options);
    CHECK(state.figures(local(11, 0)).cases.dueSoon == 1);
}
