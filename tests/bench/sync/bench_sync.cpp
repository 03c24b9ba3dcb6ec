// onewindow-bench-sync: drains N offline cases (default 10,000) from a client database to the reference
// platform on loopback and prints cases per second and the client's resident memory before, during (peak)
// and after. Targets: >= 1,000 cases/s, flat memory. The platform runs as its own process
// (onewindow-platform next to this program) so the memory figures are the client's alone; --in-process
// runs it inside instead.
#include "core/platform/platformserver.h"
#include "core/platform/platformstore.h"
#include "core/storage/database.h"
#include "core/storage/outbox.h"
#include "core/sync/syncclient.h"
#include "tests/bench/benchsupport.h"
#include "tests/integration/sync/syntheticcases.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

const QByteArray Token = "bench-device-token";

// Starts onewindow-platform beside this program on a free port; returns the port, 0 on failure.
quint16 startPlatformProcess(QProcess &process, const QString &db)
{
    process.start(QCoreApplication::applicationDirPath() + u"/onewindow-platform"_s,
                  {u"--port"_s, u"0"_s, u"--db"_s, db, u"--token"_s, QString::fromLatin1(Token)});
    if (!process.waitForStarted(5000))
        return 0;
    static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    QByteArray text;
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 10000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        text += process.readAllStandardOutput();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(text));
        if (m.hasMatch())
            return quint16(m.captured(1).toUInt());
    }
    out << "the platform did not start: " << text << process.readAllStandardError() << '\n';
    return 0;
}

struct Settings {
    int count = 10000;
    int batch = 200;
    bool inProcess = false;
};

Settings parseSettings(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Drains offline cases to the reference platform on loopback."_s);
    parser.addHelpOption();
    parser.addOption({u"cases"_s, u"offline cases to drain (default 10000)"_s, u"N"_s, u"10000"_s});
    parser.addOption({u"batch"_s, u"cases per POST /cases:batch (default 200)"_s, u"N"_s, u"200"_s});
    parser.addOption({u"in-process"_s, u"run the platform inside this process"_s});
    parser.process(app);
    return {parser.value(u"cases"_s).toInt(), parser.value(u"batch"_s).toInt(), parser.isSet(u"in-process"_s)};
}

// The reference platform on loopback: its own process (the memory figures are then the client's alone), or
// inside this one.
class Platform
{
public:
    explicit Platform(const QString &db)
        : m_db(db)
    {}

    // The port it listens on; 0 when it did not start.
    quint16 start(bool inProcess)
    {
        if (!inProcess)
            return startPlatformProcess(m_process, m_db);
        m_store = std::make_unique<ow::PlatformStore>();
        m_server = std::make_unique<ow::PlatformServer>(*m_store);
        QFile catalog(u":/catalog/demo-catalog.json"_s);
        QString error;
        if (!m_store->open(m_db, &error) || !catalog.open(QIODevice::ReadOnly)
            || !m_server->setCatalog(catalog.readAll(), &error))
            return 0;
        m_server->setTokens({QString::fromLatin1(Token)});
        return m_server->listen(QHostAddress::LocalHost, 0);
    }
    bool inProcess() const { return bool(m_server); }

    // Stops a platform process (so its database is complete) and says what the platform holds.
    void stopAndPrintHoldings()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
        ow::PlatformStore check;
        QString error;
        if (!m_store && check.open(m_db, &error))
            printHoldings(check);
        else if (m_store)
            printHoldings(*m_store);
    }

private:
    static void printHoldings(const ow::PlatformStore &store)
    {
        out << "  the platform holds " << store.caseCount() << " cases (" << store.numbersIssued() << " official numbers)\n";
    }

    QString m_db;
    QProcess m_process;
    std::unique_ptr<ow::PlatformStore> m_store;
    std::unique_ptr<ow::PlatformServer> m_server;
};

