// onewindow-bench-hall: a load generator against the real hall service on loopback.
// Starts the onewindow-hall binary on a fresh database with a 200-window hall, connects boards (WebSocket)
// and runs windows and kiosks in phases: a busy hall's rate, then multiples of it. Prints call-next
// latency, call-to-board latency, errors, and the service's CPU and memory (from /proc/PID).
#include "tests/bench/benchsupport.h"
#include "tests/bench/hall/benchagents.h"
#include "tests/bench/hall/hallprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace owbench;

namespace {

struct Settings {
    int windows = 200, boards = 10, kiosks = 5, seconds = 30, threads = 2;
    double serviceSeconds = 60; // a busy hall at peak: every window finishes a ticket a minute
    QList<double> multipliers{1, 10};
    QString binary;
};

struct ProcStat {
    double cpuSeconds = 0;
    long rssKiB = 0, peakKiB = 0;
};

ProcStat readProc(qint64 pid)
{
    ProcStat p;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' '); // fields from 3 (state)
        p.cpuSeconds = double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    const HallMemory memory = hallMemory(pid);
    p.rssKiB = memory.rssKiB;
    p.peakKiB = memory.peakKiB;
    return p;
}

QByteArray windowToken(int i)
{
    return "bench-window-" + QByteArray::number(i).rightJustified(3, '0');
}
QString windowId(int i)
{
    return u"W"_s + QString::number(i).rightJustified(3, u'0');
}

// A 200-window 全科 hall: every window serves every service (无差别全科受理), the first dozen favour one.
QJsonObject hallConfig(const Settings &s)
{
    QJsonArray services;
    const char *names[] = {"综合受理", "不动产登记", "社保医保", "税务", "出件/咨询"};
    for (int i = 0; i < 5; ++i)
        services.append(QJsonObject{{u"code"_s, QString(QChar(u'A' + i))}, {u"name"_s, QString::fromUtf8(names[i])}});
    QJsonArray windows, tokens;
    for (int i = 1; i <= s.windows; ++i) {
        QJsonArray ws;
        for (int k = 0; k < 5; ++k)
            ws.append(QJsonObject{{u"service"_s, QString(QChar(u'A' + k))}, {u"weight"_s, i <= 12 && (i % 5) == k ? 3 : 1}});
        windows.append(QJsonObject{{u"id"_s, windowId(i)}, {u"name"_s, u"%1号窗口"_s.arg(i)}, {u"services"_s, ws}});
        tokens.append(
            QJsonObject{{u"token"_s, QString::fromLatin1(windowToken(i))}, {u"role"_s, u"window"_s}, {u"window"_s, windowId(i)}});
    }
    for (int i = 1; i <= s.boards; ++i)
        tokens.append(QJsonObject{{u"token"_s, u"bench-board-%1"_s.arg(i, 2, 10, QChar(u'0'))}, {u"role"_s, u"board"_s}});
    for (int i = 1; i <= s.kiosks; ++i)
        tokens.append(QJsonObject{{u"token"_s, u"bench-kiosk-%1"_s.arg(i)}, {u"role"_s, u"kiosk"_s}});
    return {{u"format"_s, u"onewindow-hall/1"_s},
            {u"hall"_s, QJsonObject{{u"code"_s, u"BENCH"_s}, {u"name"_s, u"压力测试大厅"_s}}},
            {u"priorityCategories"_s, QJsonArray{QJsonObject{{u"id"_s, u"elderly"_s}, {u"name"_s, u"老年人"_s}}}},
            {u"services"_s, services},
            {u"windows"_s, windows},
            {u"tokens"_s, tokens}};
}

// Runs this thread's event loop for ms, or until until() holds (checked every 20 ms). No polling loop:
// the bench must not steal the CPU the service needs on a small machine.
void spin(int ms, const std::function<bool()> &until = {})
{
    if (until && until())
        return;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(ms);
    QTimer check;
    if (until) {
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (until())
                loop.quit();
        });
        check.start(20);
    }
    loop.exec();
}

struct PhaseResult {
    double multiplier = 1;
    AgentStats stats;
    std::vector<double> boardMs;
    int gaps = 0, disconnects = 0, missing = 0;
    double cpuPercent = 0;
    ProcStat proc;
};

