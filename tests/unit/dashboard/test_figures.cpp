// The dashboard's figures for the scripted day (scriptedday.h) against numbers worked out by hand.
#include "tests/unit/dashboard/scriptedday.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

const QDateTime Now = local(11, 0);

} // namespace

TEST_CASE("queue figures of the scripted day")
{
    const ow::DashboardFigures f = scriptedState().figures(Now);
    CHECK(f.day == ScriptedDay);

    // Hall-wide: 8 tickets issued. Counted waits: A001 600, A002 1200, B001 1800, A003 600, A004 600
    // (B003 was transferred and waits again: not counted) → 5 waits, 4800 s, average 960 s, longest 1800 s.
    // Served: A001, A002, B001 → service 1200 + 900 + 1800 = 3900 s, average 1300 s. One no-show (A003).
    CHECK(f.queue.issued == 8);
    CHECK(f.queue.called == 5);
    CHECK(f.queue.avgWaitSeconds() == Approx(960));
    CHECK(f.queue.maxWaitSeconds() == Approx(1800));
    CHECK(f.queue.served == 3);
    CHECK(f.queue.avgServiceSeconds() == Approx(1300));
    CHECK(f.queue.noShows == 1);

    REQUIRE(f.services.size() == 2);
    const ow::ServiceRow *a = f.service(u"A"_s);
    REQUIRE(a);
    CHECK(a->name == u"综合受理"_s);
    // A now waiting: A005 (since 10:50, 600 s) and B003 (transferred to A at 10:00, 3600 s).
    CHECK(a->waiting == 2);
    CHECK(a->longestWaitMs == 3600 * 1000);
    CHECK(a->longestWaitTicket == u"B003"_s);
    // A's tickets today: A001..A005 and B003 (its service is A now) = 6; waits 600, 1200, 600, 600 →
    // average 750 s, longest 1200 s; served A001, A002.
    CHECK(a->today.issued == 6);
    CHECK(a->today.avgWaitSeconds() == Approx(750));
    CHECK(a->today.maxWaitSeconds() == Approx(1200));
    CHECK(a->today.served == 2);
    const ow::ServiceRow *b = f.service(u"B"_s);
    REQUIRE(b);
    // B waiting: B002 since 10:45 = 900 s. B's tickets: B001, B002; one wait of 1800 s.
    CHECK(b->waiting == 1);
    CHECK(b->longestWaitMs == 900 * 1000);
    CHECK(b->today.issued == 2);
    CHECK(b->today.avgWaitSeconds() == Approx(1800));
}

TEST_CASE("window figures of the scripted day")
{
    const ow::DashboardFigures f = scriptedState().figures(Now);
    REQUIRE(f.windows.size() == 4);
    CHECK(f.windows.at(0).id == u"W01"_s); // the hall's order

    const ow::WindowRow *w1 = f.window(u"W01"_s);
    REQUIRE(w1);
    CHECK(w1->status == ow::WindowStatus::Idle);
    CHECK(w1->comprehensive);
    // W01 served A001 (1200 s) and B001 (1800 s): average 1500 s; ratings 5 and 4: both satisfied, 4.5.
    CHECK(w1->queue.served == 2);
    CHECK(w1->queue.avgServiceSeconds() == Approx(1500));
    CHECK(w1->reform.satisfied == ow::Share{2, 2});
    CHECK(w1->reform.averageRating() == Approx(4.5));

    const ow::WindowRow *w2 = f.window(u"W02"_s);
    REQUIRE(w2);
    CHECK(w2->status == ow::WindowStatus::Serving);
    CHECK(w2->currentTicketCode == u"A004"_s);
    CHECK(w2->currentSince == local(10, 40));
    // W02 served A002 only (900 s), rated 3: not satisfied.
    CHECK(w2->queue.served == 1);
    CHECK(w2->queue.avgServiceSeconds() == Approx(900));
    CHECK(w2->reform.satisfied == ow::Share{0, 1});
    CHECK(w2->reform.averageRating() == Approx(3));

    CHECK(f.window(u"W03"_s)->status == ow::WindowStatus::Offline); // disconnected wins
    CHECK(f.window(u"W04"_s)->status == ow::WindowStatus::Paused);
    CHECK(f.window(u"W04"_s)->pauseReason == u"午休"_s);
}

