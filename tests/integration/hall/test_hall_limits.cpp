// The hall service against bad clients (docs/hall-api.md, "Limits"): thousands of idle connections, a
// stream client that never reads, oversized headers and bodies, chunked bodies, a slow header drip, and
// oversized case summaries. Raw sockets to 127.0.0.1 only; every loop is bounded in count and time.
#include "core/hall/protocol/casesummary.h"
#include "core/hall/server/filelimit.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

struct RawAnswer {
    int status = 0;
    QByteArray head;
    QJsonObject body;
    bool closed = false; // the server closed the connection after answering
};

// Reads one response (status line, headers, Content-Length bytes) from a raw socket, 5 s at most.
RawAnswer readAnswer(QTcpSocket &socket, std::chrono::milliseconds timeout = std::chrono::seconds(5))
{
    QByteArray in;
    RawAnswer a;
    const auto complete = [&] {
        in += socket.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = in.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        return in.size() >= end + 4 + length;
    };
    if (!waitFor(complete, timeout))
        return a;
    const qsizetype end = in.indexOf("\r\n\r\n");
    a.head = in.left(end);
    a.status = a.head.mid(9, 3).toInt();
    a.body = QJsonDocument::fromJson(in.mid(end + 4)).object();
    a.closed = waitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, std::chrono::seconds(3));
    return a;
}

bool connectRaw(QTcpSocket &socket, const QUrl &url)
{
    socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    return waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; });
}

QByteArray requestHead(const QByteArray &method, const QByteArray &path, const QByteArray &token, const QByteArray &extra = {})
{
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token + "\r\n";
    return head + extra + "\r\n";
}

// Sends bytes and reads the answer; the bytes go out while the answer is awaited (a big send is not blocked on).
RawAnswer exchange(const QUrl &url, const QByteArray &bytes)
{
    QTcpSocket socket;
    if (!connectRaw(socket, url))
        return {};
    socket.write(bytes);
    return readAnswer(socket);
}

long rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

QJsonObject summary(int n, const QString &window = u"W01"_s)
{
    ow::CaseSummary s;
    s.caseId = u"LIMITS-%1"_s.arg(n, 6, 10, QChar(u'0'));
    s.windowId = window;
    s.day = QDate(2026, 11, 28);
    s.decidedAt = QDateTime(s.day, QTime(2, 0), Qt::UTC);
    s.updatedAt = s.decidedAt;
    s.decision = QString(ow::CaseSummary::Accepted);
    s.matters = {{u"M0101"_s, u"个体工商户设立登记"_s, u"市场监管局"_s}};
    return s.toJson();
}

QByteArray summaries(const QJsonArray &list)
{
    return QJsonDocument(QJsonObject{{u"summaries"_s, list}}).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("two thousand idle connections neither keep a window's call from an answer nor stay open")
{
    // This process holds both ends: 2,000 client sockets and up to 500 of the hall's. A machine whose
    // hard limit is too low for that still runs the test, with as many idle connections as fit.
    const long fileLimit = ow::filelimit::raiseToHard();
    const int batches = fileLimit < 0 ? 20 : int(std::clamp<long>((fileLimit - 800) / 100, 2, 20));
    const int cap = std::min(500, batches * 100 / 4);
    INFO("file limit " << fileLimit << ", idle connections " << batches * 100 << ", cap " << cap);
    LocalHall hall;
    hall.limits.maxConnections = cap;
    hall.limits.idleTimeoutMs = 1500;
    REQUIRE(hall.start());
    REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);

    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(hall.url.port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<int> idle;
    for (int batch = 0; batch < batches; ++batch) {
        for (int i = 0; i < 100; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            REQUIRE(fd >= 0);
            const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
            REQUIRE((rc == 0 || errno == EINPROGRESS));
            idle.push_back(fd);
        }
        QElapsedTimer pass;
        pass.start();
        while (pass.elapsed() < 20)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5); // the hall accepts the batch
    }
    const int evicted = batches * 100 - cap;
    waitFor([&] { return hall.server.evictions() >= evicted; }, std::chrono::seconds(5));
    CHECK(hall.server.connectionCount() <= hall.server.connectionCap());
    CHECK(hall.server.connectionCap() == cap);
    CHECK(hall.server.evictions() >= evicted);

    // Answered at all (post() gives up at its own deadline): how fast is the benchmark's business.
    const HttpAnswer called = post(hall.url, u"/api/v1/windows/W01/call-next"_s, windowToken(1));
    CHECK(called.status == 200);

    // After the (shortened) idle timeout every one of them has been closed by the hall.
    const auto closedCount = [&] {
        int closed = 0;
        for (int fd : idle) {
            char byte = 0;
            const ssize_t n = ::recv(fd, &byte, 1, MSG_DONTWAIT | MSG_PEEK);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
                ++closed;
        }
        return closed;
    };
    CHECK(waitFor([&] { return closedCount() == int(idle.size()); }, std::chrono::seconds(6)));
    CHECK(waitFor([&] { return hall.server.connectionCount() == 0; }, std::chrono::seconds(4)));
    for (int fd : idle)
        ::close(fd);
}

