// The window's operations: call next/specific, recall, no-show with grace and re-queue, transfer,
// complete, pause/resume, case links and ratings.
#include "core/domain/ratingreasons.h"
#include "tests/unit/queue/queuefixture.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using ow::QueueError;
using ow::QueueEventType;
using ow::TicketState;

TEST_CASE("call next records the call on the ticket and the window")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    h.clock.advanceSeconds(95);
    const ow::QueueResult r = h.keep(h.engine.callNext(u"W1"_s, u"window:W1"_s));
    REQUIRE(r.ok());
    REQUIRE(r.events.size() == 1);
    const ow::QueueEvent &e = r.events.first();
    CHECK(e.type == QueueEventType::TicketCalled);
    CHECK(e.windowId == u"W1"_s);
    CHECK(e.actor == u"window:W1"_s);
    CHECK(e.data.value(u"via"_s).toString() == u"next"_s);
    CHECK(e.data.value(u"waitMs"_s).toInteger() == 95000); // wait = called - issued
    const ow::Ticket &t = h.ticket(u"A001"_s);
    CHECK(t.state == TicketState::Called);
    CHECK(t.windowId == u"W1"_s);
    CHECK(t.calledAt == owtest::morning().addSecs(95));
    CHECK(h.current(u"W1"_s) == u"A001"_s);
    CHECK(r.tickets.contains(t.id));
    CHECK(r.windows.contains(u"W1"_s));
}

TEST_CASE("call next on an empty queue is not an error and changes nothing")
{
    owtest::Hall h;
    h.engine.startDayIfNeeded(u"hall"_s);
    const ow::QueueResult r = h.engine.callNext(u"W1"_s, u"w"_s);
    CHECK(r.ok());
    CHECK(r.ticketId.isEmpty());
    CHECK(r.events.isEmpty());
}

TEST_CASE("a window with a ticket must finish it before calling, unless it asks to complete it on the way")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    h.issue(u"A"_s);
    h.next(u"W1"_s);
    const ow::QueueResult busy = h.engine.callNext(u"W1"_s, u"w"_s);
    CHECK(busy.error.code == u"window_busy"_s);
    CHECK(busy.error.kind == QueueError::Kind::Conflict);
    CHECK(h.engine.callNext(u"W1"_s, u"w"_s, u"nonsense"_s).error.code == u"unknown_outcome"_s);

    h.clock.advanceSeconds(120);
    const ow::QueueResult r = h.keep(h.engine.callNext(u"W1"_s, u"w"_s, u"one_time_notice"_s));
    REQUIRE(r.ok());
    REQUIRE(r.events.size() == 2);
    CHECK(r.events.at(0).type == QueueEventType::TicketCompleted);
    CHECK(r.events.at(0).data.value(u"serviceMs"_s).toInteger() == 120000);
    CHECK(r.events.at(1).type == QueueEventType::TicketCalled);
    CHECK(r.completedTicketId == u"20261128-A001"_s);
    CHECK(h.ticket(u"A001"_s).outcome == u"one_time_notice"_s);
    CHECK(h.current(u"W1"_s) == u"A002"_s);
}

TEST_CASE("call a specific ticket ignores the policy, the window's services and a no-show hold")
{
    owtest::Hall h(owtest::smallHall(u"strict"_s));
    h.issue(u"A"_s, u"elderly"_s);
    h.issue(u"B"_s);
    const ow::QueueResult r = h.keep(h.engine.callTicket(u"W1"_s, u"b001"_s, u"supervisor:office"_s));
    REQUIRE(r.ok());
    CHECK(r.events.first().data.value(u"via"_s).toString() == u"specific"_s);
    CHECK(h.current(u"W1"_s) == u"B001"_s);
    CHECK(h.engine.window(u"W1"_s)->priorityStreak == 0); // a specific call does not count for the policy

    const ow::QueueResult twice = h.engine.callTicket(u"W2"_s, u"B001"_s, u"w"_s);
    CHECK(twice.error.code == u"ticket_not_waiting"_s);
    CHECK(h.engine.callTicket(u"W2"_s, u"Z999"_s, u"w"_s).error.code == u"unknown_ticket"_s);
    CHECK(h.engine.callTicket(u"W9"_s, u"A001"_s, u"w"_s).error.kind == QueueError::Kind::NotFound);
}