// Runs the window agents of one thread for the phase, then waits for their last answers.
void runWindows(const Settings &s, int first, int last, double meanMs, quint16 port, AgentStats *out, quint32 seed,
                std::atomic<int> *ready, std::atomic<bool> *go)
{
    std::mt19937 rng(seed);
    std::vector<std::unique_ptr<WindowAgent>> agents;
    for (int i = first; i <= last; ++i) {
        agents.push_back(std::make_unique<WindowAgent>(windowId(i), windowToken(i), QHostAddress(QHostAddress::LocalHost), port,
                                                       meanMs, &rng, out));
    }
    // Window PCs keep their connection open all day: connect first, measure afterwards.
    spin(5000, [&] { return std::all_of(agents.begin(), agents.end(), [](const auto &a) { return a->connected(); }); });
    ready->fetch_add(1);
    spin(10000, [&] { return go->load(); });
    for (auto &a : agents)
        a->start();
    spin(s.seconds * 1000);
    for (auto &a : agents)
        a->stop();
    spin(6000, [&] { return std::all_of(agents.begin(), agents.end(), [](const auto &a) { return a->idle(); }); });
}

PhaseResult runPhase(const Settings &s, double multiplier, quint16 port, qint64 pid,
                     std::vector<std::unique_ptr<BoardAgent>> &boards)
{
    PhaseResult r;
    r.multiplier = multiplier;
    const double windowMeanMs = s.serviceSeconds * 1000.0 / multiplier;
    // Kiosks issue as many tickets as the windows call, so the queue neither drains nor explodes.
    const double kioskMeanMs = windowMeanMs * s.kiosks / s.windows;
    std::mt19937 rng(42 + quint32(multiplier));
    AgentStats kioskStats;
    std::vector<std::unique_ptr<KioskAgent>> kiosks;
    for (int i = 1; i <= s.kiosks; ++i)
        kiosks.push_back(std::make_unique<KioskAgent>(
            "bench-kiosk-" + QByteArray::number(i), QHostAddress(QHostAddress::LocalHost), port, kioskMeanMs, &rng, &kioskStats));
    for (auto &b : boards)
        b->calledAt.clear();
    const int gapsBefore = std::accumulate(boards.begin(), boards.end(), 0, [](int n, const auto &b) { return n + b->gaps; });
    std::vector<AgentStats> perThread(s.threads);
    std::vector<QThread *> threads;
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    const int perThreadWindows = (s.windows + s.threads - 1) / s.threads;
    for (int t = 0; t < s.threads; ++t) {
        const int first = t * perThreadWindows + 1;
        const int last = std::min(s.windows, first + perThreadWindows - 1);
        threads.push_back(
            QThread::create(runWindows, s, first, last, windowMeanMs, port, &perThread[t], quint32(7 + t), &ready, &go));
        threads.back()->start();
    }
    spin(10000, [&] { return ready.load() == s.threads; });
    const ProcStat before = readProc(pid);
    const qint64 started = nowNs();
    go = true;
    for (auto &k : kiosks)
        k->start();
    spin(s.seconds * 1000);
    for (auto &k : kiosks)
        k->stop();
    spin(8000, [&] { return std::all_of(threads.begin(), threads.end(), [](QThread *t) { return t->isFinished(); }); });
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    const double wall = double(nowNs() - started) / 1e9;
    spin(3000, [&] { return std::all_of(kiosks.begin(), kiosks.end(), [](const auto &k) { return k->idle(); }); });
    spin(500); // the last events reach the boards
    const ProcStat after = readProc(pid);

    for (const AgentStats &a : perThread)
        r.stats.merge(a);
    r.stats.merge(kioskStats);
    for (auto &b : boards) {
        for (auto it = r.stats.callSentNs.cbegin(); it != r.stats.callSentNs.cend(); ++it) {
            const auto arrived = b->calledAt.constFind(it.key());
            if (arrived == b->calledAt.constEnd())
                ++r.missing;
            else
                r.boardMs.push_back(double(arrived.value() - it.value()) / 1e6);
        }
        r.disconnects += b->disconnects;
        r.gaps += b->gaps;
    }
    r.gaps -= gapsBefore;
    r.cpuPercent = 100.0 * (after.cpuSeconds - before.cpuSeconds) / wall;
    r.proc = after;
    return r;
}