TEST_CASE("case counts, deadlines and sync backlog of the scripted day")
{
    const ow::DashboardFigures f = scriptedState().figures(Now);
    // Today's decisions: C1..C5 = 5; accepted C1, C3; 容缺 C2 (owes 1); notice C4; not accepted C5.
    CHECK(f.cases.decisions == 5);
    CHECK(f.cases.accepted == 2);
    CHECK(f.cases.acceptedDeficiency == 1);
    CHECK(f.cases.supplementsOutstanding == 1);
    CHECK(f.cases.oneTimeNotice == 1);
    CHECK(f.cases.notAccepted == 1);
    // Over every case held, today Friday 11-27, due soon = at most 2 working days left:
    //   E2 promised Mon 11-30 (1 working day), E5 and C1 promised Tue 12-01 (2) → 3;
    //   E3 Wed 12-02 is 3 working days away, C2 12-04 further: not due soon.
    // Overdue: E1 promised 11-26 → 1. Supplement overdue: E4 due 11-25, still owes 1 → 1
    //   (C2's supplement is due 11-30: not yet).
    // Not synced: C2, C4, E1 → 3.
    CHECK(f.cases.dueSoon == 3);
    CHECK(f.cases.overdue == 1);
    CHECK(f.cases.supplementsOverdue == 1);
    CHECK(f.cases.syncBacklog == 3);

    // Per window: W01 holds C1, C3, C4 today and E2, E3, E5 earlier → due soon E2, E5, C1; backlog C4.
    const ow::WindowRow *w1 = f.window(u"W01"_s);
    CHECK(w1->cases.decisions == 3);
    CHECK(w1->cases.dueSoon == 3);
    CHECK(w1->cases.syncBacklog == 1);
    // W02: C2 today; E1 overdue, E4 supplement overdue; backlog C2 and E1.
    const ow::WindowRow *w2 = f.window(u"W02"_s);
    CHECK(w2->cases.decisions == 1);
    CHECK(w2->cases.overdue == 1);
    CHECK(w2->cases.supplementsOverdue == 1);
    CHECK(w2->cases.syncBacklog == 2);

    // The watch list: overdue kinds first, oldest first (E4 11-25, E1 11-26); then due soon, soonest
    // first (E2 11-30; C1 and E5 12-01, by case id). Working days from Friday 11-27: 11-25 → −2
    // (Thu 26, Fri 27), 11-26 → −1, 11-30 → 1, 12-01 → 2.
    REQUIRE(f.deadlines.size() == 5);
    CHECK(f.deadlines.at(0).caseId == u"E4"_s);
    CHECK(f.deadlines.at(0).kind == ow::CaseDeadline::Kind::SupplementOverdue);
    CHECK(f.deadlines.at(0).workingDays == -2);
    CHECK(f.deadlines.at(1).caseId == u"E1"_s);
    CHECK(f.deadlines.at(1).kind == ow::CaseDeadline::Kind::Overdue);
    CHECK(f.deadlines.at(1).workingDays == -1);
    CHECK(f.deadlines.at(2).caseId == u"E2"_s);
    CHECK(f.deadlines.at(2).workingDays == 1);
    CHECK(f.deadlines.at(3).caseId == u"C1"_s);
    CHECK(f.deadlines.at(4).caseId == u"E5"_s);
    CHECK(f.deadlines.at(4).workingDays == 2);
    CHECK(f.deadlines.at(4).matter == u"个体工商户设立登记"_s);
}