TEST_CASE("recall repeats the call without changing the call time")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    h.next(u"W1"_s);
    h.clock.advanceSeconds(20);
    const ow::QueueResult r = h.keep(h.engine.recall(u"W1"_s, u"w"_s));
    REQUIRE(r.ok());
    CHECK(r.events.first().type == QueueEventType::TicketRecalled);
    CHECK(r.events.first().data.value(u"recalls"_s).toInt() == 1);
    CHECK(h.ticket(u"A001"_s).recalls == 1);
    CHECK(h.ticket(u"A001"_s).calledAt == owtest::morning());
    CHECK(h.engine.recall(u"W2"_s, u"w"_s).error.code == u"no_current_ticket"_s);
}

TEST_CASE("no-show: refused within the grace, re-queued after N others the first time, dropped the second")
{
    owtest::Hall h; // grace 30 s, re-queue after 3
    for (int i = 0; i < 6; ++i)
        h.issue(u"A"_s);
    REQUIRE(h.next(u"W1"_s) == u"A001"_s);
    h.clock.advanceSeconds(29);
    const ow::QueueResult early = h.engine.noShow(u"W1"_s, u"w"_s);
    CHECK(early.error.code == u"grace_not_elapsed"_s);
    CHECK(h.current(u"W1"_s) == u"A001"_s);

    h.clock.advanceSeconds(1);
    const ow::QueueResult first = h.keep(h.engine.noShow(u"W1"_s, u"w"_s));
    REQUIRE(first.ok());
    CHECK(first.requeued);
    CHECK(h.ticket(u"A001"_s).state == TicketState::Waiting);
    CHECK(h.ticket(u"A001"_s).noShows == 1);
    CHECK(h.current(u"W1"_s).isEmpty());

    // Three others of service A are called (from any window), then A001 comes back before A005.
    QStringList order;
    for (int i = 0; i < 5; ++i) {
        order << h.next(i % 2 ? u"W3"_s : u"W1"_s);
        h.done(i % 2 ? u"W3"_s : u"W1"_s);
    }
    CHECK(order == QStringList{u"A002"_s, u"A003"_s, u"A004"_s, u"A001"_s, u"A005"_s});

    // A001 was the 4th call; it no-shows again and is dropped for good.
    owtest::Hall h2;
    h2.issue(u"A"_s);
    h2.next(u"W1"_s);
    h2.clock.advanceSeconds(30);
    h2.keep(h2.engine.noShow(u"W1"_s, u"w"_s));
    CHECK(h2.next(u"W1"_s) == u"A001"_s); // nobody else waits: the hold does not keep it back
    h2.clock.advanceSeconds(30);
    const ow::QueueResult second = h2.keep(h2.engine.noShow(u"W1"_s, u"w"_s));
    REQUIRE(second.ok());
    CHECK_FALSE(second.requeued);
    CHECK(h2.ticket(u"A001"_s).state == TicketState::NoShow);
    CHECK(h2.next(u"W1"_s).isEmpty());
}

TEST_CASE("transfer to another service keeps the number and joins the end of that queue")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    h.issue(u"B"_s);
    h.next(u"W1"_s);
    h.clock.advanceSeconds(60);
    const ow::QueueResult r = h.keep(h.engine.transfer(u"W1"_s, {u"B"_s, {}, false}, u"w"_s));
    REQUIRE(r.ok());
    const ow::Ticket &t = h.ticket(u"A001"_s);
    CHECK(t.state == TicketState::Waiting);
    CHECK(t.service == u"B"_s);
    CHECK(t.issuedService == u"A"_s);
    CHECK(t.enqueuedAt == owtest::morning().addSecs(60));
    CHECK(h.current(u"W1"_s).isEmpty());
    CHECK(h.next(u"W2"_s) == u"B001"_s);
    h.done(u"W2"_s);
    h.clock.advanceSeconds(40);
    const ow::QueueResult call = h.keep(h.engine.callNext(u"W2"_s, u"w"_s));
    CHECK(h.current(u"W2"_s) == u"A001"_s);
    CHECK(call.events.first().data.value(u"waitMs"_s).toInteger() == 40000); // a new visit, a new wait
    CHECK(call.events.first().data.value(u"countsWait"_s).toBool());
}

