// The REST API of the real hall service on loopback: roles (401/403), malformed requests (400 with a
// message in problem+json), and the operations end to end.
#include "core/hall/server/hallstore.h"
#include "core/queue/clock.h"
#include "core/storage/database.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

QString issue(const QUrl &url, const QString &service, const QString &priority = {})
{
    const HttpAnswer a = post(url, u"/api/v1/tickets"_s, kioskToken(),
                              QJsonDocument(QJsonObject{{u"service"_s, service}, {u"priority"_s, priority}}).toJson());
    REQUIRE(a.status == 201);
    return a.body.value(u"ticket"_s).toObject().value(u"code"_s).toString();
}

void checkProblem(const HttpAnswer &a, int status, const QString &code)
{
    INFO(a.raw.toStdString());
    CHECK(a.status == status);
    CHECK(a.contentType == "application/problem+json");
    CHECK(a.body.value(u"status"_s).toInt() == status);
    CHECK(a.body.value(u"code"_s).toString() == code);
    CHECK_FALSE(a.body.value(u"detail"_s).toString().isEmpty());
}

} // namespace

TEST_CASE("without a token, or with an unknown one, every endpoint but health answers 401")
{
    LocalHall hall;
    REQUIRE(hall.start());
    CHECK(get(hall.url, u"/api/v1/health"_s, {}).status == 200);
    for (const auto &[method, path] :
         std::initializer_list<std::pair<QByteArray, QString>>{{"GET", u"/api/v1/snapshot"_s},
                                                               {"GET", u"/api/v1/statistics"_s},
                                                               {"GET", u"/api/v1/events"_s},
                                                               {"POST", u"/api/v1/tickets"_s},
                                                               {"POST", u"/api/v1/windows/W01/call-next"_s},
                                                               {"POST", u"/api/v1/tickets/A001/rating"_s},
                                                               {"POST", u"/api/v1/bookings"_s}}) {
        INFO(method.toStdString() << " " << path.toStdString());
        const HttpAnswer none = http(hall.url, method, path, {}, "{}");
        checkProblem(none, 401, u"unauthorized"_s);
        CHECK(none.header("WWW-Authenticate").startsWith("Bearer"));
        checkProblem(http(hall.url, method, path, "not-a-token-of-this-hall", "{}"), 401, u"unauthorized"_s);
    }
}

TEST_CASE("a token of the wrong role, or a window acting for another window, gets 403")
{
    LocalHall hall;
    REQUIRE(hall.start());
    issue(hall.url, u"A"_s);
    checkProblem(post(hall.url, u"/api/v1/tickets"_s, boardToken(), R"({"service":"A"})"), 403, u"forbidden"_s);
    checkProblem(post(hall.url, u"/api/v1/tickets"_s, windowToken(1), R"({"service":"A"})"), 403, u"forbidden"_s);
    checkProblem(post(hall.url, u"/api/v1/windows/W01/call-next"_s, kioskToken()), 403, u"forbidden"_s);
    checkProblem(post(hall.url, u"/api/v1/windows/W01/call-next"_s, boardToken()), 403, u"forbidden"_s);
    checkProblem(post(hall.url, u"/api/v1/windows/W02/call-next"_s, windowToken(1)), 403, u"forbidden"_s);
    checkProblem(get(hall.url, u"/api/v1/statistics"_s, kioskToken()), 403, u"forbidden"_s);
    checkProblem(post(hall.url, u"/api/v1/bookings"_s, kioskToken(), "{}"), 403, u"forbidden"_s);
    // Nothing was called by the refused requests.
    CHECK(get(hall.url, u"/api/v1/snapshot"_s, boardToken()).body.value(u"waiting"_s).toArray().size() == 1);
    // The right roles pass.
    CHECK(post(hall.url, u"/api/v1/windows/W01/call-next"_s, windowToken(1)).status == 200);
    CHECK(get(hall.url, u"/api/v1/statistics"_s, boardToken()).status == 200);
    CHECK(get(hall.url, u"/api/v1/snapshot"_s, kioskToken()).status == 200);
}

