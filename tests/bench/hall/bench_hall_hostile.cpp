// onewindow-bench-hall-hostile: the hall service against bad clients (docs/benchmarks.md, docs/hall-api.md
// "Limits"). Starts the real onewindow-hall binary on loopback with the demo hall and measures a window's
// call latency with nothing else going on, with 2,000 idle connections, with 2,000 half-sent header
// blocks; a stream client that never reads while thousands of events go out; a 100 MB Content-Length.
// Prints the service's open descriptors and memory (from /proc/PID) after each scenario.
// Plain blocking sockets on 127.0.0.1: the bench must not be the bottleneck it measures.
#include "tests/bench/benchsupport.h"
#include "tests/bench/hall/hallprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace owbench;

namespace {

quint16 g_port = 0;
QTextStream out(stdout);

sockaddr_in hallAddress()
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(g_port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

int connectBlocking(int receiveBuffer = 0)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (receiveBuffer > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    const timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    const sockaddr_in a = hallAddress();
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool sendAll(int fd, const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

// One request on a new connection; the status (0: no answer) and the time to the whole answer.
int request(const QByteArray &method, const QByteArray &path, const QByteArray &token, const QByteArray &body, double *ms)
{
    QElapsedTimer timer;
    timer.start();
    const int fd = connectBlocking();
    if (fd < 0)
        return 0;
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token + "\r\n";
    head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    int status = 0;
    if (sendAll(fd, head + body)) {
        QByteArray in;
        char buffer[4096];
        for (;;) {
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qsizetype at = in.toLower().indexOf("content-length:");
                const qsizetype length = at < 0 ? 0 : in.mid(at + 15, in.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (in.size() >= end + 4 + length) {
                    status = in.mid(9, 3).toInt();
                    break;
                }
            }
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            in.append(buffer, n);
        }
    }
    ::close(fd);
    if (ms)
        *ms = double(timer.nsecsElapsed()) / 1e6;
    return status;
}

struct Proc {
    long fds = 0, rssKiB = 0, peakKiB = 0;
};

Proc readProc(qint64 pid)
{
    Proc p;
    p.fds = QDir(u"/proc/%1/fd"_s.arg(pid)).entryList(QDir::Files | QDir::System).size();
    const HallMemory memory = hallMemory(pid);
    p.rssKiB = memory.rssKiB;
    p.peakKiB = memory.peakKiB;
    return p;
}

// A window's call: a kiosk issues a ticket, the window completes the one before and calls it; the call is timed.
struct Calls {
    std::vector<double> ms;
    int ok = 0;
};

Calls calls(int count)
{
    Calls c;
    for (int i = 0; i < count; ++i) {
        request("POST", "/api/v1/tickets", "demo-kiosk-1", R"({"service":"A"})", nullptr);
        double ms = 0;
        if (request("POST", "/api/v1/windows/W01/call-next", "demo-window-01", R"({"completeCurrent":"accepted"})", &ms) == 200)
            ++c.ok;
        c.ms.push_back(ms);
    }
    return c;
}

void report(const QString &scenario, const Calls &c, const Proc &p)
{
    out << scenario.leftJustified(44) << "  calls " << c.ok << '/' << c.ms.size() << "  p50 "
        << QString::number(percentile(c.ms, 50), 'f', 1) << " ms  p99 " << QString::number(percentile(c.ms, 99), 'f', 1)
        << " ms  max " << QString::number(percentile(c.ms, 100), 'f', 1) << " ms  | service: " << p.fds << " fds, RSS "
        << p.rssKiB / 1024 << " MiB\n";
    out.flush();
}

// Opens count connections, each sending prefix (may be empty), in batches so the kernel's backlog keeps up.
std::vector<int> openMany(int count, const QByteArray &prefix)
{
    std::vector<int> fds;
    const sockaddr_in a = hallAddress();
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            break;
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0) {
            ::close(fd);
            continue;
        }
        if (!prefix.isEmpty())
            ::send(fd, prefix.constData(), size_t(prefix.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        fds.push_back(fd);
        if (i % 100 == 99)
            QThread::msleep(10);
    }
    return fds;
}

int stillOpen(const std::vector<int> &fds)
{
    int open = 0;
    for (int fd : fds) {
        char byte = 0;
        const ssize_t n = ::recv(fd, &byte, 1, MSG_DONTWAIT | MSG_PEEK);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            ++open;
    }
    return open;
}

void closeAll(std::vector<int> &fds)
{
    for (int fd : fds)
        ::close(fd);
    fds.clear();
}

QByteArray summaries(int first, int count)
{
    QJsonArray list;
    for (int i = first; i < first + count; ++i)
        list.append(QJsonObject{{u"caseId"_s, u"BENCH-%1"_s.arg(i, 7, 10, QChar(u'0'))},
                                {u"windowId"_s, u"W01"_s},
                                {u"day"_s, u"2026-11-28"_s},
                                {u"decidedAt"_s, u"2026-11-28T02:00:00.000Z"_s},
                                {u"decision"_s, u"accepted"_s},
                                {u"matters"_s, QJsonArray{QJsonObject{{u"code"_s, u"M0101"_s},
                                                                      {u"name"_s, u"个体工商户设立登记"_s},
                                                                      {u"department"_s, u"市场监管局"_s}}}}});
    return QJsonDocument(QJsonObject{{u"summaries"_s, list}}).toJson(QJsonDocument::Compact);
}

struct Options {
    int connections = 2000;
    QString maxConnections;
    QString program;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The hall service against bad clients (docs/benchmarks.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption connections(u"connections"_s, u"idle and half-sent connections per scenario (default 2000)"_s,
                                         u"N"_s, u"2000"_s);
    const QCommandLineOption maxConnections(u"max-connections"_s, u"the service's --max-connections (default 1024)"_s, u"N"_s,
                                            u"1024"_s);
    const QCommandLineOption binary(u"binary"_s, u"the onewindow-hall program (default: beside this one)"_s, u"PATH"_s);
    parser.addOptions({connections, maxConnections, binary});
    parser.process(app);
    return {parser.value(connections).toInt(), parser.value(maxConnections),
            parser.isSet(binary) ? parser.value(binary) : QCoreApplication::applicationDirPath() + u"/onewindow-hall"_s};
}

// Our side holds thousands of sockets too.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// Starts the demo hall on a fresh database in dir, prints its banner and sets g_port; false when it did not start.
bool startHall(QProcess &hall, const Options &options, const QTemporaryDir &dir)
{
    const QByteArray banner = startHallProcess(
        hall, options.program,
        {u"--port"_s, u"0"_s, u"--db"_s, dir.filePath(u"hall.sqlite"_s), u"--max-connections"_s, options.maxConnections}, 2);
    const qsizetype at = banner.indexOf("http://127.0.0.1:");
    if (at < 0) {
        QTextStream(stderr) << "onewindow-bench-hall-hostile: the hall did not start: " << banner << '\n';
        return false;
    }
    g_port = quint16(banner.mid(at + 17, banner.indexOf('\n', at) - at - 17).toUInt());
    out << banner.left(banner.indexOf('\n', banner.indexOf('\n') + 1) + 1);
    return true;
}

// A window's calls while count connections stay open, each having sent prefix: kind says which in the report.
void callsInACrowd(qint64 pid, int count, const QByteArray &prefix, const QString &scenario, const char *kind)
{
    std::vector<int> crowd = openMany(count, prefix);
    QThread::msleep(300);
    const Proc crowded = readProc(pid);
    report(scenario, calls(100), crowded);
    out << "  of the " << count << ' ' << kind << " connections " << stillOpen(crowd) << " still open after the calls\n";
    closeAll(crowd);
    QThread::msleep(300);
}

// A stream client that never reads (a 4 KiB receive buffer) while 20,000 case summaries go out as events.
void stalledStreamClient(qint64 pid)
{
    const int stalled = connectBlocking(4096);
    sendAll(stalled, "GET /api/v1/events/stream?token=demo-supervisor HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QThread::msleep(200);
    const Proc beforeEvents = readProc(pid);
    std::vector<double> postMs;
    for (int i = 0; i < 100; ++i) {
        double ms = 0;
        request("POST", "/api/v1/case-summaries", "demo-window-01", summaries(i * 200, 200), &ms);
        postMs.push_back(ms);
    }
    const Proc afterEvents = readProc(pid);
    // What did the stalled client get? Read to the end: a dropped stream ends, a kept one would not.
    qint64 received = 0;
    char buffer[65536];
    for (;;) {
        const ssize_t r = ::recv(stalled, buffer, sizeof buffer, 0);
        if (r <= 0)
            break;
        received += r;
    }
    ::close(stalled);
    out << "stalled stream client, 20000 events (about " << 20000 * 330 / (1024 * 1024) << " MiB of frames): received "
        << received / 1024 << " KiB before the hall dropped it; service RSS " << beforeEvents.rssKiB / 1024 << " -> "
        << afterEvents.rssKiB / 1024 << " MiB; POST of 200 summaries p50 " << QString::number(percentile(postMs, 50), 'f', 1)
        << " ms\n";
}

// A 100 MB Content-Length: the answer comes before the body is sent.
void hugeContentLength()
{
    char buffer[4096];
    for (const auto &[token, label] : {std::pair<QByteArray, const char *>{"demo-kiosk-1", "known token"},
                                       std::pair<QByteArray, const char *>{"not-a-token-of-this-hall", "unknown token"}}) {
        QElapsedTimer timer;
        timer.start();
        const int fd = connectBlocking();
        sendAll(fd, "POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Length: 104857600\r\n\r\n");
        const ssize_t r = ::recv(fd, buffer, sizeof buffer, 0);
        out << "100 MB Content-Length, " << label << ": " << (r > 12 ? QByteArray(buffer + 9, 3) : QByteArray("no answer"))
            << " after " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1) << " ms, 0 bytes of body sent\n";
        ::close(fd);
    }
}

} // namespace

int main(int argc, char **argv)
{
    raiseOpenFileLimit();
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    const int n = options.connections;
    QTemporaryDir dir;
    QProcess hall;
    if (!startHall(hall, options, dir))
        return 1;
    const qint64 pid = hall.processId();

    calls(10); // warm up
    report(u"quiet hall"_s, calls(100), readProc(pid));
    callsInACrowd(pid, n, {}, u"%1 idle connections"_s.arg(n), "idle");
    callsInACrowd(pid, n, "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", u"%1 half-sent header blocks"_s.arg(n),
                  "half-sent");
    stalledStreamClient(pid);
    hugeContentLength();

    const Proc end = readProc(pid);
    out << "service at the end: " << end.fds << " fds, RSS " << end.rssKiB / 1024 << " MiB, peak " << end.peakKiB / 1024
        << " MiB\n";
    out.flush();
    hall.terminate();
    hall.waitForFinished(5000);
    return 0;
}