TEST_CASE("a case the platform finished is neither overdue nor due soon, and an open one still counts")
{
    using S = ow::CaseSummary;
    ow::DashboardState state = scriptedState();
    // F1: promised Tue 11-24, completed (办结) — the window heard it on 11-26.
    S f1 = makeCase(u"F1"_s, u"W02"_s, {}, S::Accepted, u"M01"_s, QDate(2026, 11, 16));
    f1.promisedDate = QDate(2026, 11, 24), f1.synced = true, f1.status = u"completed"_s;
    f1.updatedAt = local(10, 0, 0, QDate(2026, 11, 26));
    // F2: promised Wed 11-25, only in progress at a department: open, so overdue.
    S f2 = makeCase(u"F2"_s, u"W02"_s, {}, S::Accepted, u"M02"_s, QDate(2026, 11, 17));
    f2.promisedDate = QDate(2026, 11, 25), f2.synced = true, f2.status = u"in_progress"_s;
    // F3: promised Mon 11-30 (1 working day: would be due soon), the result is ready: finished.
    S f3 = makeCase(u"F3"_s, u"W01"_s, {}, S::Accepted, u"M03"_s, QDate(2026, 11, 23));
    f3.promisedDate = QDate(2026, 11, 30), f3.synced = true, f3.status = u"ready_for_pickup"_s;
    f3.updatedAt = local(9, 0);
    for (const S &s : {f1, f2, f3})
        REQUIRE(state.addSummary(s));

    // The scripted day had overdue E1 (11-26) → 1; F1 finished → not counted; F2 open → +1 = 2 (both W02).
    // Due soon stays E2, C1, E5 = 3: F3 would make 4 but is finished.
    ow::DashboardFigures f = state.figures(Now);
    CHECK(f.cases.overdue == 2);
    CHECK(f.cases.dueSoon == 3);
    CHECK(f.window(u"W02"_s)->cases.overdue == 2);
    CHECK(f.window(u"W01"_s)->cases.dueSoon == 3);
    // Watch list: E4 supplement 11-25 and F2 overdue 11-25 (by case id), E1 11-26; then E2, C1, E5.
    QStringList listed;
    for (const ow::CaseDeadline &d : f.deadlines)
        listed << d.caseId;
    CHECK(listed == QStringList{u"E4"_s, u"F2"_s, u"E1"_s, u"E2"_s, u"C1"_s, u"E5"_s});

    // E1 is reported again: the platform completed it at 10:30 today (a newer version). Overdue: F2 only.
    S e1 = scriptedCases().at(5);
    REQUIRE(e1.caseId == u"E1"_s);
    e1.status = u"completed"_s;
    e1.updatedAt = local(10, 30);
    REQUIRE(state.addSummary(e1));
    f = state.figures(Now);
    CHECK(f.cases.overdue == 1);
    CHECK(f.window(u"W02"_s)->cases.overdue == 1);
    // Supplements overdue is about the applicant's materials, not the result: E4 still counts.
    CHECK(f.cases.supplementsOverdue == 1);

    // A report as of an earlier day: F1 was finished only on 11-26, so as of 11-25 it was overdue
    // (promised 11-24); as of 11-26 it is not. F2 (promised 11-25) is overdue from 11-26 on.
    const QList<S> earlier{f1, f2};
    const ow::PeriodFigures upTo25 =
        ow::computePeriod(scriptedSnapshot(), {}, earlier, QDate(2026, 11, 16), QDate(2026, 11, 25), scriptedOptions());
    CHECK(upTo25.cases.overdue == 1);
    CHECK(upTo25.cases.dueSoon == 1); // F2, due that very day
    const ow::PeriodFigures upTo26 =
        ow::computePeriod(scriptedSnapshot(), {}, earlier, QDate(2026, 11, 16), QDate(2026, 11, 26), scriptedOptions());
    CHECK(upTo26.cases.overdue == 1); // F2 now, not F1
    CHECK(upTo26.cases.dueSoon == 0);
}