int errorCount(const PhaseResult &r)
{
    return r.stats.httpErrors + r.gaps + r.disconnects + r.missing;
}

bool passed(const PhaseResult &r)
{
    return percentile(r.stats.callNextMs, 95) < 20 && percentile(r.stats.callNextMs, 99) < 50 && errorCount(r) == 0;
}

void print(const Settings &s, const PhaseResult &r)
{
    QTextStream out(stdout);
    const auto &st = r.stats;
    const int errors = errorCount(r);
    out << u"\n== %1x: %2 windows, %3 kiosks, %4 boards, %5 s ==\n"_s.arg(r.multiplier)
               .arg(s.windows)
               .arg(s.kiosks)
               .arg(s.boards)
               .arg(s.seconds);
    out << u"requests: call-next %1 (%2/s, %3 found nobody), recall %4, issue %5 (%6/s)\n"_s.arg(st.calls)
               .arg(double(st.calls) / s.seconds, 0, 'f', 1)
               .arg(st.emptyCalls)
               .arg(st.recalls)
               .arg(st.issues)
               .arg(double(st.issues) / s.seconds, 0, 'f', 1);
    out << u"call-next latency ms: p50 %1  p95 %2  p99 %3  max %4\n"_s.arg(percentile(st.callNextMs, 50), 0, 'f', 2)
               .arg(percentile(st.callNextMs, 95), 0, 'f', 2)
               .arg(percentile(st.callNextMs, 99), 0, 'f', 2)
               .arg(percentile(st.callNextMs, 100), 0, 'f', 2);
    out << u"call-to-board ms (%1 deliveries): p50 %2  p95 %3  p99 %4  max %5\n"_s.arg(r.boardMs.size())
               .arg(percentile(r.boardMs, 50), 0, 'f', 2)
               .arg(percentile(r.boardMs, 95), 0, 'f', 2)
               .arg(percentile(r.boardMs, 99), 0, 'f', 2)
               .arg(percentile(r.boardMs, 100), 0, 'f', 2);
    out << u"errors: %1 (http %2, board gaps %3, board disconnects %4, calls a board never saw %5)\n"_s.arg(errors)
               .arg(st.httpErrors)
               .arg(r.gaps)
               .arg(r.disconnects)
               .arg(r.missing);
    for (const QString &e : st.errorSamples)
        out << "  e.g. " << e << '\n';
    out << u"service: CPU %1 % of one core, RSS %2 MiB (peak %3 MiB)\n"_s.arg(r.cpuPercent, 0, 'f', 1)
               .arg(double(r.proc.rssKiB) / 1024, 0, 'f', 1)
               .arg(double(r.proc.peakKiB) / 1024, 0, 'f', 1);
    out << "targets (p95 < 20 ms, p99 < 50 ms, 0 errors): " << (passed(r) ? "PASS" : "FAIL") << '\n';
    out.flush();
}