TEST_CASE("a transfer's note stays on the ticket for the next window, bounded to 100 characters")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    h.next(u"W1"_s);
    const ow::QueueResult refused = h.engine.transfer(u"W1"_s, {u"B"_s, {}, false, QString(101, u'注')}, u"w"_s);
    CHECK(refused.error.code == u"transfer_note_too_long"_s);
    CHECK(refused.events.isEmpty());
    CHECK(h.current(u"W1"_s) == u"A001"_s); // nothing changed
    REQUIRE(h.keep(h.engine.transfer(u"W1"_s, {u"B"_s, {}, false, u" 带户口本复印件 "_s}, u"w"_s)).ok());
    CHECK(h.ticket(u"A001"_s).transferNote == u"带户口本复印件"_s);
    CHECK(h.next(u"W2"_s) == u"A001"_s);
    CHECK(h.ticket(u"A001"_s).transferNote == u"带户口本复印件"_s); // still there for the window that called it
    CHECK(ow::Ticket::fromJson(h.ticket(u"A001"_s).toJson()).transferNote == u"带户口本复印件"_s);
    // A later transfer without a note does not carry the old one on.
    REQUIRE(h.keep(h.engine.transfer(u"W2"_s, {{}, u"W3"_s, false}, u"w"_s)).ok());
    CHECK(h.ticket(u"A001"_s).transferNote.isEmpty());
}

TEST_CASE("transfer with priority jumps the destination's normal queue")
{
    owtest::Hall h(owtest::smallHall(u"strict"_s));
    h.issue(u"B"_s);
    h.issue(u"B"_s);
    h.issue(u"A"_s);
    h.next(u"W1"_s);
    REQUIRE(h.keep(h.engine.transfer(u"W1"_s, {u"B"_s, {}, true}, u"w"_s)).ok());
    CHECK(h.ticket(u"A001"_s).transferPriority);
    CHECK(h.next(u"W2"_s) == u"A001"_s);
}

TEST_CASE("transfer to a window: only that window calls it, and it may be the same window (come back later)")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    h.issue(u"A"_s);
    h.next(u"W1"_s);
    REQUIRE(h.keep(h.engine.transfer(u"W1"_s, {{}, u"W1"_s, true}, u"w"_s)).ok());
    CHECK(h.ticket(u"A001"_s).assignedWindow == u"W1"_s);
    CHECK(h.next(u"W3"_s) == u"A002"_s); // W3 serves A but A001 waits for W1
    h.done(u"W3"_s);
    CHECK(h.next(u"W3"_s).isEmpty());
    CHECK(h.next(u"W1"_s) == u"A001"_s);
    CHECK(h.ticket(u"A001"_s).assignedWindow.isEmpty());

    // To a window that does not serve the service: it still calls it, because it was sent there.
    h.done(u"W1"_s);
    h.issue(u"A"_s);
    h.next(u"W1"_s);
    REQUIRE(h.keep(h.engine.transfer(u"W1"_s, {{}, u"W2"_s, false}, u"w"_s)).ok());
    CHECK(h.next(u"W2"_s) == u"A003"_s);
}

TEST_CASE("transfer refuses a target that makes no sense")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    h.next(u"W1"_s);
    CHECK(h.engine.transfer(u"W1"_s, {}, u"w"_s).error.code == u"invalid_transfer"_s);
    CHECK(h.engine.transfer(u"W1"_s, {u"A"_s, {}, false}, u"w"_s).error.code == u"invalid_transfer"_s);
    CHECK(h.engine.transfer(u"W1"_s, {u"Q"_s, {}, false}, u"w"_s).error.code == u"unknown_service"_s);
    CHECK(h.engine.transfer(u"W1"_s, {{}, u"W9"_s, false}, u"w"_s).error.code == u"unknown_window"_s);
    CHECK(h.engine.transfer(u"W2"_s, {u"B"_s, {}, false}, u"w"_s).error.code == u"no_current_ticket"_s);
    CHECK(h.current(u"W1"_s) == u"A001"_s);
}