TEST_CASE("the hall's time zone from the snapshot counts the days unless the options set one")
{
    // Now is 11-27 11:00 at UTC+08:00, i.e. 11-26 22:00 at UTC−05:00.
    ow::HallSnapshot snapshot = scriptedSnapshot();
    snapshot.timeZone = QTimeZone(-5 * 3600);
    ow::DashboardOptions unset = scriptedOptions();
    unset.timeZone = QTimeZone();
    ow::DashboardState state(unset);
    state.reset(snapshot, scriptedTickets(), scriptedCases());
    CHECK(state.timeZone() == QTimeZone(-5 * 3600));
    CHECK(state.figures(Now).day == QDate(2026, 11, 26));
    // The hall does not say (an older hall): this PC's zone.
    state.reset(scriptedSnapshot(), {}, {});
    CHECK(state.timeZone() == QTimeZone::systemTimeZone());
    // Set explicitly, the option wins over the snapshot.
    ow::DashboardState explicitZone(scriptedOptions());
    explicitZone.reset(snapshot, scriptedTickets(), scriptedCases());
    CHECK(explicitZone.timeZone() == hallZone());
    CHECK(explicitZone.figures(Now).day == ScriptedDay);
}

TEST_CASE("reform figures of the scripted day, hall-wide, per window and per matter")
{
    const ow::DashboardFigures f = scriptedState().figures(Now);
    // Comprehensive: C1, C3, C4 at W01 and C5 at W03 (both comprehensive) of 5 cases → 4/5 = 80%.
    CHECK(f.reform.comprehensive == ow::Share{4, 5});
    CHECK(f.reform.comprehensive.percentText() == u"80.0%"_s);
    // Materials, over the cases that take something in (C1, C2, C3): listed 8 + 6 + 4 = 18,
    // collected 5 + 3 + 0 = 8 → reduction (18 − 8) / 18 = 55.6%.
    CHECK(f.reform.materialsListed == 18);
    CHECK(f.reform.materialsCollected == 8);
    CHECK(f.reform.materialsReduction == ow::Share{10, 18});
    CHECK(f.reform.materialsReduction.percentText() == u"55.6%"_s);
    // At most one trip: all but C2 (2 trips) → 4/5.
    CHECK(f.reform.atMostOneTrip == ow::Share{4, 5});
    // Instant: C3 of the three taken in → 1/3.
    CHECK(f.reform.instant == ow::Share{1, 3});
    // Satisfaction from the day's rated tickets: 5, 3, 4 → 2 of 3 are 4–5; average 4.0.
    CHECK(f.reform.satisfied == ow::Share{2, 3});
    CHECK(f.reform.averageRating() == Approx(4.0));

    // W01: C1, C3, C4, all comprehensive; materials C1 + C3: (12 − 5) / 12; instant 1/2.
    const ow::WindowRow *w1 = f.window(u"W01"_s);
    CHECK(w1->reform.comprehensive == ow::Share{3, 3});
    CHECK(w1->reform.materialsReduction == ow::Share{7, 12});
    CHECK(w1->reform.instant == ow::Share{1, 2});
    // W02: C2 only, not comprehensive, two trips.
    const ow::WindowRow *w2 = f.window(u"W02"_s);
    CHECK(w2->reform.comprehensive == ow::Share{0, 1});
    CHECK(w2->reform.atMostOneTrip == ow::Share{0, 1});
    // W04 decided nothing: every share is 0/0 and shows "—".
    const ow::WindowRow *w4 = f.window(u"W04"_s);
    CHECK_FALSE(w4->reform.comprehensive.isDefined());
    CHECK(w4->reform.comprehensive.percentText() == u"—"_s);

    // Per matter (today): M01 = C1, C3; M02 = C2, C5; M03 = C4.
    REQUIRE(f.matters.size() == 3);
    const ow::MatterRow &m1 = f.matters.value(u"M01"_s);
    CHECK(m1.name == u"个体工商户设立登记"_s);
    CHECK(m1.cases.decisions == 2);
    CHECK(m1.reform.materialsReduction == ow::Share{7, 12});
    // Ratings inherited: C1 from A001 (5, by summary.ticketId), C3 from B001 (4, by B001's caseIds).
    CHECK(m1.reform.satisfied == ow::Share{2, 2});
    CHECK(m1.reform.averageRating() == Approx(4.5));
    // M02: C2 from A002 (3); C5 has no ticket → 0 of 1 rating; comprehensive: C5 at W03 → 1/2.
    const ow::MatterRow &m2 = f.matters.value(u"M02"_s);
    CHECK(m2.reform.satisfied == ow::Share{0, 1});
    CHECK(m2.reform.comprehensive == ow::Share{1, 2});
    // M03: C4 from B001 (4); a notice takes nothing in: materials 0/0.
    const ow::MatterRow &m3 = f.matters.value(u"M03"_s);
    CHECK(m3.reform.satisfied == ow::Share{1, 1});
    CHECK_FALSE(m3.reform.materialsReduction.isDefined());
}

