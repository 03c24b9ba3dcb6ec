// The ordering policies, the weights of a window's services, first come first served inside a class.
#include "tests/unit/queue/queuefixture.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QStringList callAll(owtest::Hall &h, const QString &window, int count)
{
    QStringList called;
    for (int i = 0; i < count; ++i) {
        const QString code = h.next(window);
        if (code.isEmpty())
            break;
        called << code;
        h.clock.advanceSeconds(1);
        REQUIRE(h.done(window).ok());
    }
    return called;
}

} // namespace

TEST_CASE("strict priority: every priority ticket goes before every normal one")
{
    owtest::Hall h(owtest::smallHall(u"strict"_s));
    h.issue(u"A"_s);
    h.issue(u"A"_s);
    h.issue(u"A"_s, u"elderly"_s);
    h.issue(u"A"_s, u"disabled"_s);
    h.issue(u"A"_s, u"elderly"_s);
    CHECK(callAll(h, u"W1"_s, 10) == QStringList{u"A003"_s, u"A004"_s, u"A005"_s, u"A001"_s, u"A002"_s});
}

TEST_CASE("weighted alternation: N priority calls, then one normal (N:1)")
{
    SECTION("N = 2")
    {
        owtest::Hall h(owtest::smallHall(u"weighted"_s, 2));
        for (int i = 0; i < 3; ++i)
            h.issue(u"A"_s);
        for (int i = 0; i < 4; ++i)
            h.issue(u"A"_s, u"elderly"_s);
        CHECK(callAll(h, u"W1"_s, 10)
              == QStringList{u"A004"_s, u"A005"_s, u"A001"_s, u"A006"_s, u"A007"_s, u"A002"_s, u"A003"_s});
    }
    SECTION("N = 1 alternates")
    {
        owtest::Hall h(owtest::smallHall(u"weighted"_s, 1));
        h.issue(u"A"_s);
        h.issue(u"A"_s);
        h.issue(u"A"_s, u"elderly"_s);
        h.issue(u"A"_s, u"elderly"_s);
        CHECK(callAll(h, u"W1"_s, 10) == QStringList{u"A003"_s, u"A001"_s, u"A004"_s, u"A002"_s});
    }
    SECTION("with no normal ticket waiting, priority tickets keep coming")
    {
        owtest::Hall h(owtest::smallHall(u"weighted"_s, 1));
        h.issue(u"A"_s, u"elderly"_s);
        h.issue(u"A"_s, u"elderly"_s);
        CHECK(callAll(h, u"W1"_s, 10) == QStringList{u"A001"_s, u"A002"_s});
        CHECK(h.engine.window(u"W1"_s)->priorityStreak == 2);
    }
    SECTION("the streak is counted per window")
    {
        owtest::Hall h(owtest::smallHall(u"weighted"_s, 1));
        h.issue(u"A"_s);
        h.issue(u"A"_s, u"elderly"_s);
        h.issue(u"A"_s, u"elderly"_s);
        CHECK(h.next(u"W1"_s) == u"A002"_s); // W1 streak 1
        CHECK(h.next(u"W3"_s) == u"A003"_s); // W3 has its own streak (0): priority first
        CHECK(h.engine.window(u"W1"_s)->priorityStreak == 1);
        CHECK(h.engine.window(u"W3"_s)->priorityStreak == 1);
    }
}

TEST_CASE("inside a class, the oldest ticket goes first across the window's services when weights are equal")
{
    owtest::Hall h;
    h.issue(u"E"_s);
    h.clock.advanceSeconds(10);
    h.issue(u"A"_s);
    h.clock.advanceSeconds(10);
    h.issue(u"E"_s);
    CHECK(callAll(h, u"W1"_s, 10) == QStringList{u"E001"_s, u"A001"_s, u"E002"_s});
}

