// Alerts fire when a value reaches its limit, and not one second before.
#include "tests/unit/dashboard/scriptedday.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace owtest;
using Kind = ow::DashboardAlert::Kind;

namespace {

QList<ow::DashboardAlert> alertsOf(const ow::DashboardFigures &f, Kind kind)
{
    QList<ow::DashboardAlert> list;
    for (const ow::DashboardAlert &a : f.alerts) {
        if (a.kind == kind)
            list.append(a);
    }
    return list;
}

// Both timed alerts are set to fall due at 11:00:00 on the scripted day: none a second before, then
// exactly one, which is returned.
ow::DashboardAlert alertDueAtEleven(ow::DashboardState &state, Kind kind)
{
    CHECK(alertsOf(state.figures(local(10, 59, 59)), kind).isEmpty());
    const QList<ow::DashboardAlert> at = alertsOf(state.figures(local(11, 0)), kind);
    REQUIRE(at.size() == 1);
    return at.first();
}

// What an alert is about (a service or window), for which ticket, and the figure it stands at.
void checkAlert(const ow::DashboardAlert &alert, const QString &target, const QString &ticketCode, qint64 value)
{
    CHECK(alert.target == target);
    CHECK(alert.ticketCode == ticketCode);
    CHECK(alert.value == value);
}

} // namespace

TEST_CASE("a long wait alerts at the limit, not one second before")
{
    // B003 waits on A since 10:00 (its transfer); the limit is 3600 s → the alert is due at 11:00:00.
    ow::DashboardState state = scriptedState();
    const ow::DashboardAlert at = alertDueAtEleven(state, Kind::LongWait);
    checkAlert(at, u"A"_s, u"B003"_s, 3600);
    CHECK(at.limit == 3600);
    CHECK(at.over == 1);
    // By 11:50 A005 (since 10:50) has waited an hour too; B002 (since 10:45) on B as well.
    const ow::DashboardFigures later = state.figures(local(11, 50));
    const QList<ow::DashboardAlert> waits = alertsOf(later, Kind::LongWait);
    REQUIRE(waits.size() == 2);
    CHECK(waits.at(0).over == 2);
    CHECK(waits.at(0).value == 6600); // B003 still the longest: 1 h 50 min
    CHECK(waits.at(1).target == u"B"_s);
}

TEST_CASE("a long service alerts at the limit, not one second before")
{
    // A004 at W02 since 10:40; the limit is 1200 s → due at 11:00:00.
    ow::DashboardState state = scriptedState();
    const ow::DashboardAlert at = alertDueAtEleven(state, Kind::LongService);
    checkAlert(at, u"W02"_s, u"A004"_s, 1200);
}

TEST_CASE("queue length and sync backlog alerts at their limits, and a limit of 0 is off")
{
    ow::DashboardOptions options = scriptedOptions();
    options.limits.queueLength = 2; // A has 2 waiting, B 1
    options.limits.syncBacklog = 2; // W02 has 2 unsynced, W01 1
    ow::DashboardState state(options);
    state.reset(scriptedSnapshot(), scriptedTickets(), scriptedCases());
    const ow::DashboardFigures f = state.figures(local(10, 0));
    const QList<ow::DashboardAlert> queues = alertsOf(f, Kind::LongQueue);
    REQUIRE(queues.size() == 1);
    CHECK(queues.first().target == u"A"_s);
    CHECK(queues.first().value == 2);
    const QList<ow::DashboardAlert> backlog = alertsOf(f, Kind::SyncBacklog);
    REQUIRE(backlog.size() == 1);
    CHECK(backlog.first().target == u"W02"_s);

    options.limits = {0, 0, 0, 0};
    state.setOptions(options);
    CHECK(state.figures(local(23, 0)).alerts.isEmpty());
}