TEST_CASE("chart data of the scripted day: tickets per hour and the wait distribution")
{
    const ow::DashboardFigures f = scriptedState().figures(Now);
    REQUIRE(f.hours.size() == 24);
    // Issued at 09:00, 09:05, 09:20, 09:40 → 4 in the 9 o'clock hour; 10:05, 10:30, 10:45, 10:50 → 4 at 10.
    // Completed 09:30, 09:40 → 2 at 9; 10:20 → 1 at 10.
    CHECK(f.hours.at(9).issued == 4);
    CHECK(f.hours.at(10).issued == 4);
    CHECK(f.hours.at(8).issued == 0);
    CHECK(f.hours.at(9).served == 2);
    CHECK(f.hours.at(10).served == 1);
    // Buckets [0,5) [5,10) [10,15) [15,20) [20,30) [30,45) [45,60) [60,∞) minutes. Waits 10, 20, 30, 10,
    // 10 minutes: an edge belongs to the bucket it starts → [10,15) 3, [20,30) 1, [30,45) 1.
    REQUIRE(f.waits.size() == 8);
    CHECK(f.waits.at(2).fromSeconds == 600);
    CHECK(f.waits.at(2).count == 3);
    CHECK(f.waits.at(4).count == 1);
    CHECK(f.waits.at(5).count == 1);
    CHECK(f.waits.at(7).toSeconds == -1);
    int total = 0;
    for (const ow::WaitBucket &b : f.waits)
        total += b.count;
    CHECK(total == f.queue.called);
}

TEST_CASE("a period report counts whole days, per day, and ignores what lies outside")
{
    // 11-26 .. 11-27: today's five cases and E5 (decided 11-26); tickets of 11-27 only.
    const ow::PeriodFigures p = ow::computePeriod(scriptedSnapshot(), scriptedTickets(), scriptedCases(), QDate(2026, 11, 26),
                                                  ScriptedDay, scriptedOptions());
    CHECK(p.hallName == u"一窗通示范大厅"_s);
    CHECK(p.cases.decisions == 6);
    CHECK(p.cases.accepted == 3);
    REQUIRE(p.days.size() == 2);
    CHECK(p.days.at(0).day == QDate(2026, 11, 26));
    CHECK(p.days.at(0).cases.decisions == 1);
    CHECK(p.days.at(0).queue.issued == 0);
    CHECK(p.days.at(1).cases.decisions == 5);
    CHECK(p.days.at(1).queue.issued == 8);
    CHECK(p.queue.issued == 8);
    // As of the period's last day, only the period's cases: due soon E5 and C1 (Tue 12-01); E1/E4 are
    // outside the period. Not synced: C2, C4.
    CHECK(p.cases.dueSoon == 2);
    CHECK(p.cases.overdue == 0);
    CHECK(p.cases.syncBacklog == 2);
    // Comprehensive: the five of today (4 comprehensive) and E5 at W01 → 5/6.
    CHECK(p.reform.comprehensive == ow::Share{5, 6});
    CHECK(p.matters.value(u"M01"_s).cases.decisions == 3);

    // A day before anything happened.
    const ow::PeriodFigures empty = ow::computePeriod(scriptedSnapshot(), scriptedTickets(), scriptedCases(), QDate(2026, 11, 1),
                                                      QDate(2026, 11, 1), scriptedOptions());
    CHECK(empty.cases.decisions == 0);
    CHECK(empty.queue.issued == 0);
    CHECK(empty.reform.satisfied.percentText() == u"—"_s);
    CHECK(empty.windows.size() == 4); // the configured windows are still listed
}