TEST_CASE("a stream client that never reads is dropped and the hall's memory stays flat")
{
    LocalHall hall;
    hall.limits.maxStreamBacklogBytes = 256 * 1024;
    REQUIRE(hall.start());

    // A board that reads, and a raw client that upgrades and then never reads a byte.
    QWebSocket board;
    int boardMessages = 0;
    QObject::connect(&board, &QWebSocket::textMessageReceived, [&](const QString &) { ++boardMessages; });
    board.open(QUrl(u"ws://127.0.0.1:%1/api/v1/events/stream?token=demo-board-1"_s.arg(hall.url.port())));
    REQUIRE(waitFor([&] { return hall.server.eventClientCount() == 1; }));

    const int raw = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(raw >= 0);
    const int small = 4096;
    ::setsockopt(raw, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(hall.url.port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(raw, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0);
    const QByteArray upgrade = requestHead("GET", "/api/v1/events/stream?token=demo-supervisor", {},
                                           "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n");
    REQUIRE(::send(raw, upgrade.constData(), size_t(upgrade.size()), MSG_NOSIGNAL) == upgrade.size());
    REQUIRE(waitFor([&] { return hall.server.eventClientCount() == 2; }));

    const long rssBefore = rssKiB();
    long rssPeak = rssBefore;
    qint64 pendingPeak = 0;
    int sentEvents = 0;
    int n = 0;
    // At most 100 requests of 200 summaries (about 100 KB of events each): far past every buffer.
    for (int request = 0; request < 100 && hall.server.streamClientsDropped() == 0; ++request) {
        QJsonArray list;
        for (int i = 0; i < 200; ++i)
            list.append(summary(n++));
        const HttpAnswer stored = post(hall.url, u"/api/v1/case-summaries"_s, windowToken(1), summaries(list));
        INFO(stored.raw.toStdString());
        REQUIRE(stored.status == 200);
        sentEvents += 200;
        pendingPeak = std::max(pendingPeak, hall.server.streamBytesPending());
        rssPeak = std::max(rssPeak, rssKiB());
    }
    INFO("events " << sentEvents << ", pending peak " << pendingPeak << " bytes, RSS " << rssBefore << " -> " << rssPeak
                   << " KiB");
    CHECK(hall.server.streamClientsDropped() == 1);
    CHECK(hall.server.eventClientCount() == 1); // the board that reads stays
    CHECK(pendingPeak <= hall.limits.maxStreamBacklogBytes);
    CHECK(rssPeak - rssBefore < 64 * 1024); // generous: the events themselves pass through SQLite and the board
    CHECK(waitFor([&] { return boardMessages > sentEvents; }, std::chrono::seconds(10))); // hello + every event
    ::close(raw);
}

TEST_CASE("a stream client's own messages are bounded")
{
    LocalHall hall;
    REQUIRE(hall.start());
    QWebSocket board;
    board.open(QUrl(u"ws://127.0.0.1:%1/api/v1/events/stream?token=demo-board-1"_s.arg(hall.url.port())));
    REQUIRE(waitFor([&] { return hall.server.eventClientCount() == 1; }));
    CHECK(hall.server.connectionCount() == 1); // the stream counts against the cap
    board.sendTextMessage(QString(int(hall.limits.maxStreamMessageBytes) + 1, u'x'));
    CHECK(waitFor([&] { return hall.server.eventClientCount() == 0; }));
    CHECK(waitFor([&] { return hall.server.connectionCount() == 0; }));
}

TEST_CASE("a stream of garbage after a request is refused and closed at once, not buffered")
{
    LocalHall hall; // the default idle timeout of 60 s: the close below is not the idle timeout's
    REQUIRE(hall.start());
    QTcpSocket socket;
    REQUIRE(connectRaw(socket, hall.url));
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
    CHECK(waitFor([&] { return hall.server.connectionCount() == 0; }));
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

TEST_CASE("a slow header drip is answered 408 and closed by the header timeout")
{
    LocalHall hall;
    hall.limits.headerTimeoutMs = 800;
    REQUIRE(hall.start());
    QTcpSocket socket;
    REQUIRE(connectRaw(socket, hall.url));
    socket.write("GET /api/v1/health HTTP/1.1\r\n");
    const QByteArray drip = "X-Slow: " + QByteArray(60, 'a'); // 60 bytes at 100 ms: six seconds if let through
    QByteArray in;
    int written = 0;
    for (; written < drip.size() && socket.state() == QAbstractSocket::ConnectedState; ++written) {
        socket.write(drip.mid(written, 1));
        waitFor([&] { return socket.state() != QAbstractSocket::ConnectedState; }, std::chrono::milliseconds(100));
        in += socket.readAll();
    }
    in += socket.readAll();
    CHECK(socket.state() == QAbstractSocket::UnconnectedState);
    CHECK(written < drip.size()); // closed by the header timeout, before the drip ended
    CHECK(in.startsWith("HTTP/1.1 408"));
}

TEST_CASE("a connection serves requests with bodies one after another, and an idle one is closed")
{
    LocalHall hall;
    hall.limits.idleTimeoutMs = 600;
    REQUIRE(hall.start());
    QTcpSocket socket;
    REQUIRE(connectRaw(socket, hall.url));
    const QByteArray body = R"({"service":"A"})";
    for (int i = 0; i < 3; ++i) {
        socket.write(requestHead("POST", "/api/v1/tickets", kioskToken(),
                                 "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n")
                     + body);
        QByteArray in;
        REQUIRE(waitFor([&] {
            in += socket.readAll();
            return in.contains("\"waitingAhead\"");
        }));
        CHECK(in.startsWith("HTTP/1.1 201"));
        CHECK(socket.state() == QAbstractSocket::ConnectedState);
    }
    CHECK(hall.server.connectionCount() == 1);
    QElapsedTimer timer;
    timer.start();
    CHECK(waitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, std::chrono::seconds(3)));
    CHECK(timer.elapsed() >= 500);
    CHECK(waitFor([&] { return hall.server.connectionCount() == 0; }));
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
