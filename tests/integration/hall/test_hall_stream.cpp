// The event stream as boards and windows see it through HallClient: every path that calls reaches the
// board, a snapshot kept up to date by events equals a fresh one, gaps and restarts lead to a new snapshot.
#include "core/queue/clock.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/hallread.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

bool online(ow::HallClient &client)
{
    return waitFor([&] { return client.isOnline(); }, std::chrono::seconds(5));
}

// Waits until the client has applied every event the server committed.
bool caughtUp(ow::HallClient &client, const ow::HallServer &server)
{
    return waitFor([&] { return client.isOnline() && client.lastSequence() == server.lastSequence(); }, std::chrono::seconds(5));
}

ow::HallSnapshot freshSnapshot(const LocalHall &hall)
{
    return owtest::hallRead<ow::HallSnapshot>(get(hall.url, u"/api/v1/snapshot"_s, boardToken()).body);
}

} // namespace

TEST_CASE("a board receives the call of every path: a window, the plain API, a supervisor's call-specific")
{
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient board(hall.clientOptions(boardToken()));
    ow::HallClient window1(hall.clientOptions(windowToken(1)));
    ow::HallClient supervisor(hall.clientOptions(supervisorToken()));
    QList<ow::HallCall> calls;
    QList<qint64> sequence;
    QObject::connect(&board, &ow::HallClient::ticketCalled, [&](const ow::HallCall &c) { calls.append(c); });
    QObject::connect(&board, &ow::HallClient::eventReceived, [&](const ow::HallEvent &e) { sequence.append(e.seq); });
    board.start();
    REQUIRE(online(board));
    const qint64 start = board.lastSequence();

    for (int i = 0; i < 3; ++i)
        REQUIRE(await(window1.issueTicket(u"A"_s)).httpStatus == 403); // a window cannot issue...
    ow::HallClient kiosk(hall.clientOptions(kioskToken()));
    for (int i = 0; i < 3; ++i)
        REQUIRE(await(kiosk.issueTicket(u"A"_s)).ok()); // ...a kiosk can

    const ow::HallResult viaClient = await(window1.callNext(u"W01"_s));
    REQUIRE(viaClient.ok());
    CHECK(viaClient.ticket().code == u"A001"_s);
    REQUIRE(post(hall.url, u"/api/v1/windows/W02/call-next"_s, windowToken(2)).status == 200);
    const ow::HallResult specific = await(supervisor.callTicket(u"W03"_s, u"A003"_s));
    REQUIRE(specific.ok());

    REQUIRE(waitFor([&] { return calls.size() == 3; }));
    CHECK(calls.at(0).ticket.code == u"A001"_s);
    CHECK(calls.at(0).windowId == u"W01"_s);
    CHECK(calls.at(0).windowName == u"1号窗口 综合受理"_s);
    CHECK(calls.at(1).ticket.code == u"A002"_s);
    CHECK(calls.at(1).windowId == u"W02"_s);
    CHECK(calls.at(2).ticket.code == u"A003"_s);
    CHECK(calls.at(2).windowId == u"W03"_s);
    CHECK_FALSE(calls.at(2).isRecall());
    CHECK(board.snapshot().latestCalls.first().ticket.code == u"A003"_s);
    // Every event arrived, in order, without a gap.
    REQUIRE(caughtUp(board, hall.server));
    for (qsizetype i = 0; i < sequence.size(); ++i)
        CHECK(sequence.at(i) == start + 1 + i);
    CHECK(board.snapshotsFetched() == 1);
}

