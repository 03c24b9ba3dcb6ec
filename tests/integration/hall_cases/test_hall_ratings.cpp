// The window's HallRatingFollower over a real window database and the real HallServer on loopback: a
// rating given at the hall for one of this window's cases becomes one evaluation for the sync, whether the
// case was linked before or after the rating, however often the events are read, across a restart of the
// window program, a hall that is down, and a hall whose sequence started again.
#include "core/demo/demoidentities.h"
#include "core/hall/reporter/hallratingfollower.h"
#include "core/storage/caserepository.h"
#include "core/sync/evaluationqueue.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/integration/hall/hallstub.h"
#include "tests/unit/storage/storagefixture.h"
#include "tests/unit/workflow/workflow_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

const QDate kDay(2026, 3, 2);
const QString kPension = u"GJJ-GG-0002"_s; // no situations

ow::Case decideOne(const ow::IntakeService &window, int serial)
{
    ow::Applicant a;
    a.idNumber = ow::demo::residentId(u"330106"_s, QDate(1985, 1, 1).addDays(serial * 41), 200 + serial);
    a.name = u"评价%1"_s.arg(serial);
    auto session = window.start(a, kPension, {}, kDay);
    REQUIRE(session);
    QSet<QString> received;
    for (const ow::ChecklistLine &l : session->checklist.lines) {
        if (l.askedOfApplicant() && !l.optional)
            received.insert(l.kind);
    }
    const ow::DecisionResult r = window.decide(*session, received, ow::Decision::Accept, {}, QDateTime(kDay, QTime(9, serial)));
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    return r.savedCase;
}

// A ticket served at W03 and completed; its id.
QString servedTicket(ow::HallClient &kiosk, ow::HallClient &window)
{
    REQUIRE(await(kiosk.issueTicket(u"A"_s)).ok());
    const ow::HallResult called = await(window.callNext(u"W03"_s));
    REQUIRE(called.ok());
    REQUIRE(called.ticket().isValid());
    REQUIRE(await(window.complete(u"W03"_s, u"accepted"_s)).ok());
    return called.ticket().id;
}

struct Round {
    bool ok = false;
    int added = -1;
};

Round follow(ow::HallRatingFollower &follower)
{
    QSignalSpy finished(&follower, &ow::HallRatingFollower::roundFinished);
    follower.followNow();
    if (finished.isEmpty() && !finished.wait(8000))
        return {};
    return {finished.first().at(0).toBool(), finished.first().at(1).toInt()};
}

int evaluations(const ow::Database &db)
{
    return scalar(db.db(), u"SELECT count(*) FROM evaluations"_s).toInt();
}

} // namespace

TEST_CASE("a rating given at the hall for this window's case becomes one evaluation, with its reasons")
{
    owtest::DemoHall window;
    const ow::IntakeService intake = window.window(3);
    const ow::Case mine = decideOne(intake, 1);
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient kiosk(hall.clientOptions(kioskToken()));
    ow::HallClient counter(hall.clientOptions(windowToken(3)));

    // Served, linked to this window's case and to another window's, then rated badly with reasons.
    const QString ticket = servedTicket(kiosk, counter);
    REQUIRE(await(counter.linkCases(ticket, {mine.caseNumber, u"DEMO-20260302-05-0001"_s})).ok());
    REQUIRE(await(counter.rate(ticket, 2, u"等了很久"_s, {u"waiting"_s, u"slow"_s})).ok());
    // Another ticket rated well, with no case of this window: nothing to keep.
    const QString other = servedTicket(kiosk, counter);
    REQUIRE(await(counter.rate(other, 5)).ok());

    ow::HallRatingFollower follower(window.db, &counter, {600000, 1}); // pages of one event: the paging is used
    const Round first = follow(follower);
    CHECK(first.ok);
    CHECK(first.added == 1);
    REQUIRE(evaluations(window.db) == 1);
    const QString id = ow::EvaluationQueue::hallRatingId(ticket, mine.caseNumber);
    ow::EvaluationQueue queue(window.db);
    CHECK(queue.state(id) == u"pending"_s);
    const QString kept = scalar(window.db.db(), u"SELECT json_array(score, comment, reasons, ticket_id, case_id, channel)"
                                                u" FROM evaluations"_s)
                             .toString();
    const QJsonArray expected{2, u"等了很久"_s, u"waiting,slow"_s, ticket, mine.id, u"window"_s};
    CHECK(kept == QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));

    // Read again, and by a new follower (the window program restarted): the cursor is kept, nothing twice.
    CHECK(follow(follower).added == 0);
    ow::HallRatingFollower restarted(window.db, &counter);
    CHECK(follow(restarted).added == 0);
    CHECK(restarted.cursor() == await(counter.fetchEvents(0, 1)).sequence());
    CHECK(evaluations(window.db) == 1);
}

