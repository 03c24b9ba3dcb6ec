// The hall service against bad requests (docs/hall-api.md, "Limits"): garbage after a request, oversized
// headers and bodies, chunked bodies, and oversized case summaries. Raw sockets to 127.0.0.1 only.
#include "core/hall/protocol/casesummary.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/integration/hall/rawhttp.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace owtest;

TEST_CASE("a stream of garbage after a request is refused and closed at once, not buffered")
{
    RawConnection raw; // the default idle timeout of 60 s: the close below is not the idle timeout's
    QTcpSocket &socket = raw.socket;
    // QHttpServer 6.4's parser takes even this; then the client keeps sending what is no request at all.
    socket.write("GET /api/v1/health HTTP/1.x\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray in;
    for (int i = 0; i < 20 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(QByteArray(64 * 1024, 'x'));
        waitFor([&] { return socket.state() != QAbstractSocket::ConnectedState; }, std::chrono::milliseconds(50));
        in += socket.readAll();
    }
    CHECK(waitFor(
        [&] {
            in += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        std::chrono::seconds(2)));
    CHECK(in.startsWith("HTTP/1.1 200"));
    CHECK(in.contains("HTTP/1.1 414"));
    CHECK(waitFor([&] { return raw.hall.server.connectionCount() == 0; }));
}

TEST_CASE("a body over the limit is refused from its Content-Length before it is sent, after the token")
{
    LocalHall hall;
    REQUIRE(hall.start());
    const QByteArray hundredMegabytes = "Content-Type: application/json\r\nContent-Length: 104857600\r\n";
    // Only the header block goes out: the answer comes while the client has not sent a byte of the body.
    RawAnswer a = exchange(hall.url, requestHead("POST", "/api/v1/tickets", kioskToken(), hundredMegabytes));
    CHECK(a.status == 413);
    CHECK(a.head.contains("application/problem+json"));
    CHECK(a.body.value(u"code"_s).toString() == u"body_too_large"_s);
    CHECK(a.closed);

    a = exchange(hall.url, requestHead("POST", "/api/v1/tickets", "not-a-token-of-this-hall", hundredMegabytes));
    CHECK(a.status == 401);
    CHECK(a.body.value(u"code"_s).toString() == u"unauthorized"_s);
    CHECK(a.head.contains("WWW-Authenticate: Bearer"));

    // Case summaries take more than a ticket, but not 20 MB.
    a = exchange(hall.url, requestHead("POST", "/api/v1/case-summaries", windowToken(1), "Content-Length: 20971520\r\n"));
    CHECK(a.status == 413);
    a = exchange(hall.url, requestHead("POST", "/api/v1/tickets", kioskToken(), "Content-Length: 70000\r\n"));
    CHECK(a.status == 413);
    // A body within the limit is read and answered by the route as before.
    CHECK(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
}

TEST_CASE("a header line of a megabyte and ten thousand header lines get 431")
{
    LocalHall hall;
    REQUIRE(hall.start());
    RawAnswer a = exchange(hall.url, requestHead("GET", "/api/v1/health", {}, "X-Big: " + QByteArray(1024 * 1024, 'a') + "\r\n"));
    CHECK(a.status == 431);
    CHECK(a.body.value(u"code"_s).toString() == u"header_too_large"_s);
    CHECK(a.closed);

    QByteArray many;
    for (int i = 0; i < 10000; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    a = exchange(hall.url, requestHead("GET", "/api/v1/health", {}, many));
    CHECK(a.status == 431);
    CHECK(a.closed);

    a = exchange(hall.url, "GET /" + QByteArray(20000, 'p') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    CHECK(a.status == 414);
    // The service goes on answering.
    CHECK(get(hall.url, u"/api/v1/health"_s, {}).status == 200);
}

TEST_CASE("a chunked body is refused with 411, after the token")
{
    LocalHall hall;
    REQUIRE(hall.start());
    const QByteArray chunked = "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n";
    RawAnswer a = exchange(hall.url, requestHead("POST", "/api/v1/tickets", kioskToken(), chunked)
                                         + "f\r\n{\"service\":\"A\"}\r\n0\r\n\r\n");
    CHECK(a.status == 411);
    CHECK(a.body.value(u"code"_s).toString() == u"length_required"_s);
    a = exchange(hall.url, requestHead("POST", "/api/v1/tickets", "not-a-token-of-this-hall", chunked));
    CHECK(a.status == 401);
    a = exchange(hall.url, requestHead("POST", "/api/v1/tickets", kioskToken(), "Transfer-Encoding: gzip\r\n"));
    CHECK(a.status == 501);
    a = exchange(hall.url, requestHead("POST", "/api/v1/tickets", kioskToken(), "Content-Length: 5\r\nContent-Length: 6\r\n"));
    CHECK(a.status == 400);
    CHECK(get(hall.url, u"/api/v1/snapshot"_s, boardToken()).body.value(u"waiting"_s).toArray().isEmpty()); // nothing issued
}

TEST_CASE("oversized case summary fields are refused and nothing is stored or sent")
{
    LocalHall hall;
    REQUIRE(hall.start());
    const qint64 seqBefore = hall.server.lastSequence();
    struct Spoil {
        QString field;
        std::function<void(QJsonObject &)> apply;
    };
    const std::vector<Spoil> spoils{
        {u"matters[0].name"_s,
         [](QJsonObject &o) {
             o.insert(u"matters"_s, QJsonArray{QJsonObject{{u"code"_s, u"M1"_s}, {u"name"_s, QString(201, u'名')}}});
         }},
        {u"matters[0].department"_s,
         [](QJsonObject &o) {
             o.insert(u"matters"_s, QJsonArray{QJsonObject{{u"code"_s, u"M1"_s}, {u"department"_s, QString(201, u'局')}}});
         }},
        {u"matters[0].code"_s,
         [](QJsonObject &o) {
             o.insert(u"matters"_s, QJsonArray{QJsonObject{{u"code"_s, QString(65, u'M')}}});
         }},
        {u"matters"_s,
         [](QJsonObject &o) {
             QJsonArray many;
             for (int i = 0; i <= ow::CaseSummary::MaxMatters; ++i)
                 many.append(QJsonObject{{u"code"_s, u"M%1"_s.arg(i)}});
             o.insert(u"matters"_s, many);
         }},
        {u"bundle"_s, [](QJsonObject &o) { o.insert(u"bundle"_s, QString(65, u'B')); }},
        {u"ticketId"_s, [](QJsonObject &o) { o.insert(u"ticketId"_s, QString(65, u'T')); }},
        {u"caseId"_s, [](QJsonObject &o) { o.insert(u"caseId"_s, QString(65, u'C')); }},
        {u"status"_s, [](QJsonObject &o) { o.insert(u"status"_s, QString(33, u's')); }},
    };
    for (const Spoil &spoil : spoils) {
        INFO(spoil.field.toStdString());
        QJsonObject bad = summary(2);
        spoil.apply(bad);
        // A good summary beside it is refused too: the request is taken whole or not at all.
        const HttpAnswer a = post(hall.url, u"/api/v1/case-summaries"_s, windowToken(1), summaries({summary(1), bad}));
        CHECK(a.status == 400);
        CHECK(a.contentType == "application/problem+json");
        CHECK(a.body.value(u"code"_s).toString() == u"summary_too_large"_s);
        CHECK(a.body.value(u"detail"_s).toString().contains(spoil.field));
    }
    // A 20 MB summary is refused from its length: the hall answers before it has read the body.
    QJsonObject huge = summary(3);
    huge.insert(u"bundle"_s, QString(20 * 1024 * 1024, u'x'));
    const QByteArray hugeBody = summaries({huge});
    const RawAnswer a = exchange(hall.url, requestHead("POST", "/api/v1/case-summaries", windowToken(1),
                                                       "Content-Length: " + QByteArray::number(hugeBody.size()) + "\r\n")
                                               + hugeBody);
    CHECK(a.status == 413);

    CHECK(hall.server.lastSequence() == seqBefore); // no event, so nothing went to any board
    const HttpAnswer stored = get(hall.url, u"/api/v1/case-summaries?from=2026-11-01&to=2026-11-30"_s, supervisorToken());
    REQUIRE(stored.status == 200);
    CHECK(stored.body.value(u"summaries"_s).toArray().isEmpty());
}
