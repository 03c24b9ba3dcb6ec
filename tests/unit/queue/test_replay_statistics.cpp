// Events are the record: replaying them rebuilds the state exactly, statistics come from them, and they
// survive a JSON round trip (the database and the wire).
#include "core/queue/queuestatistics.h"
#include "tests/unit/queue/queuefixture.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// A busy morning with every kind of operation, across midnight.
void busyDay(owtest::Hall &h)
{
    h.keep(h.engine.startDayIfNeeded(u"hall"_s));
    const QDateTime slot = owtest::morning().addSecs(600);
    h.keep(h.engine.registerBooking({u"YY1"_s, u"B"_s, slot, slot.addSecs(1800), {}, {}}, u"sup"_s));
    for (int i = 0; i < 8; ++i) {
        h.issue(i % 2 ? u"A"_s : u"B"_s, i % 3 == 0 ? u"elderly"_s : QString());
        h.clock.advanceSeconds(20);
    }
    h.keep(h.engine.issue({{}, {}, u"YY1"_s}, u"k"_s));
    h.next(u"W1"_s);
    h.next(u"W2"_s);
    h.clock.advanceSeconds(40);
    h.keep(h.engine.recall(u"W1"_s, u"w"_s));
    h.keep(h.engine.noShow(u"W1"_s, u"w"_s));
    h.keep(h.engine.transfer(u"W2"_s, {u"A"_s, {}, true}, u"w"_s));
    h.keep(h.engine.pause(u"W3"_s, u"break"_s, u"w"_s));
    h.next(u"W1"_s);
    h.clock.advanceSeconds(200);
    h.keep(h.engine.linkCases(h.current(u"W1"_s), {u"CASE-1"_s}, u"w"_s));
    const QString served = h.current(u"W1"_s);
    h.done(u"W1"_s, u"accepted"_s);
    h.keep(h.engine.rate(served, 5, u"好"_s, u"k"_s));
    h.keep(h.engine.resume(u"W3"_s, u"w"_s));
    h.clock.set(slot);
    h.next(u"W2"_s);
    h.next(u"W3"_s);
}

} // namespace

TEST_CASE("replaying an engine's events on a fresh engine rebuilds the same state")
{
    owtest::Hall h;
    busyDay(h);
    h.clock.advanceSeconds(24 * 3600); // and over midnight
    h.issue(u"A"_s);
    h.next(u"W1"_s);

    ow::ManualClock otherClock(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)); // replay needs no clock
    ow::QueueEngine replayed(owtest::smallHall(), otherClock);
    for (const ow::QueueEvent &e : std::as_const(h.log))
        REQUIRE(replayed.apply(e));
    CHECK(QJsonDocument(replayed.state().toJson()).toJson() == QJsonDocument(h.engine.state().toJson()).toJson());
}

TEST_CASE("replay refuses an event out of sequence")
{
    owtest::Hall h;
    busyDay(h);
    ow::ManualClock otherClock(owtest::morning());
    ow::QueueEngine replayed(owtest::smallHall(), otherClock);
    REQUIRE(replayed.apply(h.log.at(0)));
    CHECK_FALSE(replayed.apply(h.log.at(2))); // a gap
    CHECK_FALSE(replayed.apply(h.log.at(0))); // a repeat
    CHECK(replayed.state().lastSeq == 1);
}

TEST_CASE("the records an operation reports as changed are the records as they are now")
{
    owtest::Hall h;
    busyDay(h);
    // Folding every result's changed records over each other must end at the engine's state.
    owtest::Hall again;
    QHash<QString, ow::Ticket> tickets;
    QHash<QString, ow::WindowState> windows;
    const auto fold = [&](const ow::QueueResult &r) {
        for (auto it = r.tickets.cbegin(); it != r.tickets.cend(); ++it)
            tickets.insert(it.key(), it.value());
        for (auto it = r.windows.cbegin(); it != r.windows.cend(); ++it)
            windows.insert(it.key(), it.value());
    };
    fold(again.engine.startDayIfNeeded(u"hall"_s));
    for (int i = 0; i < 5; ++i)
        fold(again.engine.issue({u"A"_s, {}, {}}, u"k"_s));
    fold(again.engine.callNext(u"W1"_s, u"w"_s));
    fold(again.engine.callNext(u"W3"_s, u"w"_s));
    again.clock.advanceSeconds(60);
    fold(again.engine.noShow(u"W1"_s, u"w"_s));
    fold(again.engine.callNext(u"W1"_s, u"w"_s, u"accepted"_s));
    fold(again.engine.transfer(u"W3"_s, {u"B"_s, u"W2"_s, false}, u"w"_s));
    for (auto it = tickets.cbegin(); it != tickets.cend(); ++it)
        CHECK(it->toJson() == again.engine.state().tickets.value(it.key()).toJson());
    for (auto it = windows.cbegin(); it != windows.cend(); ++it)
        CHECK(it->toJson() == again.engine.state().windows.value(it.key()).toJson());
    CHECK(tickets.size() == 5);
}

