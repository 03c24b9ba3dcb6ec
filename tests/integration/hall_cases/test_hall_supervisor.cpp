// The supervisor's reassignment of a window's services (the queue calls by the new services, and the change
// survives a kill -9 of the real onewindow-hall) and window presence on the event stream.
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/hallread.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

QString issued(const QUrl &url, const char *service)
{
    const HttpAnswer a = post(url, u"/api/v1/tickets"_s, kioskToken(), QByteArray(R"({"service":")") + service + "\"}");
    REQUIRE(a.status == 201);
    return a.body.value(u"ticket"_s).toObject().value(u"id"_s).toString();
}

QString callNext(const QUrl &url, int window)
{
    const HttpAnswer a = post(url, u"/api/v1/windows/%1/call-next"_s.arg(windowId(window)), windowToken(window),
                              R"({"completeCurrent":"consulted"})");
    REQUIRE(a.status == 200);
    return a.body.value(u"ticket"_s).toObject().value(u"id"_s).toString();
}

QJsonObject windowOf(const QUrl &url, const QString &id)
{
    for (const QJsonValue &w : get(url, u"/api/v1/snapshot"_s, boardToken()).body.value(u"windows"_s).toArray()) {
        if (w.toObject().value(u"id"_s).toString() == id)
            return w.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("a supervisor's reassignment changes who is called next, and survives a kill -9 of the service")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"hall.sqlite"_s);
    HallProcess hall;
    hall.mustStart(db);
    // W11 serves only E (出件/咨询): with an A and a C waiting it calls nobody.
    const QString a1 = issued(hall.url, "A");
    const QString c1 = issued(hall.url, "C");
    CHECK(callNext(hall.url, 11).isEmpty());

    // Only a supervisor reassigns; a window cannot, not even its own.
    CHECK(post(hall.url, u"/api/v1/windows/W11/services"_s, windowToken(11), R"({"services":["C"]})").status == 403);
    CHECK(post(hall.url, u"/api/v1/windows/W99/services"_s, supervisorToken(), R"({"services":["C"]})").status == 404);
    CHECK(post(hall.url, u"/api/v1/windows/W11/services"_s, supervisorToken(), R"({"services":["Z"]})").status == 400);
    CHECK(post(hall.url, u"/api/v1/windows/W11/services"_s, supervisorToken(), R"({"services":[]})").status == 400);
    CHECK(post(hall.url, u"/api/v1/windows/W11/services"_s, supervisorToken(), R"({"services":[{"service":"C","weight":11}]})")
              .status
          == 400);
    CHECK(post(hall.url, u"/api/v1/windows/W11/services"_s, supervisorToken(), R"({"services":["C","C"]})").status == 400);

    const HttpAnswer changed =
        post(hall.url, u"/api/v1/windows/W11/services"_s, supervisorToken(), R"({"services":[{"service":"C","weight":3},"E"]})");
    REQUIRE(changed.status == 200);
    const QJsonArray services = changed.body.value(u"window"_s).toObject().value(u"services"_s).toArray();
    REQUIRE(services.size() == 2);
    CHECK(services.at(0).toObject() == QJsonObject{{u"service"_s, u"C"_s}, {u"weight"_s, 3}});
    CHECK(services.at(1).toObject() == QJsonObject{{u"service"_s, u"E"_s}, {u"weight"_s, 1}});
    // The event carries the new services and the previous ones, and who did it.
    const QJsonArray events = get(hall.url, u"/api/v1/events?since=0"_s, boardToken()).body.value(u"events"_s).toArray();
    const QJsonObject event = events.last().toObject();
    CHECK(event.value(u"type"_s).toString() == u"window_services_changed"_s);
    CHECK(event.value(u"windowId"_s).toString() == u"W11"_s);
    CHECK(event.value(u"actor"_s).toString() == u"supervisor:office"_s);
    CHECK(event.value(u"data"_s).toObject().value(u"previous"_s).toArray()
          == QJsonArray{QJsonObject{{u"service"_s, u"E"_s}, {u"weight"_s, 2}}});

    CHECK(callNext(hall.url, 11) == c1); // C now, not A
    const QString c2 = issued(hall.url, "C");

    const QJsonObject before = windowOf(hall.url, u"W11"_s);
    hall.killHard();
    hall.mustStart(db);
    CHECK(windowOf(hall.url, u"W11"_s).value(u"services"_s) == before.value(u"services"_s));
    CHECK(callNext(hall.url, 11) == c2);     // still calling C after the restart
    CHECK(callNext(hall.url, 11).isEmpty()); // and still not A
    CHECK(callNext(hall.url, 1) == a1);
    hall.killHard();
}