TEST_CASE("a window links cases and rates only tickets it served")
{
    LocalHall hall;
    REQUIRE(hall.start());
    issue(hall.url, u"A"_s);
    REQUIRE(post(hall.url, u"/api/v1/windows/W01/call-next"_s, windowToken(1)).status == 200);
    checkProblem(post(hall.url, u"/api/v1/tickets/A001/cases"_s, windowToken(2), R"({"caseIds":["C1"]})"), 403, u"forbidden"_s);
    CHECK(post(hall.url, u"/api/v1/tickets/A001/cases"_s, windowToken(1), R"({"caseIds":["C1"]})").status == 200);
    REQUIRE(post(hall.url, u"/api/v1/windows/W01/complete"_s, windowToken(1), R"({"outcome":"accepted"})").status == 200);
    checkProblem(post(hall.url, u"/api/v1/tickets/A001/rating"_s, windowToken(2), R"({"rating":5})"), 403, u"forbidden"_s);
    checkProblem(post(hall.url, u"/api/v1/tickets/A001/rating"_s, boardToken(), R"({"rating":5})"), 403, u"forbidden"_s);
    const HttpAnswer rated = post(hall.url, u"/api/v1/tickets/A001/rating"_s, kioskToken(), R"({"rating":5,"comment":"很好"})");
    CHECK(rated.status == 200);
    CHECK(rated.body.value(u"ticket"_s).toObject().value(u"rating"_s).toInt() == 5);
    CHECK(rated.body.value(u"ticket"_s).toObject().value(u"caseIds"_s).toArray() == QJsonArray{u"C1"_s});
}

TEST_CASE("malformed requests get 400 with a message saying what is wrong")
{
    LocalHall hall;
    REQUIRE(hall.start());
    const QByteArray w = windowToken(1);
    struct Case {
        QString path;
        QByteArray token;
        QByteArray body;
        QString mentions;
    };
    const std::initializer_list<Case> cases = {
        {u"/api/v1/tickets"_s, kioskToken(), "{\"service\": ", u"JSON"_s},
        {u"/api/v1/tickets"_s, kioskToken(), "[1, 2]", u"object"_s},
        {u"/api/v1/tickets"_s, kioskToken(), "{}", u"service"_s},
        {u"/api/v1/tickets"_s, kioskToken(), R"({"service": 7})", u"service"_s},
        {u"/api/v1/tickets"_s, kioskToken(), R"({"service": "Z"})", u"Z"_s},
        {u"/api/v1/tickets"_s, kioskToken(), R"({"service": "A", "priority": "vip"})", u"vip"_s},
        {u"/api/v1/windows/W01/complete"_s, w, "{}", u"outcome"_s},
        {u"/api/v1/windows/W01/call"_s, w, R"({"ticket": ["A001"]})", u"ticket"_s},
        {u"/api/v1/windows/W01/transfer"_s, w, R"({"priority": "yes"})", u"priority"_s},
        {u"/api/v1/windows/W01/call-next"_s, w, R"({"completeCurrent": false})", u"completeCurrent"_s},
        {u"/api/v1/tickets/A001/rating"_s, kioskToken(), R"({"rating": 4.5})", u"rating"_s},
        {u"/api/v1/tickets/A001/cases"_s, w, R"({"caseIds": "C1"})", u"caseIds"_s},
        {u"/api/v1/bookings"_s, supervisorToken(), R"({"code":"Y1","service":"A","slotStart":"tomorrow","slotEnd":"x"})",
         u"slotStart"_s},
    };
    for (const Case &c : cases) {
        INFO(c.path.toStdString() << " " << c.body.toStdString());
        const HttpAnswer a = post(hall.url, c.path, c.token, c.body);
        CHECK(a.status == 400);
        CHECK(a.contentType == "application/problem+json");
        CHECK(a.body.value(u"detail"_s).toString().contains(c.mentions));
    }
    checkProblem(get(hall.url, u"/api/v1/statistics?day=yesterday"_s, boardToken()), 400, u"bad_request"_s);
    checkProblem(get(hall.url, u"/api/v1/events?since=abc"_s, boardToken()), 400, u"bad_request"_s);
    checkProblem(get(hall.url, u"/api/v1/nothing-here"_s, boardToken()), 404, u"not_found"_s);
    checkProblem(http(hall.url, "DELETE", u"/api/v1/tickets"_s, kioskToken()), 405, u"method_not_allowed"_s);
    checkProblem(get(hall.url, u"/api/v1/windows/W01/call-next"_s, w), 405, u"method_not_allowed"_s);
    checkProblem(post(hall.url, u"/api/v1/windows/W99/call-next"_s, supervisorToken()), 404, u"unknown_window"_s);
    checkProblem(get(hall.url, u"/api/v1/tickets/Q123"_s, boardToken()), 404, u"unknown_ticket"_s);
    checkProblem(get(hall.url, u"/api/v1/events/stream"_s, boardToken()), 426, u"bad_request"_s);
    // And nothing reached the queue.
    CHECK(get(hall.url, u"/api/v1/health"_s, {}).body.value(u"seq"_s).toInteger() == 1); // only the day's start
}