Settings parseSettings(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Load generator for onewindow-hall (docs/hall-api.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption seconds(u"seconds"_s, u"duration of each phase"_s, u"N"_s, u"30"_s);
    const QCommandLineOption multipliers(u"multipliers"_s, u"rates as multiples of the busy hall, comma-separated"_s, u"LIST"_s,
                                         u"1,10"_s);
    const QCommandLineOption service(u"service-seconds"_s, u"busy hall: seconds a window spends per ticket"_s, u"S"_s, u"60"_s);
    const QCommandLineOption windows(u"windows"_s, u"windows"_s, u"N"_s, u"200"_s);
    const QCommandLineOption boardsOption(u"boards"_s, u"boards on the event stream"_s, u"N"_s, u"10"_s);
    const QCommandLineOption kiosksOption(u"kiosks"_s, u"kiosks"_s, u"N"_s, u"5"_s);
    const QCommandLineOption threadsOption(u"threads"_s, u"threads running the windows"_s, u"N"_s, u"2"_s);
    const QCommandLineOption binary(u"binary"_s, u"the onewindow-hall program"_s, u"PATH"_s,
                                    QDir(QCoreApplication::applicationDirPath()).filePath(u"onewindow-hall"_s));
    parser.addOptions({seconds, multipliers, service, windows, boardsOption, kiosksOption, threadsOption, binary});
    parser.process(app);
    Settings s;
    s.seconds = std::max(1, parser.value(seconds).toInt());
    s.serviceSeconds = std::max(1.0, parser.value(service).toDouble());
    s.windows = std::clamp(parser.value(windows).toInt(), 1, 999);
    s.boards = std::clamp(parser.value(boardsOption).toInt(), 0, 99);
    s.kiosks = std::clamp(parser.value(kiosksOption).toInt(), 1, 9);
    s.threads = std::clamp(parser.value(threadsOption).toInt(), 1, 16);
    s.binary = parser.value(binary);
    s.multipliers.clear();
    for (const QString &m : parser.value(multipliers).split(u','))
        s.multipliers.append(std::max(0.1, m.toDouble()));
    return s;
}

// Starts the service on a fresh database in dir with the bench hall; its URL, empty when it did not start.
QUrl startHall(QProcess &hall, const Settings &s, const QTemporaryDir &dir)
{
    QFile config(dir.filePath(u"bench-hall.json"_s));
    if (!config.open(QIODevice::WriteOnly) || config.write(QJsonDocument(hallConfig(s)).toJson()) < 0)
        return {};
    config.close();
    const QByteArray line = startHallProcess(
        hall, s.binary, {u"--db"_s, dir.filePath(u"hall.sqlite"_s), u"--port"_s, u"0"_s, u"--config"_s, config.fileName()}, 1);
    const qsizetype at = line.indexOf("http://");
    if (!hall.waitForStarted(1000) || at < 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(s.binary), line.constData());
        return {};
    }
    return QUrl(QString::fromUtf8(line.mid(at, line.indexOf('\n') - at)));
}

// The boards, each on the event stream before the first call.
std::vector<std::unique_ptr<BoardAgent>> connectBoards(const QUrl &url, int count)
{
    QUrl stream = url;
    stream.setScheme(u"ws"_s);
    stream.setPath(u"/api/v1/events/stream"_s);
    std::vector<std::unique_ptr<BoardAgent>> boards;
    for (int i = 1; i <= count; ++i)
        boards.push_back(std::make_unique<BoardAgent>(stream, "bench-board-" + QByteArray::number(i).rightJustified(2, '0')));
    spin(5000, [&] { return std::all_of(boards.begin(), boards.end(), [](const auto &b) { return b->lastSeq() >= 0; }); });
    return boards;
}

// Two tickets per window waiting before the first call, as in a hall at 09:00.
void prefill(quint16 port, int windows)
{
    AgentStats stats;
    std::mt19937 rng(1);
    KioskAgent kiosk("bench-kiosk-1", QHostAddress(QHostAddress::LocalHost), port, 1000, &rng, &stats);
    int issued = 0;
    std::function<void()> more = [&] {
        if (++issued < 2 * windows)
            kiosk.issueNow(more);
    };
    kiosk.issueNow(more);
    spin(60000, [&] { return issued >= 2 * windows; });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Settings s = parseSettings(app);
    QTemporaryDir dir;
    QProcess hall;
    const QUrl url = startHall(hall, s, dir);
    if (url.isEmpty())
        return 2;
    const qint64 pid = hall.processId();
    std::printf("onewindow-hall pid %lld at %s, %d CPUs\n", pid, qPrintable(url.toString()), QThread::idealThreadCount());
    std::fflush(stdout);

    std::vector<std::unique_ptr<BoardAgent>> boards = connectBoards(url, s.boards);
    prefill(quint16(url.port()), s.windows);
    bool allPass = true;
    for (double m : s.multipliers) {
        const PhaseResult r = runPhase(s, m, quint16(url.port()), pid, boards);
        print(s, r);
        allPass = allPass && passed(r);
    }
    boards.clear();
    hall.terminate();
    hall.waitForFinished(5000);
    return allPass ? 0 : 1;
}
