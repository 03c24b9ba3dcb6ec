// The hall service against clients that hold connections (docs/hall-api.md, "Limits"): thousands of idle
// connections, a stream client that never reads or sends too much, a slow header drip, keep-alive and idle
// timeouts. Raw sockets to 127.0.0.1 only; every loop is bounded in count and time.
#include "core/hall/server/filelimit.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/integration/hall/rawhttp.h"
#include "tests/support/test_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
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

    const qint64 rssBefore = residentKiB();
    qint64 rssPeak = rssBefore;
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
        rssPeak = std::max(rssPeak, residentKiB());
    }
    INFO("events " << sentEvents << ", pending peak " << pendingPeak << " bytes, RSS " << rssBefore << " -> " << rssPeak
                   << " KiB");
    CHECK(hall.server.streamClientsDropped() == 1);
    CHECK(hall.server.eventClientCount() == 1); // the board that reads stays
    CHECK(pendingPeak <= hall.limits.maxStreamBacklogBytes);
    if (owtest::residentSizeMeaningful)
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

TEST_CASE("a slow header drip is answered 408 and closed by the header timeout")
{
    RawConnection raw({.headerTimeoutMs = 800});
    QTcpSocket &socket = raw.socket;
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
    RawConnection raw({.idleTimeoutMs = 600});
    QTcpSocket &socket = raw.socket;
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
    CHECK(raw.hall.server.connectionCount() == 1);
    QElapsedTimer timer;
    timer.start();
    CHECK(waitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, std::chrono::seconds(3)));
    CHECK(timer.elapsed() >= 500);
    CHECK(waitFor([&] { return raw.hall.server.connectionCount() == 0; }));
}