TEST_CASE("complete records the outcome and frees the window")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    h.next(u"W1"_s);
    h.clock.advanceSeconds(300);
    CHECK(h.engine.complete(u"W1"_s, u"done"_s, u"w"_s).error.code == u"unknown_outcome"_s);
    const ow::QueueResult r = h.done(u"W1"_s, u"accepted_deficiency"_s);
    REQUIRE(r.ok());
    CHECK(r.ticketId == u"20261128-A001"_s);
    CHECK(r.events.first().data.value(u"serviceMs"_s).toInteger() == 300000); // service = completed - called
    const ow::Ticket &t = h.ticket(u"A001"_s);
    CHECK(t.state == TicketState::Completed);
    CHECK(t.outcome == u"accepted_deficiency"_s);
    CHECK(t.completedAt == owtest::morning().addSecs(300));
    CHECK(t.windowId == u"W1"_s);
    CHECK(h.current(u"W1"_s).isEmpty());
    CHECK(h.engine.complete(u"W1"_s, u"accepted"_s, u"w"_s).error.code == u"no_current_ticket"_s);
}

TEST_CASE("a paused window calls nobody until it resumes")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    REQUIRE(h.keep(h.engine.pause(u"W1"_s, u"午休"_s, u"w"_s)).ok());
    CHECK(h.engine.window(u"W1"_s)->paused);
    CHECK(h.engine.window(u"W1"_s)->pauseReason == u"午休"_s);
    CHECK(h.engine.pause(u"W1"_s, {}, u"w"_s).error.code == u"window_paused"_s);
    const ow::QueueResult refused = h.engine.callNext(u"W1"_s, u"w"_s);
    CHECK(refused.error.code == u"window_paused"_s);
    CHECK(h.engine.callTicket(u"W1"_s, u"A001"_s, u"w"_s).error.code == u"window_paused"_s);
    REQUIRE(h.keep(h.engine.resume(u"W1"_s, u"w"_s)).ok());
    CHECK(h.engine.resume(u"W1"_s, u"w"_s).error.code == u"window_not_paused"_s);
    CHECK(h.next(u"W1"_s) == u"A001"_s);
}

TEST_CASE("case ids are linked to a ticket at or after its window, once each")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    CHECK(h.engine.linkCases(u"A001"_s, {u"C1"_s}, u"w"_s).error.code == u"ticket_not_served"_s);
    h.next(u"W1"_s);
    const ow::QueueResult r = h.keep(h.engine.linkCases(u"A001"_s, {u"C1"_s, u"C2"_s, u"C1"_s}, u"w"_s));
    REQUIRE(r.ok());
    CHECK(r.events.first().data.value(u"caseIds"_s).toArray() == QJsonArray{u"C1"_s, u"C2"_s});
    CHECK(h.keep(h.engine.linkCases(u"A001"_s, {u"C2"_s}, u"w"_s)).events.isEmpty());
    h.done(u"W1"_s);
    REQUIRE(h.keep(h.engine.linkCases(u"A001"_s, {u"C3"_s}, u"w"_s)).ok());
    CHECK(h.ticket(u"A001"_s).caseIds == QStringList{u"C1"_s, u"C2"_s, u"C3"_s});
    CHECK(h.engine.linkCases(u"A001"_s, {QString(65, u'x')}, u"w"_s).error.code == u"invalid_cases"_s);
    CHECK(h.engine.linkCases(u"A001"_s, {}, u"w"_s).error.code == u"invalid_cases"_s);
}