TEST_CASE("a window's day through the API: call, recall, no-show, transfer, complete, pause, statistics")
{
    ow::ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC)); // 09:00 in the hall
    LocalHall hall(hallConfig(30), &clock);
    REQUIRE(hall.start());
    const QByteArray w1 = windowToken(1);
    CHECK(issue(hall.url, u"A"_s) == u"A001"_s);
    CHECK(issue(hall.url, u"A"_s, u"elderly"_s) == u"A002"_s);
    CHECK(issue(hall.url, u"E"_s) == u"E001"_s);
    clock.advanceSeconds(120);

    HttpAnswer a = post(hall.url, u"/api/v1/windows/W01/call-next"_s, w1);
    REQUIRE(a.status == 200);
    CHECK(a.body.value(u"ticket"_s).toObject().value(u"code"_s).toString() == u"A002"_s); // 绿色通道 first (2:1)
    CHECK(a.body.value(u"window"_s).toObject().value(u"currentTicket"_s).toString() == u"20261130-A002"_s);
    CHECK(a.body.value(u"seq"_s).toInteger() == 5);
    checkProblem(post(hall.url, u"/api/v1/windows/W01/call-next"_s, w1), 409, u"window_busy"_s);
    CHECK(post(hall.url, u"/api/v1/windows/W01/recall"_s, w1).body.value(u"ticket"_s).toObject().value(u"recalls"_s).toInt()
          == 1);
    checkProblem(post(hall.url, u"/api/v1/windows/W01/no-show"_s, w1), 409, u"grace_not_elapsed"_s);
    clock.advanceSeconds(30);
    a = post(hall.url, u"/api/v1/windows/W01/no-show"_s, w1);
    CHECK(a.status == 200);
    CHECK(a.body.value(u"requeued"_s).toBool());

    a = post(hall.url, u"/api/v1/windows/W01/call"_s, w1, R"({"ticket":"e001"})");
    REQUIRE(a.status == 200);
    CHECK(a.body.value(u"ticket"_s).toObject().value(u"code"_s).toString() == u"E001"_s);
    a = post(hall.url, u"/api/v1/windows/W01/transfer"_s, w1, R"({"toService":"B","priority":true})");
    CHECK(a.status == 200);
    CHECK(a.body.value(u"ticket"_s).toObject().value(u"service"_s).toString() == u"B"_s);
    checkProblem(post(hall.url, u"/api/v1/windows/W01/transfer"_s, w1, R"({"toService":"B"})"), 409, u"no_current_ticket"_s);

    clock.advanceSeconds(60);
    a = post(hall.url, u"/api/v1/windows/W05/call-next"_s, windowToken(5));
    CHECK(a.body.value(u"ticket"_s).toObject().value(u"code"_s).toString() == u"E001"_s); // transferred with priority
    clock.advanceSeconds(300);
    a = post(hall.url, u"/api/v1/windows/W05/call-next"_s, windowToken(5), R"({"completeCurrent":"accepted"})");
    CHECK(a.body.value(u"completed"_s).toObject().value(u"outcome"_s).toString() == u"accepted"_s);
    // W05 also serves A: it takes A001; A002 (the no-show) is held back while A001 waits.
    CHECK(a.body.value(u"ticket"_s).toObject().value(u"code"_s).toString() == u"A001"_s);
    a = post(hall.url, u"/api/v1/windows/W05/complete"_s, windowToken(5), R"({"outcome":"consulted"})");
    CHECK(a.body.value(u"window"_s).toObject().value(u"current"_s).isNull());

    CHECK(post(hall.url, u"/api/v1/windows/W01/pause"_s, w1, R"({"reason":"午休"})").status == 200);
    checkProblem(post(hall.url, u"/api/v1/windows/W01/call-next"_s, w1), 409, u"window_paused"_s);
    CHECK(post(hall.url, u"/api/v1/windows/W01/resume"_s, w1).status == 200);
    a = post(hall.url, u"/api/v1/windows/W01/call-next"_s, supervisorToken());            // a supervisor calls for W01
    CHECK(a.body.value(u"ticket"_s).toObject().value(u"code"_s).toString() == u"A002"_s); // the re-queued no-show

    const HttpAnswer stats = get(hall.url, u"/api/v1/statistics"_s, supervisorToken());
    REQUIRE(stats.status == 200);
    const QJsonObject totals = stats.body.value(u"totals"_s).toObject();
    CHECK(totals.value(u"issued"_s).toInt() == 3);
    CHECK(totals.value(u"called"_s).toInt() == 5);
    CHECK(totals.value(u"noShows"_s).toInt() == 1);
    CHECK(totals.value(u"served"_s).toInt() == 2);
    CHECK(totals.value(u"avgServiceSeconds"_s).toDouble() == Approx(150.0)); // E001 300 s, A001 0 s
    CHECK(totals.value(u"maxWaitSeconds"_s).toDouble() == Approx(510.0));    // A001: 09:00 to 09:08:30
    CHECK(stats.body.value(u"services"_s).toArray().at(1).toObject().value(u"transferredIn"_s).toInt() == 1); // B
    const QJsonArray events = get(hall.url, u"/api/v1/events?since=0"_s, boardToken()).body.value(u"events"_s).toArray();
    CHECK(events.size() == get(hall.url, u"/api/v1/health"_s, {}).body.value(u"seq"_s).toInt());
    CHECK(events.first().toObject().value(u"type"_s).toString() == u"day_started"_s);
    CHECK(events.last().toObject().value(u"actor"_s).toString() == u"supervisor:office"_s);
}

