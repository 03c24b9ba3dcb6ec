// The fault matrix, in-process: many offline cases pushed through the real reference platform while it
// fails, throttles, lags, resets connections and loses replies after committing. Early in the drain, the
// 容缺 cases get their return trip (a second revision) while their first may still be in flight. In every
// case the platform must end with exactly one record per case at its latest revision, the window and
// the platform must agree on the official numbers, and nothing may be left unsent.
// 2,000 cases per fault, the size (OW_SYNC_CASES=N for another; the whole matrix takes ~50 s on 2 cores).
#include "core/storage/outbox.h"
#include "core/sync/syncclient.h"
#include "tests/integration/sync/syncfixture.h"
#include "tests/integration/sync/syntheticcases.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    ow::PlatformStats stats;
    int cases = 0;
    int supplements = 0;
    int replays = 0; // deliveries beyond one per revision: the platform saw a case again
    qint64 ms = 0;
};

QStringList awaitingCases(ow::Database &db)
{
    QStringList ids;
    QSqlQuery q(db.db());
    q.prepare(u"SELECT id FROM cases WHERE status = ? ORDER BY created_at"_s);
    q.addBindValue(u"awaiting_supplement"_s);
    q.exec();
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Run runThroughFault(const char *name, const ow::PlatformFaults &faults, int batchSize = 25)
{
    const int count = owsync::casesPerFault(2000);
    owsync::InProcessPlatform platform(faults);
    QTemporaryDir dir;
    ow::Database db;
    QString error;
    REQUIRE(owsync::openCopy(db, dir.path(), count, &error));
    const QStringList awaiting = awaitingCases(db);
    REQUIRE(awaiting.size() > count / 10);

    QNetworkAccessManager network;
    ow::SyncClient client(db, &network, owsync::testSettings(platform.url(), batchSize));
    // After a few requests, the applicants of half the 容缺 cases come back: new revisions appear while
    // their first revisions may be on the wire.
    Run run;
    run.cases = count;
    int requests = 0;
    QObject::connect(&platform.server, &ow::PlatformServer::requestHandled, &platform.server,
                     [&](const QString &, const QString &path, int) {
                         if (path.startsWith(u"/cases"_s) && ++requests == 3) {
                             for (qsizetype i = 0; i < awaiting.size(); i += 2) {
                                 QString e;
                                 if (owsync::supplement(db, awaiting.at(i), &e))
                                     ++run.supplements;
                                 else
                                     FAIL_CHECK("supplement failed: " << e.toStdString());
                             }
                         }
                     });
    QElapsedTimer timer;
    timer.start();
    const bool drained = owsync::drain(client, 120000);
    run.ms = timer.elapsed();
    client.stop();
    run.stats = platform.server.stats();
    INFO("fault: " << name << ", backlog left " << client.snapshot().backlog
                   << ", last error: " << client.snapshot().lastError.toStdString());
    REQUIRE(drained);
    CHECK(run.supplements == (awaiting.size() + 1) / 2);
    const QStringList problems = owsync::disagreements(db, platform.store);
    INFO(problems.mid(0, 10).join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    for (const ow::PlatformCaseRecord &r : platform.store.records())
        run.replays += std::max(0, r.deliveries - r.revision);
    std::printf("fault matrix: %-28s %5d cases, %4d second revisions, %6lld ms; requests %d, injected: %d failures, "
                "%d throttled, %d resets, %d replies dropped; %d replays absorbed\n",
                name, count, run.supplements, static_cast<long long>(run.ms), run.stats.requests, run.stats.failures,
                run.stats.throttled, run.stats.resets, run.stats.dropsAfterCommit, run.replays);
    std::fflush(stdout);
    return run;
}

} // namespace

TEST_CASE("fault matrix: no fault, every case arrives once at its latest revision")
{
    const Run run = runThroughFault("none", {});
    CHECK(run.stats.failures + run.stats.resets + run.stats.throttled + run.stats.dropsAfterCommit == 0);
}

TEST_CASE("fault matrix: 500s and 503s are retried with backoff until every case is in")
{
    const Run run = runThroughFault("500/503 (30%)", {.failRate = 0.3, .seed = 11});
    CHECK(run.stats.failures > 0);
}

TEST_CASE("fault matrix: 429 with Retry-After slows the client down without losing anything")
{
    const Run run = runThroughFault("429 + Retry-After (15%)", {.throttleRate = 0.15, .retryAfterSeconds = 1, .seed = 12});
    CHECK(run.stats.throttled > 0);
    // Every 429 holds the whole client for its Retry-After second.
    CHECK(run.ms >= 1000 * run.stats.throttled - 100);
}

TEST_CASE("fault matrix: added latency changes nothing but the time")
{
    const Run run = runThroughFault("latency 40 ms", {.latencyMs = 40});
    CHECK(run.ms >= 40);
}

TEST_CASE("fault matrix: connections reset without a reply are retried")
{
    const Run run = runThroughFault("connection resets (30%)", {.resetRate = 0.3, .seed = 13});
    CHECK(run.stats.resets > 0);
}

TEST_CASE("fault matrix: replies lost after the platform committed make no second record")
{
    const Run run = runThroughFault("replies dropped after commit (30%)", {.dropAfterCommitRate = 0.3, .seed = 14});
    CHECK(run.stats.dropsAfterCommit > 0);
    CHECK(run.replays > 0); // the platform really saw repeats, and absorbed them
}

TEST_CASE("fault matrix: every fault at once")
{
    const Run run = runThroughFault(
        "all of them",
        {.failRate = 0.1, .throttleRate = 0.03, .latencyMs = 5, .resetRate = 0.1, .dropAfterCommitRate = 0.1, .seed = 15});
    CHECK(run.stats.failures + run.stats.resets + run.stats.dropsAfterCommit > 0);
}