TEST_CASE("HallClient reassigns a window, and the other clients' snapshots follow the event")
{
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient supervisor(hall.clientOptions(supervisorToken()));
    ow::HallClient board(hall.clientOptions(boardToken()));
    QSignalSpy changes(&board, &ow::HallClient::windowServicesChanged);
    board.start();
    REQUIRE(waitFor([&] { return board.isOnline(); }));

    const ow::HallResult r = await(supervisor.setWindowServices(u"W12"_s, {{u"B"_s, 2}, {u"D"_s, 1}}));
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok());
    CHECK(r.window().services.size() == 2);
    REQUIRE(waitFor([&] { return changes.size() == 1; }));
    const ow::HallWindow w = changes.first().at(0).value<ow::HallWindow>();
    CHECK(w.id == u"W12"_s);
    REQUIRE(w.services.size() == 2);
    CHECK(w.services.at(0).service == u"B"_s);
    CHECK(w.services.at(0).weight == 2);
    REQUIRE(board.snapshot().window(u"W12"_s));
    CHECK(board.snapshot().window(u"W12"_s)->services.size() == 2);
    const ow::HallSnapshot fresh = owtest::hallRead<ow::HallSnapshot>(get(hall.url, u"/api/v1/snapshot"_s, boardToken()).body);
    CHECK(board.snapshot().summary() == fresh.summary());
}

TEST_CASE("a window device's stream makes its window connected, and a supervisor hears it come and go")
{
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient supervisor(hall.clientOptions(supervisorToken()));
    QList<ow::HallWindow> presence;
    QObject::connect(&supervisor, &ow::HallClient::windowConnectionChanged, [&](const ow::HallWindow &w) { presence.append(w); });
    supervisor.start();
    REQUIRE(waitFor([&] { return supervisor.isOnline(); }));
    // The config's comprehensive windows (综合窗口) are marked; nobody is connected yet.
    REQUIRE(supervisor.snapshot().window(u"W01"_s));
    CHECK(supervisor.snapshot().window(u"W01"_s)->comprehensive);
    CHECK_FALSE(supervisor.snapshot().window(u"W05"_s)->comprehensive);
    CHECK_FALSE(supervisor.snapshot().window(u"W03"_s)->connected);

    {
        ow::HallClient board(hall.clientOptions(boardToken())); // a board is not a window
        board.start();
        REQUIRE(waitFor([&] { return board.isOnline(); }));
        ow::HallClient counter(hall.clientOptions(windowToken(3)));
        ow::HallClient second(hall.clientOptions(windowToken(3))); // the same window on a second device
        counter.start();
        REQUIRE(waitFor([&] { return presence.size() == 1; }));
        CHECK(presence.first().id == u"W03"_s);
        CHECK(presence.first().connected);
        CHECK(supervisor.snapshot().window(u"W03"_s)->connected);
        CHECK(windowOf(hall.url, u"W03"_s).value(u"connected"_s).toBool());
        second.start();
        REQUIRE(waitFor([&] { return second.isOnline(); }));
        const int streams = hall.server.eventClientCount();
        counter.stop(); // one of two devices leaves: the window stays connected
        REQUIRE(waitFor([&] { return hall.server.eventClientCount() == streams - 1; })); // the hall saw it leave
        // A ticket's event after it: once the supervisor has that, a presence change would have come before.
        REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
        REQUIRE(waitFor([&] { return supervisor.lastSequence() == hall.server.lastSequence(); }));
        CHECK(presence.size() == 1);
    } // the second device and the board leave
    REQUIRE(waitFor([&] { return presence.size() == 2; }));
    CHECK(presence.last().id == u"W03"_s);
    CHECK_FALSE(presence.last().connected);
    CHECK_FALSE(supervisor.snapshot().window(u"W03"_s)->connected);

    const QJsonArray events = get(hall.url, u"/api/v1/events?since=0"_s, boardToken()).body.value(u"events"_s).toArray();
    QStringList types;
    for (const QJsonValue &e : events)
        types.append(e.toObject().value(u"type"_s).toString());
    CHECK(types.count(u"window_connected"_s) == 1);
    CHECK(types.count(u"window_disconnected"_s) == 1);
    REQUIRE(waitFor([&] { return supervisor.lastSequence() == hall.server.lastSequence(); }));
    const ow::HallSnapshot fresh = owtest::hallRead<ow::HallSnapshot>(get(hall.url, u"/api/v1/snapshot"_s, boardToken()).body);
    CHECK(supervisor.snapshot().summary() == fresh.summary());
}
