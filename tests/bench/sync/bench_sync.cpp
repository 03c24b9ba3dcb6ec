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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"onewindow.*.info=false\nonewindow.*.debug=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Drains offline cases to the reference platform on loopback."_s);
    parser.addHelpOption();
    parser.addOption({u"cases"_s, u"offline cases to drain (default 10000)"_s, u"N"_s, u"10000"_s});
    parser.addOption({u"batch"_s, u"cases per POST /cases:batch (default 200)"_s, u"N"_s, u"200"_s});
    parser.addOption({u"in-process"_s, u"run the platform inside this process"_s});
    parser.process(app);
    const int count = parser.value(u"cases"_s).toInt();
    const int batch = parser.value(u"batch"_s).toInt();

    QTemporaryDir dir;
    const long rssStart = owbench::residentKiB();
    QElapsedTimer timer;
    timer.start();
    ow::Database db;
    QString error;
    if (!db.open(dir.filePath(u"client.sqlite"_s), &error) || owsync::commitCases(db, count, 1, &error).caseIds.size() != count) {
        out << "cannot make the cases: " << error << '\n';
        return 1;
    }
    out << "made " << count << " offline decisions in " << timer.elapsed() << " ms\n";

    QProcess process;
    std::unique_ptr<ow::PlatformStore> store;
    std::unique_ptr<ow::PlatformServer> server;
    quint16 port = 0;
    const QString platformDb = dir.filePath(u"platform.sqlite"_s);
    if (parser.isSet(u"in-process"_s)) {
        store = std::make_unique<ow::PlatformStore>();
        server = std::make_unique<ow::PlatformServer>(*store);
        QFile catalog(u":/catalog/demo-catalog.json"_s);
        if (!store->open(platformDb, &error) || !catalog.open(QIODevice::ReadOnly)
            || !server->setCatalog(catalog.readAll(), &error))
            return 1;
        server->setTokens({QString::fromLatin1(Token)});
        port = server->listen(QHostAddress::LocalHost, 0);
    } else {
        port = startPlatformProcess(process, platformDb);
    }
    if (port == 0)
        return 1;

    ow::SyncSettings settings;
    settings.platformUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    settings.allowInsecure = true; // loopback
    settings.token = Token;
    settings.batchSize = batch;
    settings.pullCatalog = false; // the drain alone is measured
    QNetworkAccessManager network;
    ow::SyncClient client(db, &network, settings);
    long rssPeak = 0;
    QList<long> rssByQuarter; // at 25 %, 50 %, 75 % of the drain: flat memory means these stay level
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        const long rss = owbench::residentKiB();
        rssPeak = std::max(rssPeak, rss);
        const int done = count - client.snapshot().backlog;
        if (rssByQuarter.size() < 3 && done >= count * (rssByQuarter.size() + 1) / 4)
            rssByQuarter << rss;
    });
    QObject::connect(&client, &ow::SyncClient::roundFinished, &app, [&] {
        if (client.snapshot().backlog == 0)
            app.quit();
    });
    const long rssBefore = owbench::residentKiB();
    timer.restart();
    sampler.start(50);
    client.start();
    app.exec();
    const qint64 ms = timer.elapsed();
    sampler.stop();
    client.stop();
    const long rssAfter = owbench::residentKiB();
    const ow::OutboxCounts counts = ow::Outbox(db).counts();

    out << "drained " << counts.sent << " case revisions to the platform on loopback in " << ms << " ms"
        << " (batches of " << batch << ", platform " << (server ? "in-process" : "as its own process") << ")\n";
    out << QStringLiteral("  throughput  %1 cases/s   target >= 1000\n").arg(count * 1000.0 / std::max<qint64>(ms, 1), 0, 'f', 0);
    out << QStringLiteral("  client RSS  start %1 MiB, before drain %2 MiB, peak during %3 MiB, after %4 MiB\n")
               .arg(rssStart / 1024.0, 0, 'f', 1)
               .arg(rssBefore / 1024.0, 0, 'f', 1)
               .arg(rssPeak / 1024.0, 0, 'f', 1)
               .arg(rssAfter / 1024.0, 0, 'f', 1);
    out << "  client RSS at 25/50/75 % of the drain:";
    for (const long rss : std::as_const(rssByQuarter))
        out << ' ' << QString::number(rss / 1024.0, 'f', 1) << " MiB";
    out << '\n';
    out << "  left: " << counts.pending << " pending, " << counts.sending << " sending, " << counts.parked << " parked\n";
    out.flush();
    if (process.state() != QProcess::NotRunning) {
        process.terminate();
        process.waitForFinished(5000);
    }
    ow::PlatformStore check;
    if (!store && check.open(platformDb, &error))
        out << "  the platform holds " << check.caseCount() << " cases (" << check.numbersIssued() << " official numbers)\n";
    else if (store)
        out << "  the platform holds " << store->caseCount() << " cases (" << store->numbersIssued() << " official numbers)\n";
    return counts.sent == count ? 0 : 1;
}
