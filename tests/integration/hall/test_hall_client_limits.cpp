// HallClient against a bad or hostile hall service (docs/hall-api.md, "Client limits"): a scripted stub
// on 127.0.0.1 answers in its place with a captive portal's HTML, redirects, drips, floods and oversized
// or silent event streams. Nothing the stub sends may become a called ticket, a confirmed link, unbounded
// memory or a stream that stays dead.
#include "core/hall/client/hallreplies.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/integration/hall/hallstub.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

const QByteArray captivePortal = "<html><head><title>Hotel WiFi</title></head><body>Please log in.</body></html>";

QByteArray snapshotJson(qint64 seq)
{
    return QJsonDocument(
               QJsonObject{{u"hall"_s, QJsonObject{{u"code"_s, u"STUB"_s}, {u"name"_s, u"Stub"_s}, {u"timeZone"_s, u"UTC"_s}}},
                           {u"seq"_s, seq},
                           {u"day"_s, u"2026-12-04"_s},
                           {u"windows"_s, QJsonArray{}},
                           {u"waiting"_s, QJsonArray{}},
                           {u"services"_s, QJsonArray{}},
                           {u"latestCalls"_s, QJsonArray{}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray eventJson(qint64 seq)
{
    const QJsonObject ticket{{u"id"_s, u"20261204-A%1"_s.arg(seq)},
                             {u"code"_s, u"A%1"_s.arg(seq)},
                             {u"service"_s, u"A"_s},
                             {u"state"_s, u"waiting"_s},
                             {u"order"_s, seq},
                             {u"number"_s, seq}};
    return QJsonDocument(QJsonObject{{u"seq"_s, seq},
                                     {u"type"_s, u"ticket_issued"_s},
                                     {u"day"_s, u"2026-12-04"_s},
                                     {u"ticketId"_s, ticket.value(u"id"_s)},
                                     {u"ticket"_s, ticket},
                                     {u"data"_s, QJsonObject{}}})
        .toJson(QJsonDocument::Compact);
}

ow::HallClient::Options options(const HallStub &stub)
{
    ow::HallClient::Options o;
    o.baseUrl = stub.url();
    o.token = "stub-token-123456";
    o.minBackoffMs = 50;
    o.maxBackoffMs = 300;
    o.pingIntervalMs = 60000; // silence is its own test
    return o;
}

} // namespace

TEST_CASE("a captive portal's HTML 200 is no called ticket and no confirmed link")
{
    HallStub stub(
        [](QTcpSocket *s, const StubRequest &) { HallStub::respond(s, 200, "text/html; charset=utf-8", captivePortal); });
    REQUIRE(stub.listen());
    ow::HallClient client(options(stub));

    const ow::HallResult call = await(client.callNext(u"W03"_s));
    CHECK_FALSE(call.ok());
    CHECK(call.httpStatus == 0);
    CHECK(call.fault == ow::HallResult::Fault::NotHall);
    CHECK(call.errorCode == u"not_hall"_s);
    CHECK(call.answeredStatus == 200);
    CHECK_FALSE(call.ticket().isValid());
    CHECK(call.errorMessage.contains(u"text/html"_s));
    CHECK(stub.count("/api/v1/windows/W03/call-next") == 1);

    // The ticket link: an HTML 200 is transient for TicketCaseLinker (httpStatus 0), so the link stays pending.
    const ow::HallResult link = await(client.linkCases(u"20261204-A001"_s, {u"DEMO-20261204-03-0001"_s}));
    CHECK_FALSE(link.ok());
    CHECK(link.httpStatus == 0);

    // JSON, but not the hall's answer to this request: no proof either.
    stub.setScript([](QTcpSocket *s, const StubRequest &) { HallStub::respondJson(s, 200, R"({"status":"ok"})"); });
    const ow::HallResult json = await(client.callNext(u"W03"_s));
    CHECK_FALSE(json.ok());
    CHECK(json.fault == ow::HallResult::Fault::NotHall);
    const ow::HallResult otherLink = await(client.linkCases(u"20261204-A001"_s, {u"DEMO-20261204-03-0001"_s}));
    CHECK_FALSE(otherLink.ok());
    // A ticket that does not list the case does not confirm the link.
    stub.setScript([](QTcpSocket *s, const StubRequest &) {
        HallStub::respondJson(s, 200,
                              R"({"ticket":{"id":"20261204-A001","code":"A001","state":"serving","caseIds":[]},"seq":9})");
    });
    CHECK_FALSE(await(client.linkCases(u"20261204-A001"_s, {u"DEMO-20261204-03-0001"_s})).ok());
    stub.setScript([](QTcpSocket *s, const StubRequest &) {
        HallStub::respondJson(
            s, 200,
            R"({"ticket":{"id":"20261204-A001","code":"A001","state":"serving","caseIds":["DEMO-20261204-03-0001"]},"seq":9})");
    });
    CHECK(await(client.linkCases(u"20261204-A001"_s, {u"DEMO-20261204-03-0001"_s})).ok());

    // A refusal must be in the hall's words: a proxy's 404 page is no refusal of the summaries.
    stub.setScript([](QTcpSocket *s, const StubRequest &) { HallStub::respond(s, 404, "text/html", "<h1>Not Found</h1>"); });
    const ow::HallResult notFound = await(client.reportCases({}));
    CHECK(notFound.httpStatus == 0);
    CHECK(notFound.fault == ow::HallResult::Fault::NotHall);
    // The hall's own refusal still reads as one.
    stub.setScript([](QTcpSocket *s, const StubRequest &) {
        HallStub::respond(
            s, 409, "application/problem+json",
            R"({"type":"urn:onewindow:hall:window_paused","title":"Conflict","status":409,"code":"window_paused","detail":"paused"})");
    });
    const ow::HallResult paused = await(client.callNext(u"W03"_s));
    CHECK(paused.httpStatus == 409);
    CHECK(paused.fault == ow::HallResult::Fault::None);
    CHECK(paused.errorCode == u"window_paused"_s);
    // Qt reports a 400 as a protocol error: it is still the hall's refusal, not a broken transfer.
    stub.setScript([](QTcpSocket *s, const StubRequest &) {
        HallStub::respond(
            s, 400, "application/problem+json",
            R"({"type":"urn:onewindow:hall:invalid_transfer","title":"Bad Request","status":400,"code":"invalid_transfer","detail":"no target"})");
    });
    const ow::HallResult refused = await(client.transfer(u"W03"_s, {}));
    CHECK(refused.httpStatus == 400);
    CHECK(refused.fault == ow::HallResult::Fault::None);
    CHECK(refused.errorCode == u"invalid_transfer"_s);
}

TEST_CASE("a redirect is not followed: nothing, and no token, reaches the other port")
{
    HallStub elsewhere(
        [](QTcpSocket *s, const StubRequest &) { HallStub::respondJson(s, 200, R"({"ticket":null,"window":{"id":"W03"}})"); });
    REQUIRE(elsewhere.listen());
    const QByteArray location = elsewhere.url().toEncoded() + "/api/v1/windows/W03/call-next";
    HallStub stub([location](QTcpSocket *s, const StubRequest &) {
        HallStub::respond(s, 307, "text/html", "<a href=\"elsewhere\">moved</a>", "Location: " + location + "\r\n");
    });
    REQUIRE(stub.listen());
    ow::HallClient client(options(stub));

    const ow::HallResult r = await(client.callNext(u"W03"_s));
    CHECK_FALSE(r.ok());
    CHECK(r.fault == ow::HallResult::Fault::Redirected);
    CHECK(r.errorCode == u"redirected"_s);
    CHECK(r.answeredStatus == 307);
    CHECK(r.errorMessage.contains(QString::number(elsewhere.port())));
    // The reply has finished with the 307: a client that followed it would have asked `elsewhere` before that.
    CHECK(stub.requests.size() == 1);
    CHECK(stub.requests.first().headers.value("accept-encoding") == "identity");
    CHECK(elsewhere.requests.isEmpty());
}

TEST_CASE("a drip cannot hold a request past its deadline")
{
    HallStub stub([](QTcpSocket *s, const StubRequest &) { HallStub::drip(s, 100, 1000); });
    REQUIRE(stub.listen());
    ow::HallClient::Options o = options(stub);
    o.requestTimeoutMs = 400; // each byte comes well within it
    o.requestDeadlineMs = 1200;
    ow::HallClient client(o);

    QElapsedTimer clock;
    clock.start();
    const ow::HallResult r = await(client.fetchSnapshot());
    const qint64 took = clock.elapsed();
    CHECK_FALSE(r.ok());
    CHECK(r.fault == ow::HallResult::Fault::DeadlinePassed);
    CHECK(r.errorCode == u"timeout"_s);
    CHECK(took >= 1100); // the fault above says the deadline ended it, not the drip's 100 s
}

TEST_CASE("a 300 MB answer is cut off at the limit and memory stays bounded")
{
    static constexpr qint64 total = 300LL * 1024 * 1024;
    for (const bool announced : {true, false}) {
        INFO("Content-Length announced: " << announced);
        HallStub stub([announced](QTcpSocket *s, const StubRequest &) { HallStub::flood(s, total, announced); });
        REQUIRE(stub.listen());
        ow::HallClient::Options o = options(stub);
        o.maxListReplyBytes = 8 << 20;
        o.requestDeadlineMs = 20000;
        ow::HallClient client(o);

        const qint64 before = residentKiB();
        qint64 peak = before;
        ow::HallReply *reply = client.fetchTickets();
        ow::HallResult r;
        r.httpStatus = -1;
        QObject::connect(reply, &ow::HallReply::finished, [&r](const ow::HallResult &result) { r = result; });
        REQUIRE(waitFor(
            [&] {
                peak = std::max(peak, residentKiB());
                return r.httpStatus != -1;
            },
            std::chrono::seconds(20)));
        CHECK_FALSE(r.ok());
        CHECK(r.fault == ow::HallResult::Fault::TooLarge);
        CHECK(r.errorCode == u"reply_too_large"_s);
        if (before > 0 && owtest::residentSizeMeaningful)
            CHECK(peak - before < 64 * 1024); // the limit and Qt's buffers, far from 300 MB
    }
}

TEST_CASE("the answers' shapes: what each request accepts as the hall's")
{
    using namespace ow::hallanswer;
    CHECK(isJsonContentType("application/json; charset=utf-8"));
    CHECK(isJsonContentType("application/problem+json"));
    CHECK_FALSE(isJsonContentType("text/html"));
    CHECK_FALSE(isJsonContentType(""));
    const auto obj = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
    CHECK_FALSE(call(obj(R"({"ticket":null,"window":{"id":"W03"}})")));
    CHECK(call(obj(R"({"window":{"id":"W03"}})"))); // absent is not "nobody waiting"
    CHECK(call(obj(R"({"ticket":null})")));
    CHECK(call(obj(R"({"ticket":{"code":"A1"},"window":{"id":"W03"}})")));
    CHECK_FALSE(snapshot(obj(snapshotJson(3))));
    CHECK(snapshot(obj(R"({"seq":3})")));
    CHECK_FALSE(stored(obj(R"({"stored":1,"ignored":0,"seq":4})")));
    CHECK(stored(obj(R"({"stored":"1","ignored":0})")));
    CHECK(linked(obj(R"({"ticket":{"id":"T","code":"A1","state":"serving","caseIds":["a"]}})"), {u"a"_s, u"b"_s}));
    CHECK_FALSE(linked(obj(R"({"ticket":{"id":"T","code":"A1","state":"serving","caseIds":["a","b"]}})"), {u"a"_s, u"b"_s}));
    // The ticket is read whole: a hall that says "linked" with a ticket that does not read has not proved it.
    CHECK(linked(obj(R"({"ticket":{"id":"T","caseIds":["a","b"]}})"), {u"a"_s, u"b"_s}));
    CHECK(linked(obj(R"({"ticket":{"id":"T","code":"A1","state":"serving","caseIds":["a","b"],"rating":9}})"), {u"a"_s, u"b"_s}));
    // A snapshot that does not read is no snapshot, whatever else it carries.
    CHECK(snapshot(obj(R"({"seq":3,"hall":{"code":"H"},"windows":[{"id":7}],"waiting":[]})")));
    CHECK_FALSE(snapshot(obj(R"({"seq":3,"hall":{"code":"H"},"windows":[],"waiting":[],"later":"a newer hall's key"})")));
}

TEST_CASE("an oversized event stream message closes the stream, and the client reconnects")
{
    for (const bool fragmented : {false, true}) {
        INFO("fragmented into small frames: " << fragmented);
        HallStub *stubPtr = nullptr;
        HallStub stub([&stubPtr, fragmented](QTcpSocket *s, const StubRequest &r) {
            if (r.path() == "/api/v1/snapshot") {
                HallStub::respondJson(s, 200, snapshotJson(5));
                return;
            }
            if (!r.isUpgrade()) {
                HallStub::respond(s, 404, "text/plain", "no");
                return;
            }
            stubPtr->upgrade(s, r);
            HallStub::sendFrame(s, R"({"type":"hello","seq":5,"day":"2026-12-04","hall":"STUB"})");
            if (stubPtr->upgrades() == 1) {
                const QByteArray big(2 * 1024 * 1024, 'x');
                if (!fragmented) {
                    HallStub::sendFrame(s, big);
                } else {
                    for (qsizetype at = 0; at < big.size(); at += 16 * 1024)
                        HallStub::sendFrame(s, big.mid(at, 16 * 1024), at == 0 ? 1 : 0, at + 16 * 1024 >= big.size());
                }
                return;
            }
            // The second stream: two messages that are not events, then the next event.
            HallStub::sendFrame(s, "<html>not json</html>");
            HallStub::sendFrame(s, R"({"hello":"world"})");
            // An event whose ticket does not read (its id a number) is dropped whole, not half-applied.
            HallStub::sendFrame(s, R"({"seq":6,"type":"ticket_issued","ticket":{"id":6,"code":"A6","state":"waiting"}})");
            HallStub::sendFrame(s, eventJson(6));
        });
        stubPtr = &stub;
        REQUIRE(stub.listen());
        ow::HallClient::Options o = options(stub);
        o.maxStreamMessageBytes = 64 * 1024;
        o.maxStreamFrameBytes = 64 * 1024;
        ow::HallClient client(o);
        QSignalSpy issued(&client, &ow::HallClient::ticketIssued);
        client.start();

        REQUIRE(waitFor([&] { return client.lastSequence() == 6 && client.isOnline(); }, std::chrono::seconds(10)));
        CHECK(stub.upgrades() == 2);
        CHECK(client.reconnects() >= 1);
        CHECK(client.badMessages() == 3);
        CHECK(issued.size() == 1);
        client.stop();
    }
}

TEST_CASE("a silent event stream is dropped and the client catches up on the next one")
{
    qint64 seq = 10;
    HallStub *stubPtr = nullptr;
    HallStub stub([&](QTcpSocket *s, const StubRequest &r) {
        if (r.path() == "/api/v1/snapshot") {
            HallStub::respondJson(s, 200, snapshotJson(seq));
            return;
        }
        if (!r.isUpgrade()) {
            HallStub::respond(s, 404, "text/plain", "no");
            return;
        }
        stubPtr->upgrade(s, r); // then silence: no pongs, no events
        HallStub::sendFrame(s, R"({"type":"hello","seq":10,"day":"2026-12-04","hall":"STUB"})");
    });
    stubPtr = &stub;
    REQUIRE(stub.listen());
    ow::HallClient::Options o = options(stub);
    o.pingIntervalMs = 200; // silent for 500 ms: dropped
    ow::HallClient client(o);
    client.start();
    REQUIRE(waitFor([&] { return client.isOnline() && client.lastSequence() == 10; }));
    QSignalSpy resets(&client, &ow::HallClient::snapshotReset);

    // While the stream is silent the hall moves on (events the client never hears of).
    seq = 17;
    REQUIRE(waitFor([&] { return client.lastSequence() == 17 && client.isOnline(); }, std::chrono::seconds(5)));
    CHECK(stub.upgrades() >= 2);
    CHECK(client.reconnects() >= 1);
    CHECK(client.snapshotsFetched() >= 2);
    CHECK(resets.size() >= 1);
    client.stop();
}

TEST_CASE("a stream that floods events while the snapshot does not come is dropped, not buffered without end")
{
    HallStub *stubPtr = nullptr;
    HallStub stub([&stubPtr](QTcpSocket *s, const StubRequest &r) {
        if (r.path() == "/api/v1/snapshot")
            return; // never answered (until the deadline)
        if (!r.isUpgrade())
            return;
        stubPtr->upgrade(s, r);
        if (stubPtr->upgrades() > 1)
            return;
        for (qint64 seq = 1; seq <= 6000; ++seq)
            HallStub::sendFrame(s, eventJson(seq));
    });
    stubPtr = &stub;
    REQUIRE(stub.listen());
    ow::HallClient::Options o = options(stub);
    o.requestDeadlineMs = 20000; // the snapshot's failure must not be what ends the stream
    o.requestTimeoutMs = 20000;
    ow::HallClient client(o);
    client.start();
    REQUIRE(waitFor([&] { return stub.upgrades() >= 2; }, std::chrono::seconds(4)));
    CHECK(client.reconnects() >= 1);
    client.stop();
}

TEST_CASE("a handshake that never completes does not hold the client")
{
    // Accepts the connection and reads, never answers: the handshake must not wait forever.
    HallStub stub([](QTcpSocket *, const StubRequest &) {});
    REQUIRE(stub.listen());
    ow::HallClient::Options o = options(stub);
    o.pingIntervalMs = 200;
    ow::HallClient client(o);
    client.start();
    REQUIRE(waitFor([&] { return stub.upgrades() >= 2; }, std::chrono::seconds(5)));
    CHECK_FALSE(client.isOnline());
    client.stop();
}