TEST_CASE("a snapshot kept up to date by events equals a fresh snapshot after every kind of operation")
{
    ow::ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC));
    LocalHall hall(hallConfig(0), &clock);
    REQUIRE(hall.start());
    ow::HallClient board(hall.clientOptions(boardToken()));
    board.start();
    REQUIRE(online(board));
    ow::HallClient kiosk(hall.clientOptions(kioskToken()));
    ow::HallClient sup(hall.clientOptions(supervisorToken()));
    QSignalSpy noShows(&board, &ow::HallClient::ticketNoShow);
    QSignalSpy paused(&board, &ow::HallClient::windowPaused);
    QSignalSpy rated(&board, &ow::HallClient::ticketRated);

    for (int i = 0; i < 12; ++i) {
        REQUIRE(await(kiosk.issueTicket(QString(QChar(u'A' + i % 5)), i % 4 == 0 ? u"elderly"_s : QString())).ok());
        clock.advanceSeconds(10);
    }
    REQUIRE(await(sup.registerBooking(u"YY7"_s, u"B"_s, clock.now(), clock.now().addSecs(1800))).ok());
    REQUIRE(await(kiosk.checkIn(u"YY7"_s)).ok());
    REQUIRE(await(sup.callNext(u"W01"_s)).ok());
    REQUIRE(await(sup.callNext(u"W05"_s)).ok());
    REQUIRE(await(sup.callNext(u"W07"_s)).ok());
    REQUIRE(await(sup.recall(u"W01"_s)).ok());
    REQUIRE(await(sup.noShow(u"W07"_s)).ok());
    REQUIRE(await(sup.transfer(u"W05"_s, u"D"_s, {}, true)).ok());
    REQUIRE(await(sup.linkCases(board.snapshot().window(u"W01"_s)->currentTicketId, {u"CASE-9"_s})).ok());
    const QString served = board.snapshot().window(u"W01"_s)->currentTicketId;
    REQUIRE(await(sup.callNext(u"W01"_s, u"one_time_notice"_s)).ok());
    REQUIRE(await(sup.rate(served, 3, u"等太久"_s)).ok());
    REQUIRE(await(sup.pause(u"W12"_s, u"培训"_s)).ok());
    REQUIRE(await(sup.callNext(u"W09"_s)).ok());
    REQUIRE(await(sup.transfer(u"W09"_s, {}, u"W10"_s, false)).ok());
    const ow::HallResult extra = await(kiosk.issueTicket(u"E"_s));
    REQUIRE(extra.ok());
    REQUIRE(await(sup.callTicket(u"W11"_s, extra.ticket().code)).ok());
    REQUIRE(await(sup.complete(u"W11"_s, u"collected"_s)).ok());

    REQUIRE(caughtUp(board, hall.server));
    CHECK(board.snapshot().summary() == freshSnapshot(hall).summary());
    CHECK(board.snapshotsFetched() == 1); // kept up by events alone
    CHECK(noShows.size() == 1);
    CHECK(paused.size() == 1);
    CHECK(rated.size() == 1);
    CHECK(board.snapshot().window(u"W12"_s)->paused);

    const ow::HallResult stats = await(sup.fetchStatistics());
    REQUIRE(stats.ok());
    CHECK(stats.statistics().totals.issued == 14);
    CHECK(stats.statistics().totals.ratings == 1);
}

TEST_CASE("a lost event is noticed by its sequence number and healed with a new snapshot")
{
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient board(hall.clientOptions(boardToken()));
    QSignalSpy gaps(&board, &ow::HallClient::sequenceGap);
    board.start();
    REQUIRE(online(board));
    const qint64 before = board.lastSequence();

    int issued = 0;
    hall.server.setBroadcastFilter([&](const QJsonObject &m) {
        // Drop the second ticket_issued on the wire (it is still committed).
        return !(m.value(u"type"_s).toString() == u"ticket_issued"_s && ++issued == 2);
    });
    for (int i = 0; i < 4; ++i)
        REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"C"})").status == 201);

    REQUIRE(caughtUp(board, hall.server));
    REQUIRE(gaps.size() == 1);
    CHECK(gaps.first().at(0).toLongLong() == before + 2);
    CHECK(gaps.first().at(1).toLongLong() == before + 3);
    CHECK(board.snapshotsFetched() == 2);
    CHECK(board.snapshot().waitingFor(u"C"_s).size() == 4); // C002, missed on the wire, is there
    CHECK(board.snapshot().summary() == freshSnapshot(hall).summary());
}