TEST_CASE("events survive a JSON round trip")
{
    owtest::Hall h;
    busyDay(h);
    for (const ow::QueueEvent &e : std::as_const(h.log)) {
        const QByteArray text = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
        const auto back = ow::QueueEvent::fromJson(QJsonDocument::fromJson(text).object());
        REQUIRE(back);
        CHECK(back->toJson() == e.toJson());
    }
    CHECK_FALSE(ow::QueueEvent::fromJson(QJsonObject{{u"type"_s, u"ticket_eaten"_s}, {u"seq"_s, 1}}));
}

TEST_CASE("statistics are folded from events: waits, service times, no-shows, transfers, ratings")
{
    owtest::Hall h;
    h.issue(u"A"_s); // 09:00:00
    h.clock.advanceSeconds(60);
    h.issue(u"A"_s); // 09:01:00
    h.clock.advanceSeconds(60);
    h.next(u"W1"_s); // A001 waited 120 s
    h.next(u"W3"_s); // A002 waited 60 s
    h.clock.advanceSeconds(300);
    h.done(u"W1"_s); // A001 served 300 s at W1
    h.keep(h.engine.rate(u"A001"_s, 4, {}, u"k"_s));
    h.keep(h.engine.noShow(u"W3"_s, u"w"_s)); // A002 re-queued
    h.clock.advanceSeconds(10);
    h.next(u"W3"_s); // A002 again: its wait is not counted twice
    h.keep(h.engine.transfer(u"W3"_s, {u"B"_s, {}, false}, u"w"_s));
    h.clock.advanceSeconds(90);
    h.next(u"W2"_s); // A002 in B waited 90 s (a new visit)
    h.clock.advanceSeconds(100);
    h.done(u"W2"_s);

    ow::QueueStatistics stats;
    for (const ow::QueueEvent &e : std::as_const(h.log))
        stats.add(e);
    CHECK(stats.day() == QDate(2026, 11, 28));
    const ow::QueueFigures a = stats.service(u"A"_s);
    CHECK(a.issued == 2);
    CHECK(a.called == 3);
    CHECK(a.served == 1);
    CHECK(a.noShows == 1);
    CHECK(a.dropped == 0);
    CHECK(a.transferredOut == 1);
    CHECK(a.avgWaitSeconds() == Approx(90.0)); // (120 + 60) / 2
    CHECK(a.maxWaitSeconds() == Approx(120.0));
    CHECK(a.avgServiceSeconds() == Approx(300.0));
    CHECK(a.avgRating() == Approx(4.0));
    const ow::QueueFigures b = stats.service(u"B"_s);
    CHECK(b.transferredIn == 1);
    CHECK(b.called == 1);
    CHECK(b.served == 1);
    CHECK(b.avgWaitSeconds() == Approx(90.0));
    CHECK(b.avgServiceSeconds() == Approx(100.0));
    CHECK(stats.window(u"W3"_s).called == 2);
    CHECK(stats.window(u"W3"_s).noShows == 1);
    CHECK(stats.window(u"W1"_s).served == 1);
    CHECK(stats.window(u"W1"_s).ratings == 1);
    CHECK(stats.totals().issued == 2);
    CHECK(stats.totals().served == 2);
    CHECK(stats.totals().avgWaitSeconds() == Approx(90.0)); // 120, 60, 90

    const QJsonObject json = stats.toJson();
    CHECK(json.value(u"day"_s).toString() == u"2026-11-28"_s);
    CHECK(json.value(u"services"_s).toArray().size() == 2);
}

TEST_CASE("statistics start afresh on a new day and ignore other days' events")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    ow::QueueStatistics stats;
    for (const ow::QueueEvent &e : std::as_const(h.log))
        stats.add(e);
    h.clock.advanceSeconds(24 * 3600);
    const qsizetype firstDay = h.log.size();
    h.issue(u"A"_s);
    h.issue(u"A"_s);
    for (qsizetype i = firstDay; i < h.log.size(); ++i)
        stats.add(h.log.at(i));
    CHECK(stats.day() == QDate(2026, 11, 29));
    CHECK(stats.totals().issued == 2);
    stats.add(h.log.at(1)); // yesterday's ticket_issued
    CHECK(stats.totals().issued == 2);
}