// The client's memory while it drains.
struct Drain {
    qint64 ms = 0;
    long rssBefore = 0, rssPeak = 0, rssAfter = 0;
    QList<long> rssByQuarter; // at 25 %, 50 %, 75 % of the drain: flat memory means these stay level
};

// Runs the sync client against the platform until the outbox is empty.
Drain drain(ow::Database &db, quint16 port, const Settings &s)
{
    ow::SyncSettings settings;
    settings.platformUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    settings.allowInsecure = true; // loopback
    settings.token = Token;
    settings.batchSize = s.batch;
    settings.pullCatalog = false; // the drain alone is measured
    QNetworkAccessManager network;
    ow::SyncClient client(db, &network, settings);
    Drain d;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &client, [&] {
        const long rss = owbench::residentKiB();
        d.rssPeak = std::max(d.rssPeak, rss);
        const int done = s.count - client.snapshot().backlog;
        if (d.rssByQuarter.size() < 3 && done >= s.count * (d.rssByQuarter.size() + 1) / 4)
            d.rssByQuarter << rss;
    });
    QObject::connect(&client, &ow::SyncClient::roundFinished, &client, [&] {
        if (client.snapshot().backlog == 0)
            QCoreApplication::quit();
    });
    d.rssBefore = owbench::residentKiB();
    QElapsedTimer timer;
    timer.start();
    sampler.start(50);
    client.start();
    QCoreApplication::exec();
    d.ms = timer.elapsed();
    sampler.stop();
    client.stop();
    d.rssAfter = owbench::residentKiB();
    return d;
}

void print(const Settings &s, const Drain &d, long rssStart, bool inProcess, const ow::OutboxCounts &counts)
{
    out << "drained " << counts.sent << " case revisions to the platform on loopback in " << d.ms << " ms"
        << " (batches of " << s.batch << ", platform " << (inProcess ? "in-process" : "as its own process") << ")\n";
    out << QStringLiteral("  throughput  %1 cases/s   target >= 1000\n")
               .arg(s.count * 1000.0 / std::max<qint64>(d.ms, 1), 0, 'f', 0);
    out << QStringLiteral("  client RSS  start %1 MiB, before drain %2 MiB, peak during %3 MiB, after %4 MiB\n")
               .arg(rssStart / 1024.0, 0, 'f', 1)
               .arg(d.rssBefore / 1024.0, 0, 'f', 1)
               .arg(d.rssPeak / 1024.0, 0, 'f', 1)
               .arg(d.rssAfter / 1024.0, 0, 'f', 1);
    out << "  client RSS at 25/50/75 % of the drain:";
    for (const long rss : d.rssByQuarter)
        out << ' ' << QString::number(rss / 1024.0, 'f', 1) << " MiB";
    out << '\n';
    out << "  left: " << counts.pending << " pending, " << counts.sending << " sending, " << counts.parked << " parked\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"onewindow.*.info=false\nonewindow.*.debug=false"_s);
    const Settings s = parseSettings(app);

    QTemporaryDir dir;
    const long rssStart = owbench::residentKiB();
    QElapsedTimer timer;
    timer.start();
    ow::Database db;
    QString error;
    if (!db.open(dir.filePath(u"client.sqlite"_s), &error)
        || owsync::commitCases(db, s.count, 1, &error).caseIds.size() != s.count) {
        out << "cannot make the cases: " << error << '\n';
        return 1;
    }
    out << "made " << s.count << " offline decisions in " << timer.elapsed() << " ms\n";

    Platform platform(dir.filePath(u"platform.sqlite"_s));
    const quint16 port = platform.start(s.inProcess);
    if (port == 0)
        return 1;
    const Drain d = drain(db, port, s);
    const ow::OutboxCounts counts = ow::Outbox(db).counts();
    print(s, d, rssStart, platform.inProcess(), counts);
    platform.stopAndPrintHoldings();
    return counts.sent == s.count ? 0 : 1;
}
