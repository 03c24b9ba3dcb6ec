// onewindow-bench-sync-hostile: the sync client against a platform that misbehaves (the stub of
// tests/integration/sync/hostileplatform.h), one round per scenario, with the figures issue "never lose,
// never leak, never hang" asks for: requests made, how long the round took, the client's peak resident
// memory growth while it ran, and how many rows were marked sent (must be 0 for every hostile answer).
#include "core/storage/database.h"
#include "core/storage/outbox.h"
#include "core/sync/syncclient.h"
#include "tests/bench/benchsupport.h"
#include "tests/integration/sync/hostileplatform.h"
#include "tests/integration/sync/syntheticcases.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using owsync::HostilePlatform;
using owsync::ScriptedReply;
using owsync::SeenRequest;

namespace {

QTextStream out(stdout);

ScriptedReply answer(int status, const QByteArray &contentType, const QByteArray &body)
{
    ScriptedReply r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

struct Scenario {
    const char *name;
    int cases;
    HostilePlatform::Script script;
    std::function<void(ow::SyncSettings &)> tune = {};
};

void run(const Scenario &s, const QString &folder)
{
    HostilePlatform platform(s.script);
    ow::Database db;
    QString error;
    const QString path = folder + u"/"_s + QString::fromLatin1(s.name).replace(u' ', u'-') + u".sqlite"_s;
    if (!db.open(path, &error) || (s.cases > 0 && owsync::commitCases(db, s.cases, 5, &error).caseIds.size() != s.cases)) {
        out << s.name << ": " << error << '\n';
        return;
    }
    ow::SyncSettings settings;
    settings.platformUrl = platform.url();
    settings.allowInsecure = true; // loopback
    settings.token = "bench-device-token";
    settings.requestDeadline = std::chrono::seconds(3);
    if (s.tune)
        s.tune(settings);
    QNetworkAccessManager network;
    ow::SyncClient client(db, &network, settings);
    const long baseline = owbench::residentKiB();
    long peak = baseline;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peak = std::max(peak, owbench::residentKiB()); });
    sampler.start(5);
    QEventLoop loop;
    ow::SyncRoundReport report;
    QObject::connect(&client, &ow::SyncClient::roundFinished, &loop, [&](const ow::SyncRoundReport &r) {
        report = r;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(0, &client, &ow::SyncClient::runRound);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 ms = clock.elapsed();
    peak = std::max(peak, owbench::residentKiB());
    out << u"%1 requests %2  round %3 ms  peak RSS +%4 MiB  sent %5/%6  streamed %7 MiB\n"_s.arg(QString::fromLatin1(s.name), -40)
               .arg(platform.requests().size(), 4)
               .arg(ms, 6)
               .arg((peak - baseline) / 1024.0, 6, 'f', 1)
               .arg(ow::Outbox(db).counts().sent)
               .arg(s.cases)
               .arg(platform.bytesStreamed() / (1024 * 1024));
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"onewindow.*=false"_s);
    QTemporaryDir folder;
    const auto unchanged = [] { return answer(304, {}, {}); };
    const auto quiet = [&](std::function<ScriptedReply(const SeenRequest &)> push) {
        return [=](const SeenRequest &r) {
            if (r.path.endsWith("/catalog"))
                return unchanged();
            if (r.path.endsWith("/cases/changes"))
                return answer(200, "application/json", R"({"changes":[],"nextCursor":"c","hasMore":false})");
            return push(r);
        };
    };
    const QByteArray html = "<html><body>Please sign in to the guest Wi-Fi</body></html>";
    const QList<Scenario> scenarios{
        {"captive portal 200 html (PUT)", 100, quiet([&](const SeenRequest &) { return answer(200, "text/html", html); }),
         [](ow::SyncSettings &s) { s.batchSize = 1; }},
        {"batch 201 empty body", 500, quiet([&](const SeenRequest &) { return answer(201, "application/json", {}); })},
        {"batch 200 cut-off json", 500,
         quiet([&](const SeenRequest &) { return answer(200, "application/json", R"({"results":[{"ind)"); })},
        {"redirect 307 to another port", 500, quiet([&](const SeenRequest &) {
             ScriptedReply r = answer(307, "text/html", html);
             r.headers = {{"Location", "http://127.0.0.1:9/cases:batch"}};
             return r;
         })},
        {"endless feed, new cursor a page", 0,
         [&, page = std::make_shared<int>(0)](const SeenRequest &r) {
             if (r.path.endsWith("/catalog"))
                 return unchanged();
             const QByteArray n = QByteArray::number(++*page);
             return answer(
                 200, "application/json",
                 R"({"changes":[{"cursor":")" + n
                     + R"(","caseId":"0190d7a6-0000-7000-8000-000000000001","status":"in_progress","at":"2026-12-04T09:00:00Z"}],"nextCursor":")"
                     + n + R"(","hasMore":true})");
         }},
        {"drip 1 byte / 200 ms (deadline 3 s)", 10, quiet([](const SeenRequest &) {
             ScriptedReply r = answer(201, "application/json", QByteArray(4096, ' '));
             r.dripEveryMs = 200;
             return r;
         })},
        {"300 MB catalog and page, announced", 0,
         [](const SeenRequest &) {
             ScriptedReply r = answer(200, "application/json", "{");
             r.streamBytes = 300LL * 1024 * 1024;
             return r;
         }},
        {"300 MB catalog and page, unannounced", 0,
         [](const SeenRequest &) {
             ScriptedReply r = answer(200, "application/json", "{");
             r.streamBytes = 300LL * 1024 * 1024;
             r.announceLength = false;
             return r;
         }},
    };
    out << "onewindow-bench-sync-hostile: one round per scenario; 'sent' must be 0 for every hostile answer\n";
    for (const Scenario &s : scenarios)
        run(s, folder.path());
    return 0;
}