TEST_CASE("a rating given before the case was linked counts once the case is linked")
{
    owtest::DemoHall window;
    const ow::Case mine = decideOne(window.window(3), 2);
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient kiosk(hall.clientOptions(kioskToken()));
    ow::HallClient counter(hall.clientOptions(windowToken(3)));
    const QString ticket = servedTicket(kiosk, counter);
    REQUIRE(await(counter.rate(ticket, 4)).ok());

    ow::HallRatingFollower follower(window.db, &counter);
    CHECK(follow(follower).added == 0); // rated, but no case of this window yet
    REQUIRE(await(counter.linkCases(ticket, {mine.caseNumber})).ok());
    const Round linked = follow(follower);
    CHECK(linked.ok);
    CHECK(linked.added == 1);
    CHECK(scalar(window.db.db(), u"SELECT score FROM evaluations"_s).toInt() == 4);
}

TEST_CASE("while the hall is down the cursor stays, and a hall that started again is read from its start")
{
    owtest::DemoHall window;
    const ow::Case mine = decideOne(window.window(3), 3);
    LocalHall hall;
    REQUIRE(hall.start());
    const quint16 port = hall.url.port();
    ow::HallClient kiosk(hall.clientOptions(kioskToken()));
    ow::HallClient counter(hall.clientOptions(windowToken(3)));
    ow::HallRatingFollower follower(window.db, &counter);
    REQUIRE(follow(follower).ok);
    const qint64 before = follower.cursor();

    hall.server.stop();
    const Round down = follow(follower);
    CHECK_FALSE(down.ok);
    CHECK(follower.cursor() == before);
    REQUIRE(hall.start(port));

    // The window remembers a sequence far past this hall's (its database was replaced): read it all again.
    runSql(window.db.db(), u"UPDATE hall_event_cursors SET seq = 1000000"_s);
    const QString ticket = servedTicket(kiosk, counter);
    REQUIRE(await(counter.linkCases(ticket, {mine.caseNumber})).ok());
    REQUIRE(await(counter.rate(ticket, 1, {}, {u"attitude"_s})).ok());
    const Round again = follow(follower);
    CHECK(again.ok);
    CHECK(again.added == 1);
    CHECK(follower.cursor() < 1000000);
    CHECK(scalar(window.db.db(), u"SELECT reasons FROM evaluations"_s).toString() == u"attitude"_s);
}

TEST_CASE("the hall lists only the event types asked for, and refuses a malformed list")
{
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient kiosk(hall.clientOptions(kioskToken()));
    ow::HallClient counter(hall.clientOptions(windowToken(3)));
    const QString ticket = servedTicket(kiosk, counter);
    REQUIRE(await(counter.rate(ticket, 3)).ok());
    REQUIRE(await(kiosk.issueTicket(u"B"_s)).ok()); // an event after the rating, of another type
    const ow::HallResult rated = await(counter.fetchEvents(0, 500, {u"ticket_rated"_s}));
    REQUIRE(rated.ok());
    REQUIRE(rated.events().size() == 1);
    CHECK(rated.events().first().type == u"ticket_rated"_s);
    CHECK(rated.events().first().ticket.rating == 3);
    CHECK(rated.sequence() > rated.events().first().seq); // the seq covers the events passed over too
    CHECK(await(counter.fetchEvents(0, 500)).events().size() > 1);
    for (const QString &types :
         {u"ticket_rated,"_s, u"Ticket_Rated"_s, u"a;b"_s, QString(33, u'a'), QStringList(17, u"ticket_rated"_s).join(u',')}) {
        INFO(types.toStdString());
        CHECK(get(hall.url, u"/api/v1/events?types="_s + types, windowToken(3)).status == 400);
    }
}

