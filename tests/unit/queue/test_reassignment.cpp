// A supervisor's reassignment of a window's services (window_services_changed) and the events that only
// take their place in the log (case_reported, window_connected/disconnected): what the queue calls next,
// a restart from the stored state, and replay.
#include "tests/unit/queue/queuefixture.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("after a reassignment the window calls from its new services")
{
    owtest::Hall h;
    const QString a = h.issue(u"A"_s);
    CHECK(h.next(u"W2"_s).isEmpty()); // W2 serves B only

    const ow::QueueResult r = h.keep(h.engine.setWindowServices(u"W2"_s, {{u"A"_s, 2}}, u"supervisor:office"_s));
    REQUIRE(r.ok());
    REQUIRE(r.events.size() == 1);
    const ow::QueueEvent &e = r.events.first();
    CHECK(e.type == ow::QueueEventType::WindowServicesChanged);
    CHECK(e.windowId == u"W2"_s);
    CHECK(e.data.value(u"services"_s).toArray() == QJsonArray{QJsonObject{{u"service"_s, u"A"_s}, {u"weight"_s, 2}}});
    CHECK(e.data.value(u"previous"_s).toArray() == QJsonArray{QJsonObject{{u"service"_s, u"B"_s}, {u"weight"_s, 1}}});
    CHECK(h.engine.config().window(u"W2"_s)->weightOf(u"A"_s) == 2);
    CHECK(h.engine.config().window(u"W2"_s)->weightOf(u"B"_s) == 0);
    CHECK(h.next(u"W2"_s) == a);
    h.done(u"W2"_s);
    h.issue(u"B"_s);
    CHECK(h.next(u"W2"_s).isEmpty()); // and no longer B
}

TEST_CASE("a reassignment is refused for an unknown window or service, a bad weight or no service at all")
{
    owtest::Hall h;
    const qint64 seq = h.engine.state().lastSeq;
    CHECK(h.engine.setWindowServices(u"W9"_s, {{u"A"_s, 1}}, u"s"_s).error.kind == ow::QueueError::Kind::NotFound);
    CHECK(h.engine.setWindowServices(u"W2"_s, {{u"Z"_s, 1}}, u"s"_s).error.code == u"unknown_service"_s);
    CHECK(h.engine.setWindowServices(u"W2"_s, {{u"A"_s, 0}}, u"s"_s).error.kind == ow::QueueError::Kind::Invalid);
    CHECK(h.engine.setWindowServices(u"W2"_s, {}, u"s"_s).error.kind == ow::QueueError::Kind::Invalid);
    CHECK(h.engine.config().window(u"W2"_s)->weightOf(u"B"_s) == 1);
    CHECK(h.engine.state().lastSeq <= seq + 1); // at most the day's start
}

TEST_CASE("a reassignment is kept with the window's record: an engine restored from the state serves the same")
{
    owtest::Hall h;
    h.keep(h.engine.setWindowServices(u"W2"_s, {{u"E"_s, 1}}, u"s"_s));
    const ow::WindowState stored = ow::WindowState::fromJson(h.engine.window(u"W2"_s)->toJson()); // as the database keeps it
    REQUIRE(stored.services.size() == 1);

    ow::QueueEngine restarted(owtest::smallHall(), h.clock);
    ow::QueueState state = h.engine.state();
    state.windows.insert(u"W2"_s, stored);
    restarted.restore(state);
    CHECK(restarted.config().window(u"W2"_s)->weightOf(u"E"_s) == 1);
    CHECK(restarted.config().window(u"W2"_s)->weightOf(u"B"_s) == 0);
    // A new day keeps it too.
    h.clock.advanceSeconds(24 * 3600);
    h.issue(u"E"_s);
    CHECK(h.engine.config().window(u"W2"_s)->weightOf(u"E"_s) == 1);
    CHECK_FALSE(h.next(u"W2"_s).isEmpty());
}

TEST_CASE("record-only events take the next sequence number, change nothing else, and replay")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    const qint64 seq = h.engine.state().lastSeq;
    const QJsonObject summary{{u"caseId"_s, u"XH-20261128-03-0001"_s}, {u"windowId"_s, u"W3"_s}};
    const ow::QueueResult reported = h.keep(h.engine.record(ow::QueueEventType::CaseReported, u"W3"_s, summary, u"window:W3"_s));
    REQUIRE(reported.ok());
    REQUIRE(reported.events.size() == 1);
    CHECK(reported.events.first().seq == seq + 1);
    CHECK(reported.events.first().data == summary);
    CHECK(reported.tickets.isEmpty());
    CHECK(reported.windows.isEmpty());
    h.keep(h.engine.record(ow::QueueEventType::WindowConnected, u"W1"_s, {}, u"window:W1"_s));
    h.keep(h.engine.record(ow::QueueEventType::WindowDisconnected, u"W1"_s, {}, u"window:W1"_s));
    h.keep(h.engine.setWindowServices(u"W1"_s, {{u"B"_s, 1}}, u"s"_s));
    CHECK(h.engine.state().lastSeq == seq + 4);

    // The names travel through JSON (the database and the wire), and a fresh engine replays them all.
    ow::QueueEngine replayed(owtest::smallHall(), h.clock);
    for (const ow::QueueEvent &e : std::as_const(h.log)) {
        const auto back = ow::QueueEvent::fromJson(QJsonDocument::fromJson(QJsonDocument(e.toJson()).toJson()).object());
        REQUIRE(back);
        REQUIRE(replayed.apply(*back));
    }
    CHECK(QJsonDocument(replayed.state().toJson()).toJson() == QJsonDocument(h.engine.state().toJson()).toJson());
    CHECK(replayed.config().window(u"W1"_s)->weightOf(u"B"_s) == 1);
}