TEST_CASE("a transfer's note is bounded, goes with the ticket and survives a restart of the service")
{
    ow::ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC));
    LocalHall hall(hallConfig(), &clock);
    REQUIRE(hall.start());
    const QByteArray w1 = windowToken(1);
    issue(hall.url, u"A"_s);
    REQUIRE(post(hall.url, u"/api/v1/windows/W01/call-next"_s, w1).status == 200);
    const qint64 seq = get(hall.url, u"/api/v1/health"_s, {}).body.value(u"seq"_s).toInteger();

    const QJsonObject tooLong{{u"toService"_s, u"B"_s}, {u"note"_s, QString(101, u'注')}};
    checkProblem(post(hall.url, u"/api/v1/windows/W01/transfer"_s, w1, QJsonDocument(tooLong).toJson()), 400,
                 u"transfer_note_too_long"_s);
    CHECK(get(hall.url, u"/api/v1/health"_s, {}).body.value(u"seq"_s).toInteger() == seq); // nothing happened
    CHECK(get(hall.url, u"/api/v1/tickets/A001"_s, w1).body.value(u"ticket"_s).toObject().value(u"state"_s) == u"called"_s);
    checkProblem(post(hall.url, u"/api/v1/windows/W01/transfer"_s, w1, R"({"toService":"B","note":7})"), 400, u"bad_request"_s);

    const QString note = QString(99, u'注') + u"记"_s; // 100 characters: the most a note may have
    const QJsonObject withNote{{u"toService"_s, u"B"_s}, {u"note"_s, note}};
    HttpAnswer a = post(hall.url, u"/api/v1/windows/W01/transfer"_s, w1, QJsonDocument(withNote).toJson());
    REQUIRE(a.status == 200);
    CHECK(a.body.value(u"ticket"_s).toObject().value(u"transferNote"_s).toString() == note);

    hall.server.stop();
    REQUIRE(hall.start());
    a = post(hall.url, u"/api/v1/windows/W05/call-next"_s, windowToken(5)); // W05 serves B
    REQUIRE(a.status == 200);
    CHECK(a.body.value(u"ticket"_s).toObject().value(u"code"_s).toString() == u"A001"_s);
    CHECK(a.body.value(u"window"_s).toObject().value(u"current"_s).toObject().value(u"transferNote"_s).toString() == note);
}

