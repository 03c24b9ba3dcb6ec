// Numbering per service per day, never reused; day roll-over; the daily limit.
#include "tests/unit/queue/queuefixture.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using ow::QueueEventType;
using ow::TicketState;

TEST_CASE("tickets are numbered per service per day from 1, with the service prefix")
{
    owtest::Hall h;
    CHECK(h.issue(u"A"_s) == u"A001"_s);
    CHECK(h.issue(u"A"_s) == u"A002"_s);
    CHECK(h.issue(u"B"_s) == u"B001"_s);
    CHECK(h.issue(u"A"_s, u"elderly"_s) == u"A003"_s); // priority tickets share the service's numbers
    const ow::Ticket &t = h.ticket(u"A003"_s);
    CHECK(t.id == u"20261128-A003"_s);
    CHECK(t.day == QDate(2026, 11, 28));
    CHECK(t.priority == u"elderly"_s);
    CHECK(t.issuedAt == owtest::morning());
    CHECK(h.engine.state().counters.value(u"A"_s).lastNumber == 3);
}

TEST_CASE("a number is never reused that day, whatever happens to its ticket")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    REQUIRE(h.next(u"W1"_s) == u"A001"_s);
    REQUIRE(h.done(u"W1"_s).ok());
    CHECK(h.issue(u"A"_s) == u"A002"_s); // A001 is finished, but its number stays used
    REQUIRE(h.next(u"W1"_s) == u"A002"_s);
    h.clock.advanceSeconds(60);
    REQUIRE(h.keep(h.engine.noShow(u"W1"_s, u"t"_s)).ok());
    CHECK(h.issue(u"A"_s) == u"A003"_s);
}

TEST_CASE("numbers beyond 999 grow a digit instead of wrapping")
{
    owtest::Hall h;
    for (int i = 0; i < 999; ++i)
        h.issue(u"E"_s);
    CHECK(h.issue(u"E"_s) == u"E1000"_s);
}

TEST_CASE("a new day numbers from 1 again and closes yesterday's open tickets as expired")
{
    owtest::Hall h;
    h.issue(u"A"_s); // will be waiting at midnight
    h.issue(u"A"_s); // will be at a window at midnight
    h.issue(u"B"_s); // will be completed
    REQUIRE(h.next(u"W1"_s) == u"A001"_s);
    REQUIRE(h.next(u"W2"_s) == u"B001"_s);
    REQUIRE(h.done(u"W2"_s).ok());
    const qint64 seqBefore = h.engine.state().lastSeq;

    h.clock.set(QDateTime(QDate(2026, 11, 28), QTime(16, 0, 1), Qt::UTC)); // 00:00:01 on the 29th, UTC+8
    const ow::QueueResult r = h.keep(h.engine.issue({u"A"_s, {}, {}}, u"kiosk:test"_s));
    REQUIRE(r.ok());
    REQUIRE(r.events.size() == 2);
    const ow::QueueEvent &day = r.events.first();
    CHECK(day.type == QueueEventType::DayStarted);
    CHECK(day.seq == seqBefore + 1); // sequence numbers never restart
    CHECK(day.day == QDate(2026, 11, 29));
    CHECK(day.data.value(u"expired"_s).toArray() == QJsonArray{u"20261128-A001"_s, u"20261128-A002"_s});
    CHECK(r.tickets.value(u"20261128-A001"_s).state == TicketState::Expired);
    CHECK(r.tickets.value(u"20261128-A002"_s).state == TicketState::Expired);
    CHECK_FALSE(r.tickets.contains(u"20261128-B001"_s)); // finished tickets are not touched
    CHECK(h.engine.state().tickets.value(r.ticketId).code == u"A001"_s);
    CHECK(r.ticketId == u"20261129-A001"_s);
    CHECK(h.engine.state().day == QDate(2026, 11, 29));
    CHECK(h.current(u"W1"_s).isEmpty()); // the window is free again
    CHECK(h.engine.state().tickets.size() == 1);
}

TEST_CASE("the day starts by itself on any operation, and only once")
{
    owtest::Hall h;
    const ow::QueueResult first = h.engine.startDayIfNeeded(u"hall"_s);
    REQUIRE(first.events.size() == 1);
    CHECK(first.events.first().data.value(u"previousDay"_s).isNull());
    CHECK(h.engine.startDayIfNeeded(u"hall"_s).events.isEmpty());
    h.clock.advanceSeconds(24 * 3600);
    CHECK(h.engine.startDayIfNeeded(u"hall"_s).events.size() == 1);
}

TEST_CASE("a clock set back over midnight does not restart the numbering")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    h.clock.advanceSeconds(24 * 3600);
    CHECK(h.issue(u"A"_s) == u"A001"_s);
    h.clock.advanceSeconds(-24 * 3600); // an NTP correction, a wrong BIOS clock
    CHECK(h.issue(u"A"_s) == u"A002"_s);
    CHECK(h.engine.state().day == QDate(2026, 11, 29));
}

TEST_CASE("a service with a daily limit stops issuing at the limit")
{
    ow::QueueConfig c = owtest::smallHall();
    c.services[1].dailyLimit = 2;
    owtest::Hall h(c);
    CHECK(h.issue(u"B"_s) == u"B001"_s);
    CHECK(h.issue(u"B"_s) == u"B002"_s);
    const ow::QueueResult r = h.engine.issue({u"B"_s, {}, {}}, u"k"_s);
    CHECK(r.error.kind == ow::QueueError::Kind::Conflict);
    CHECK(r.error.code == u"service_full"_s);
    CHECK(r.events.isEmpty());
    CHECK(h.issue(u"A"_s) == u"A001"_s);
}

TEST_CASE("issuing refuses an unknown service or priority category")
{
    owtest::Hall h;
    h.engine.startDayIfNeeded(u"hall"_s);
    const ow::QueueResult unknown = h.engine.issue({u"Z"_s, {}, {}}, u"k"_s);
    CHECK(unknown.error.code == u"unknown_service"_s);
    CHECK(unknown.error.kind == ow::QueueError::Kind::Invalid);
    CHECK_FALSE(unknown.error.message.isEmpty());
    const ow::QueueResult badPriority = h.engine.issue({u"A"_s, u"vip"_s, {}}, u"k"_s);
    CHECK(badPriority.error.code == u"unknown_priority"_s);
    CHECK(h.engine.state().tickets.isEmpty());
}

TEST_CASE("issuing tells how many of the same service wait ahead (first come, first served)")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    h.issue(u"B"_s);
    h.issue(u"A"_s);
    const ow::QueueResult r = h.engine.issue({u"A"_s, {}, {}}, u"k"_s);
    CHECK(r.waitingAhead == 2);
}