TEST_CASE("a completed ticket is rated once, from 1 to 5")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    h.next(u"W1"_s);
    CHECK(h.engine.rate(u"A001"_s, 5, {}, u"k"_s).error.code == u"ticket_not_completed"_s);
    h.done(u"W1"_s);
    CHECK(h.engine.rate(u"A001"_s, 0, {}, u"k"_s).error.code == u"invalid_rating"_s);
    CHECK(h.engine.rate(u"A001"_s, 6, {}, u"k"_s).error.code == u"invalid_rating"_s);
    CHECK(h.engine.rate(u"A001"_s, 4, QString(201, u'好'), u"k"_s).error.code == u"invalid_rating"_s);
    REQUIRE(h.keep(h.engine.rate(u"A001"_s, 4, u"很快"_s, u"k"_s)).ok());
    CHECK(h.ticket(u"A001"_s).rating == 4);
    CHECK(h.ticket(u"A001"_s).ratingComment == u"很快"_s);
    CHECK(h.engine.rate(u"A001"_s, 5, {}, u"k"_s).error.code == u"already_rated"_s);
}

TEST_CASE("a window restored pointing at a ticket that is not there is free, not stuck")
{
    owtest::Hall h;
    h.issue(u"A"_s);
    ow::QueueState state = h.engine.state();
    state.windows[u"W1"_s].currentTicket = u"20261128-Z999"_s; // e.g. a hand-edited database
    h.engine.restore(state);
    CHECK(h.next(u"W1"_s) == u"A001"_s);
}

TEST_CASE("a rating of 1 or 2 carries reasons from the rating list, the ticket keeps them with the time")
{
    owtest::Hall h;
    for (int i = 0; i < 3; ++i) {
        h.issue(u"A"_s);
        h.next(u"W1"_s);
        h.done(u"W1"_s);
    }
    // Reasons only for 1 and 2, each a known key, none twice; a refused rating changes nothing.
    CHECK(h.engine.rate(u"A001"_s, 3, {}, u"k"_s, {u"waiting"_s}).error.code == u"invalid_rating"_s);
    CHECK(h.engine.rate(u"A001"_s, 2, {}, u"k"_s, {u"rude"_s}).error.code == u"invalid_rating"_s);
    CHECK(h.engine.rate(u"A001"_s, 2, {}, u"k"_s, {u"waiting"_s, u"waiting"_s}).error.code == u"invalid_rating"_s);
    CHECK(h.ticket(u"A001"_s).rating == 0);

    const ow::QueueResult r = h.keep(h.engine.rate(u"A001"_s, 1, u"排了很久"_s, u"k"_s, {u"waiting"_s, u"attitude"_s}));
    REQUIRE(r.ok());
    CHECK(r.events.first().data.value(u"reasons"_s).toArray() == QJsonArray{u"waiting"_s, u"attitude"_s});
    const ow::Ticket rated = h.ticket(u"A001"_s);
    CHECK(rated.ratingReasons == QStringList{u"waiting"_s, u"attitude"_s});
    CHECK(rated.ratedAt == r.events.first().at);
    // The ticket's JSON (the hall's store, the wire) carries both.
    const ow::Ticket back = ow::Ticket::fromJson(rated.toJson());
    CHECK(back.ratingReasons == rated.ratingReasons);
    CHECK(back.ratedAt == rated.ratedAt);

    // A bad rating without reasons (the applicant walked away) is still a rating.
    REQUIRE(h.keep(h.engine.rate(u"A002"_s, 2, {}, u"k"_s)).ok());
    CHECK(h.ticket(u"A002"_s).ratingReasons.isEmpty());
    // Every key the screen offers is one the engine takes.
    REQUIRE(h.keep(h.engine.rate(u"A003"_s, 1, {}, u"k"_s, ow::ratingReasonKeys())).ok());
    CHECK(h.ticket(u"A003"_s).ratingReasons == ow::ratingReasonKeys());
}

TEST_CASE("the rating reasons have labels and stable keys")
{
    const QStringList keys = ow::ratingReasonKeys();
    CHECK(keys.size() == 10);
    CHECK(keys.constLast() == u"other"_s);
    for (const QString &key : keys) {
        INFO(key.toStdString());
        CHECK(ow::isRatingReason(key));
        CHECK_FALSE(ow::ratingReasonLabel(key).isEmpty());
    }
    CHECK_FALSE(ow::isRatingReason(u"Waiting"_s));
    CHECK(ow::ratingReasonLabel(u"nope"_s).isEmpty());
    QString error;
    CHECK_FALSE(ow::checkRatingReasons(4, {u"other"_s}, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(ow::checkRatingReasons(4, {}, &error));
}