TEST_CASE("a supervisor records call-backs and rectifications of a bad rating, the hall keeps them in order")
{
    LocalHall hall;
    REQUIRE(hall.start());
    const quint16 port = hall.url.port();
    ow::HallClient kiosk(hall.clientOptions(kioskToken()));
    ow::HallClient counter(hall.clientOptions(windowToken(3)));
    ow::HallClient supervisor(hall.clientOptions(supervisorToken()));
    const QString badTicket = servedTicket(kiosk, counter);
    REQUIRE(await(counter.rate(badTicket, 1, u"态度差"_s, {u"attitude"_s})).ok());
    const QString goodTicket = servedTicket(kiosk, counter);
    REQUIRE(await(counter.rate(goodTicket, 5)).ok());
    const QString unrated = servedTicket(kiosk, counter);

    // Who may, and what: supervisors only; a bad rating only; a known kind; a note within bounds.
    const QByteArray callback = R"({"kind":"callback","note":"已电话回访，申请人表示理解"})";
    CHECK(post(hall.url, u"/api/v1/tickets/"_s + badTicket + u"/follow-ups"_s, windowToken(3), callback).status == 403);
    CHECK(get(hall.url, u"/api/v1/rating-follow-ups"_s, windowToken(3)).status == 403);
    CHECK(post(hall.url, u"/api/v1/tickets/"_s + goodTicket + u"/follow-ups"_s, supervisorToken(), callback).status == 409);
    CHECK(post(hall.url, u"/api/v1/tickets/"_s + unrated + u"/follow-ups"_s, supervisorToken(), callback).status == 409);
    CHECK(post(hall.url, u"/api/v1/tickets/20990101-Z999/follow-ups"_s, supervisorToken(), callback).status == 404);
    CHECK(post(hall.url, u"/api/v1/tickets/"_s + badTicket + u"/follow-ups"_s, supervisorToken(),
               R"({"kind":"apology","note":"x"})")
              .status
          == 400);
    CHECK(post(hall.url, u"/api/v1/tickets/"_s + badTicket + u"/follow-ups"_s, supervisorToken(),
               R"({"kind":"callback","note":"  "})")
              .status
          == 400);
    const QByteArray longNote = R"({"kind":"callback","note":")" + QByteArray(501, 'x') + R"("})";
    CHECK(post(hall.url, u"/api/v1/tickets/"_s + badTicket + u"/follow-ups"_s, supervisorToken(), longNote).status == 400);

    REQUIRE(await(supervisor.recordFollowUp(badTicket, u"callback"_s, u"已电话回访"_s)).ok());
    REQUIRE(await(supervisor.recordFollowUp(badTicket, u"rectification"_s, u"窗口人员已培训"_s)).ok());

    // Kept across a restart of the service, in the order recorded, with the day's counts.
    hall.server.stop();
    REQUIRE(hall.start(port));
    const ow::HallResult listed = await(supervisor.fetchRatingFollowUps({}, {}));
    REQUIRE(listed.ok());
    const ow::HallRatingFollowUps f = listed.ratingFollowUps();
    CHECK(f.rated == 2);
    CHECK(f.satisfied == 1);
    REQUIRE(f.ratings.size() == 1);
    CHECK(f.ratings.first().ticket.id == badTicket);
    CHECK(f.ratings.first().ticket.ratingReasons == QStringList{u"attitude"_s});
    REQUIRE(f.ratings.first().followUps.size() == 2);
    CHECK(f.ratings.first().followUps.at(0).kind == u"callback"_s);
    CHECK(f.ratings.first().followUps.at(1).kind == u"rectification"_s);
    CHECK(f.ratings.first().followUps.at(1).note == u"窗口人员已培训"_s);
    CHECK(f.ratings.first().followUps.at(1).actor.startsWith(u"supervisor"_s));

    // A rating followed up without end is refused past its limit.
    for (int i = 2; i < 50; ++i)
        REQUIRE(await(supervisor.recordFollowUp(badTicket, u"callback"_s, u"又一次"_s)).ok());
    const ow::HallResult tooMany = await(supervisor.recordFollowUp(badTicket, u"callback"_s, u"again"_s));
    CHECK(tooMany.httpStatus == 409);
    CHECK(tooMany.errorCode == u"too_many_follow_ups"_s);
}

TEST_CASE("an answer that is not the hall's keeps no rating and moves no cursor")
{
    owtest::DemoHall window;
    const ow::Case mine = decideOne(window.window(3), 4);
    // Whatever answers on the hall's address: a captive portal, JSON of another shape, a rating out of
    // range, a ticket with more cases than the hall allows.
    const QString ticket = uR"({"id":"20260302-A001","code":"A001","state":"completed","rating":%1,"caseIds":[%2]})"_s.arg(9).arg(
        u"\""_s + mine.caseNumber + u"\""_s);
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many << u"\"%1\""_s.arg(mine.caseNumber);
    const QList<QPair<QByteArray, QByteArray>> answers{
        {"text/html; charset=utf-8", "<html><body>Please sign in to the Wi-Fi</body></html>"},
        {"application/json", R"({"events":"none","seq":5})"},
        {"application/json", uR"({"events":[{"seq":5,"type":"ticket_rated","ticket":%1}],"seq":5})"_s.arg(ticket).toUtf8()},
        {"application/json",
         uR"({"events":[{"seq":5,"type":"ticket_rated","ticket":%1}],"seq":5})"_s
             .arg(u"{\"id\":\"20260302-A001\",\"code\":\"A001\",\"rating\":2,\"caseIds\":["_s + many.join(u',') + u"]}"_s)
             .toUtf8()},
    };
    for (const auto &[type, body] : answers) {
        INFO(body.left(80).toStdString());
        HallStub stub([type = type, body = body](QTcpSocket *s, const StubRequest &) { HallStub::respond(s, 200, type, body); });
        REQUIRE(stub.listen());
        ow::HallClient::Options options;
        options.baseUrl = stub.url();
        options.token = windowToken(3);
        ow::HallClient counter(options);
        ow::HallRatingFollower follower(window.db, &counter);
        const Round round = follow(follower);
        CHECK_FALSE(round.ok);
        CHECK(stub.count("/api/v1/events") == 1);
        CHECK(follower.cursor() == 0);
        CHECK(evaluations(window.db) == 0);
    }
}