TEST_CASE("a window's weight makes a service's waiting time count more")
{
    owtest::Hall h;
    h.issue(u"B"_s); // waits 60 s × weight 1 at W3
    h.clock.advanceSeconds(30);
    h.issue(u"A"_s); // waits 30 s × weight 3 at W3
    h.clock.advanceSeconds(30);
    CHECK(h.next(u"W3"_s) == u"A001"_s);
    h.done(u"W3"_s);
    CHECK(h.next(u"W3"_s) == u"B001"_s);
}

TEST_CASE("a window calls only the services it serves")
{
    owtest::Hall h;
    h.issue(u"B"_s);
    CHECK(h.next(u"W1"_s).isEmpty()); // W1 serves A and E
    CHECK(h.next(u"W2"_s) == u"B001"_s);
}

TEST_CASE("appointment-first: a checked-in booking goes first once its slot starts")
{
    owtest::Hall h(owtest::smallHall(u"appointment_first"_s));
    h.engine.startDayIfNeeded(u"hall"_s);
    const QDateTime slot = owtest::morning().addSecs(30 * 60); // 09:30
    REQUIRE(h.keep(h.engine.registerBooking({u"YY01"_s, u"A"_s, slot, slot.addSecs(1800), {}, {}}, u"sup"_s)).ok());
    h.issue(u"A"_s, u"elderly"_s);
    h.issue(u"A"_s);
    const ow::QueueResult checkIn = h.keep(h.engine.issue({{}, {}, u"yy01"_s}, u"kiosk"_s));
    REQUIRE(checkIn.ok());
    CHECK(h.engine.state().tickets.value(checkIn.ticketId).code == u"A003"_s);
    h.issue(u"A"_s, u"elderly"_s);

    CHECK(h.next(u"W1"_s) == u"A001"_s); // 09:00: the slot has not started, priority first
    h.done(u"W1"_s);
    h.clock.set(slot);
    CHECK(h.next(u"W1"_s) == u"A003"_s); // 09:30: the appointment jumps the priority ticket A004
    h.done(u"W1"_s);
    CHECK(h.next(u"W1"_s) == u"A004"_s);
    h.done(u"W1"_s);
    CHECK(h.next(u"W1"_s) == u"A002"_s);
}

TEST_CASE("strict priority serves due appointments after priority tickets and before normal ones")
{
    owtest::Hall h(owtest::smallHall(u"strict"_s));
    h.engine.startDayIfNeeded(u"hall"_s);
    REQUIRE(h.keep(h.engine.registerBooking({u"YY02"_s, u"A"_s, owtest::morning(), owtest::morning().addSecs(1800), {}, {}},
                                            u"sup"_s))
                .ok());
    h.issue(u"A"_s);
    REQUIRE(h.keep(h.engine.issue({{}, {}, u"YY02"_s}, u"kiosk"_s)).ok());
    h.issue(u"A"_s, u"disabled"_s);
    CHECK(callAll(h, u"W1"_s, 5) == QStringList{u"A003"_s, u"A002"_s, u"A001"_s});
}

TEST_CASE("every policy is deterministic: the same operations give the same events")
{
    for (const QString &policy : {u"strict"_s, u"weighted"_s, u"appointment_first"_s}) {
        QList<QJsonObject> runs[2];
        for (auto &events : runs) {
            owtest::Hall h(owtest::smallHall(policy));
            for (int i = 0; i < 12; ++i) {
                h.issue(i % 3 == 0 ? u"B"_s : u"A"_s, i % 4 == 0 ? u"elderly"_s : QString());
                h.clock.advanceSeconds(7);
            }
            for (int i = 0; i < 12; ++i) {
                for (const QString &w : {u"W1"_s, u"W2"_s, u"W3"_s}) {
                    h.next(w);
                    h.clock.advanceSeconds(3);
                    h.done(w);
                }
            }
            for (const ow::QueueEvent &e : h.log)
                events.append(e.toJson());
        }
        INFO(policy.toStdString());
        CHECK(runs[0] == runs[1]);
        CHECK(runs[0].size() > 30);
    }
}
