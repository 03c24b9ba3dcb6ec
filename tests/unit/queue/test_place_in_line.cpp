// The place a ticket is told at the kiosk is the place the policy gives it: the kiosk once told a
// 绿色通道 ticket "3 people ahead of you" and the window called it first.
#include "tests/unit/queue/queuefixture.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// One window serving A only, so "the order it calls" is one list.
ow::QueueConfig oneWindow(const QString &policy)
{
    ow::QueueConfig c = owtest::smallHall(policy, 2);
    c.windows = {{u"W1"_s, u"1号窗口"_s, {{u"A"_s, 1}}}};
    return c;
}

// The place every waiting ticket is told now, by code.
QHash<QString, int> placesNow(const owtest::Hall &h)
{
    QHash<QString, int> places;
    for (const ow::Ticket *t : h.engine.waitingTickets())
        places.insert(t->code, h.engine.placeInLine(*t, h.clock.now()));
    return places;
}

// Calls until nobody waits; the codes in call order.
QStringList callAll(owtest::Hall &h)
{
    QStringList called;
    for (QString code = h.next(u"W1"_s); !code.isEmpty(); code = h.next(u"W1"_s)) {
        called << code;
        h.clock.advanceSeconds(1);
        REQUIRE(h.done(u"W1"_s).ok());
    }
    return called;
}

} // namespace

TEST_CASE("a priority ticket the policy calls next is told nobody is ahead")
{
    owtest::Hall h(oneWindow(u"strict"_s));
    h.issue(u"A"_s);
    h.issue(u"A"_s);
    h.issue(u"A"_s);
    h.clock.advanceSeconds(5);
    const ow::QueueResult r = h.keep(h.engine.issue({u"A"_s, u"elderly"_s, {}}, u"kiosk:test"_s));
    REQUIRE(r.ok());
    CHECK(r.waitingAhead == 0);
    CHECK(h.next(u"W1"_s) == h.engine.state().tickets.value(r.ticketId).code);
}

TEST_CASE("every waiting ticket's place is the order the window then calls it, for each policy")
{
    const QString policy = GENERATE(u"strict"_s, u"weighted"_s, u"appointment_first"_s);
    INFO(policy.toStdString());
    owtest::Hall h(oneWindow(policy));
    // A window that has just called two priority tickets in a row owes a normal one under N:1.
    h.issue(u"A"_s, u"elderly"_s);
    h.issue(u"A"_s, u"disabled"_s);
    h.clock.advanceSeconds(1);
    h.next(u"W1"_s);
    REQUIRE(h.done(u"W1"_s).ok());
    h.next(u"W1"_s);
    REQUIRE(h.done(u"W1"_s).ok());
    for (const QString &priority : {u""_s, u""_s, u"elderly"_s, u""_s, u"elderly"_s, u"disabled"_s, u""_s}) {
        h.issue(u"A"_s, priority);
        h.clock.advanceSeconds(3);
    }

    const QHash<QString, int> told = placesNow(h);
    const QStringList called = callAll(h);
    REQUIRE(called.size() == told.size());
    for (int i = 0; i < called.size(); ++i) {
        INFO(called.at(i).toStdString());
        CHECK(told.value(called.at(i)) == i);
    }
}

TEST_CASE("the place counts the calls of the window that reaches the ticket first")
{
    // W1 serves A and E, W3 serves A and B: the A ticket is reached after the one E ticket at W1, after the
    // two B tickets at W3 — its place is 1, not the 3 tickets issued before it.
    owtest::Hall h(owtest::smallHall(u"strict"_s));
    h.issue(u"B"_s);
    h.issue(u"B"_s);
    h.issue(u"E"_s);
    const ow::QueueResult r = h.keep(h.engine.issue({u"A"_s, {}, {}}, u"kiosk:test"_s));
    REQUIRE(r.ok());
    CHECK(r.waitingAhead == 1);
    const ow::Ticket &called = h.ticket(h.next(u"W1"_s));
    CHECK(called.service == u"E"_s); // the one call before it, as told
    CHECK(h.engine.placeInLine(h.engine.state().tickets.value(r.ticketId), h.clock.now()) == 0);
}

TEST_CASE("a window's call order is the order its call-next then calls, for each policy")
{
    const QString policy = GENERATE(u"strict"_s, u"weighted"_s, u"appointment_first"_s);
    INFO(policy.toStdString());
    owtest::Hall h(oneWindow(policy));
    for (const QString &priority : {u""_s, u"elderly"_s, u""_s, u""_s, u"disabled"_s, u"elderly"_s, u""_s}) {
        h.issue(u"A"_s, priority);
        h.clock.advanceSeconds(3);
    }
    QStringList order;
    for (const ow::Ticket *t : h.engine.callOrder(u"W1"_s, h.clock.now()))
        order << t->code;
    CHECK(h.engine.callOrder(u"W1"_s, h.clock.now(), 2).size() == 2);
    CHECK(h.engine.waitingLater(u"W1"_s, h.clock.now()).isEmpty());
    CHECK(order == callAll(h));
}