TEST_CASE("when the service restarts, clients go offline, reconnect by themselves and fetch a new snapshot")
{
    LocalHall hall;
    REQUIRE(hall.start());
    const quint16 port = hall.url.port();
    ow::HallClient board(hall.clientOptions(boardToken()));
    QList<ow::HallClient::State> states;
    QObject::connect(&board, &ow::HallClient::stateChanged, [&](ow::HallClient::State s) { states.append(s); });
    board.start();
    REQUIRE(online(board));
    REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
    REQUIRE(caughtUp(board, hall.server));

    hall.server.stop();
    REQUIRE(waitFor([&] { return board.state() != ow::HallClient::State::Online; }));
    REQUIRE(waitFor([&] { return board.reconnects() >= 1; })); // it keeps trying while the hall is away

    REQUIRE(hall.start(port)); // the same database, the same port
    REQUIRE(online(board));
    CHECK(board.snapshotsFetched() == 2);
    CHECK(board.snapshot().waitingFor(u"A"_s).size() == 1); // the queue survived the restart
    REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
    REQUIRE(caughtUp(board, hall.server));
    CHECK(board.snapshot().waitingFor(u"A"_s).size() == 2);
    CHECK(states.contains(ow::HallClient::State::Offline));
    CHECK(states.last() == ow::HallClient::State::Online);
}

TEST_CASE("the stream refuses an unknown token (close code 4401) and a wrong path")
{
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient intruder(hall.clientOptions("guessed-token-123"));
    QSignalSpy refused(&intruder, &ow::HallClient::authenticationFailed);
    intruder.start();
    REQUIRE(waitFor([&] { return refused.size() >= 1; }));
    CHECK_FALSE(intruder.isOnline());
    CHECK(hall.server.eventClientCount() == 0);
    intruder.stop();

    // A wrong path is refused at the handshake (404), before it is a WebSocket.
    QWebSocket socket;
    bool connected = false;
    bool failed = false;
    QObject::connect(&socket, &QWebSocket::connected, [&] { connected = true; });
    QObject::connect(&socket, &QWebSocket::stateChanged,
                     [&](QAbstractSocket::SocketState state) { failed = failed || state == QAbstractSocket::UnconnectedState; });
    QUrl url = hall.url;
    url.setScheme(u"ws"_s);
    url.setPath(u"/somewhere/else"_s);
    url.setQuery(u"token=demo-board-1"_s);
    socket.open(url);
    REQUIRE(waitFor([&] { return failed; }));
    CHECK_FALSE(connected);
    CHECK(hall.server.eventClientCount() == 0);

    // The query form of the token works for the right path (browsers cannot set headers).
    QWebSocket browser;
    QString hello;
    QObject::connect(&browser, &QWebSocket::textMessageReceived, [&](const QString &m) { hello = m; });
    url.setPath(u"/api/v1/events/stream"_s);
    browser.open(url);
    REQUIRE(waitFor([&] { return !hello.isEmpty(); }));
    CHECK(hello.contains(u"\"type\":\"hello\""_s));
}

TEST_CASE("at midnight the service starts the new day by itself and boards start afresh")
{
    ow::ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(15, 59, 0), Qt::UTC)); // 23:59 in the hall
    LocalHall hall(hallConfig(), &clock);
    hall.dayCheckIntervalMs = 100;
    REQUIRE(hall.start());
    ow::HallClient board(hall.clientOptions(boardToken()));
    QSignalSpy days(&board, &ow::HallClient::dayStarted);
    board.start();
    REQUIRE(online(board));
    REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
    REQUIRE(caughtUp(board, hall.server));
    CHECK(board.snapshot().waiting.size() == 1);

    clock.advanceSeconds(120); // 00:01, nobody does anything: the timer starts the day
    REQUIRE(waitFor([&] { return days.size() == 1 && board.snapshot().day == QDate(2026, 12, 1); }));
    CHECK(board.snapshot().waiting.isEmpty()); // yesterday's ticket expired
    const HttpAnswer first = post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})");
    CHECK(first.body.value(u"ticket"_s).toObject().value(u"code"_s).toString() == u"A001"_s);
    CHECK(first.body.value(u"ticket"_s).toObject().value(u"id"_s).toString() == u"20261201-A001"_s);
}

TEST_CASE("a hall that goes silent is given up after the ping timeout and tried again")
{
    QTcpServer silent; // accepts the connection and never answers, like a hall PC that lost power mid-session
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    ow::HallClient::Options options;
    options.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    options.token = boardToken();
    options.pingIntervalMs = 100;
    options.minBackoffMs = 20;
    options.maxBackoffMs = 50;
    ow::HallClient board(options);
    board.start();
    REQUIRE(waitFor([&] { return board.reconnects() >= 2; }, std::chrono::seconds(5)));
    CHECK_FALSE(board.isOnline());
}