TEST_CASE("a window's queue lists the tickets in the order its call-next will call them")
{
    ow::ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC));
    LocalHall hall(hallConfig(), &clock);
    REQUIRE(hall.start());
    issue(hall.url, u"A"_s);
    issue(hall.url, u"A"_s);
    issue(hall.url, u"A"_s, u"elderly"_s); // 绿色通道: called first whatever was issued before it
    clock.advanceSeconds(60);
    const HttpAnswer a = get(hall.url, u"/api/v1/windows/W01/queue"_s, windowToken(1));
    REQUIRE(a.status == 200);
    QStringList codes;
    for (const QJsonValue &t : a.body.value(u"tickets"_s).toArray())
        codes << t.toObject().value(u"code"_s).toString();
    CHECK(codes == QStringList{u"A003"_s, u"A001"_s, u"A002"_s});
    CHECK(a.body.value(u"callable"_s).toInt() == 3);
    CHECK(post(hall.url, u"/api/v1/windows/W01/call-next"_s, windowToken(1)).body.value(u"ticket"_s).toObject().value(u"code"_s)
          == u"A003"_s);
    checkProblem(get(hall.url, u"/api/v1/windows/W99/queue"_s, boardToken()), 404, u"unknown_window"_s);
    CHECK(get(hall.url, u"/api/v1/windows/W01/queue"_s, {}).status == 401);
}

TEST_CASE("bookings are registered by a supervisor and checked in at the kiosk")
{
    ow::ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(1, 30), Qt::UTC)); // 09:30
    LocalHall hall(hallConfig(), &clock);
    REQUIRE(hall.start());
    const QByteArray body =
        R"({"code":"YY0001","service":"B","slotStart":"2026-11-30T02:00:00Z","slotEnd":"2026-11-30T02:30:00Z"})";
    const HttpAnswer registered = post(hall.url, u"/api/v1/bookings"_s, supervisorToken(), body);
    CHECK(registered.status == 201);
    CHECK(registered.body.value(u"booking"_s).toObject().value(u"day"_s).toString() == u"2026-11-30"_s);
    checkProblem(post(hall.url, u"/api/v1/bookings"_s, supervisorToken(), body), 409, u"booking_exists"_s);
    const HttpAnswer checkedIn = post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"bookingCode":"yy0001"})");
    REQUIRE(checkedIn.status == 201);
    CHECK(checkedIn.body.value(u"ticket"_s).toObject().value(u"appointment"_s).toObject().value(u"bookingCode"_s).toString()
          == u"YY0001"_s);
    checkProblem(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"bookingCode":"YY0001"})"), 409, u"booking_used"_s);
    checkProblem(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"bookingCode":"NOPE"})"), 404, u"booking_not_found"_s);
}

TEST_CASE("a commit the database refuses changes nothing and answers 503")
{
    LocalHall hall;
    REQUIRE(hall.start());
    issue(hall.url, u"A"_s);
    const qint64 seq = hall.server.lastSequence();
    {
        // Plant a row that takes the next number: UNIQUE (day, code) must refuse the engine's A002.
        ow::Database db;
        REQUIRE(db.open(hall.databasePath, ow::HallStore::migrations()));
        QSqlQuery q(db.db());
        REQUIRE(q.prepare(u"INSERT INTO tickets (id, day, code, service, state, priority, window_id, issued_at, data) "
                          u"SELECT 'planted', day, 'A002', 'A', 'waiting', '', '', issued_at, '{}' FROM tickets LIMIT 1"_s));
        REQUIRE(q.exec());
    }
    const HttpAnswer refused = post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})");
    checkProblem(refused, 503, u"storage_failed"_s);
    CHECK(hall.server.lastSequence() == seq);
    const QJsonObject snapshot = get(hall.url, u"/api/v1/snapshot"_s, boardToken()).body;
    CHECK(snapshot.value(u"waiting"_s).toArray().size() == 1); // the engine went back to the disk
    CHECK(snapshot.value(u"services"_s).toArray().first().toObject().value(u"issued"_s).toInt() == 1);
}

TEST_CASE("the server embeds in a program with its defaults, as onewindow --demo does (docs/hall-api.md)")
{
    QTemporaryDir dir;
    ow::HallServer server;
    REQUIRE(server.start({QHostAddress::LocalHost, 0, dir.filePath(u"demo.sqlite"_s), ow::HallConfig::demo()}));
    CHECK(server.baseUrl().host() == u"127.0.0.1"_s);
    ow::HallClient board({server.baseUrl(), "demo-board-1"});
    board.start();
    REQUIRE(waitFor([&] { return board.isOnline(); }));
    CHECK(board.snapshot().hallCode == u"DEMO"_s);
    CHECK(board.snapshot().windows.size() == 12);
    CHECK(board.snapshot().services.size() == 5);
    CHECK(board.snapshot().serviceName(u"C"_s) == u"社保医保"_s);
    // The hall's zone travels with the snapshot, so a supervisor PC in another zone counts the hall's days.
    CHECK(board.snapshot().timeZone == ow::HallConfig::demo().queue.timeZone);
}
