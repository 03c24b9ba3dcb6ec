// What comes back from the platform: the catalog by ETag (a second pull transfers nothing), status moves
// by cursor (ready for pick-up at the window), ratings going out; Retry-After honoured; HTTPS with a
// configured CA file.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/sync/evaluationqueue.h"
#include "core/sync/syncclient.h"
#include "tests/integration/sync/syncfixture.h"
#include "tests/integration/sync/syncrounds.h"
#include "tests/integration/sync/syntheticcases.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using owsync::oneRound;

namespace {

QString testData(const QString &name)
{
    return owtest::sourcePath(u"tests/integration/sync/data/"_s + name);
}

} // namespace

TEST_CASE("the catalog comes with an ETag, the second pull transfers nothing, a new version applies to new cases only")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QNetworkAccessManager network;
    const QUrl catalogUrl(platform.url().toString() + u"/catalog"_s);
    const owsync::HttpResult first = owsync::http(network, "GET", catalogUrl);
    REQUIRE(first.status == 200);
    REQUIRE_FALSE(first.etag.isEmpty());
    const owsync::HttpResult again =
        owsync::http(network, "GET", catalogUrl, {}, owsync::TestToken, {{"If-None-Match", first.etag}});
    CHECK(again.status == 304);
    CHECK(again.body.isEmpty());

    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url()));
    const ow::SyncRoundReport r1 = oneRound(sync);
    CHECK(r1.catalogChanged);
    CHECK(r1.catalogImport.added == 65);
    const ow::SyncRoundReport r2 = oneRound(sync);
    CHECK(r2.catalogChecked);
    CHECK_FALSE(r2.catalogChanged);
    CHECK(platform.server.stats().catalogBodies == 2); // the raw GET above and the client's first round
    CHECK(platform.server.stats().notModified == 2);

    // A case decided now pins the matter's current version.
    QString error;
    REQUIRE(owsync::commitCases(client.db, 30, 7, &error).caseIds.size() == 30);
    ow::CatalogRepository catalogs(client.db);
    const int before = catalogs.currentVersion(u"SCJG-XK-0001"_s);
    // The province changes a matter: the next round imports a new version of it.
    REQUIRE(platform.server.setCatalog(owsync::demoCatalog({}, 2), &error));
    QSignalSpy updated(&sync, &ow::SyncClient::catalogUpdated);
    const ow::SyncRoundReport r3 = oneRound(sync);
    CHECK(r3.catalogChanged);
    CHECK(r3.catalogImport.changed == 1);
    CHECK(updated.size() == 1);
    CHECK(catalogs.currentVersion(u"SCJG-XK-0001"_s) == before + 1);
    CHECK(catalogs.matterVersion(u"SCJG-XK-0001"_s, before + 1)->promisedLimitDays == 2);
    for (const ow::Case &c : ow::CaseRepository(client.db).search({}, 100))
        for (const auto &[code, version] : c.matters)
            if (code == u"SCJG-XK-0001"_s)
                CHECK(version == before); // decided cases keep the version they were taken under
}

TEST_CASE("status moves arrive at the window: a delivered result is ready for pick-up")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QString error;
    const owsync::MadeCases made = owsync::commitCases(client.db, 40, 8, &error);
    QNetworkAccessManager network;
    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url()));
    REQUIRE(owsync::drain(sync, 20000));
    sync.stop();
    ow::CaseRepository cases(client.db);
    QStringList accepted;
    for (const QString &id : made.caseIds)
        if (cases.byId(id)->status == ow::CaseStatus::Accepted)
            accepted << id;
    REQUIRE(accepted.size() >= 3);

    // The back office works: one case step by step to completed, one straight to delivered (through the
    // admin endpoint, as a trainer would), one 容缺 case that must wait for its materials.
    const QString admin = platform.url().toString() + u"/admin/cases/"_s;
    REQUIRE(owsync::http(network, "POST", QUrl(admin + accepted.at(0) + u"/advance"_s)).status == 200);
    REQUIRE(owsync::http(network, "POST", QUrl(admin + accepted.at(0) + u"/advance"_s)).status == 200);
    const owsync::HttpResult delivered =
        owsync::http(network, "POST", QUrl(admin + accepted.at(1) + u"/advance"_s), R"({"status":"delivered"})");
    REQUIRE(delivered.status == 200);
    const owsync::HttpResult waiting = owsync::http(network, "POST", QUrl(admin + made.awaiting.first() + u"/advance"_s));
    CHECK(waiting.status == 409);

    QSignalSpy moved(&sync, &ow::SyncClient::caseStatusChanged);
    const ow::SyncRoundReport report = oneRound(sync);
    CHECK(report.statusChanges == 3);
    CHECK(cases.byId(accepted.at(0))->status == ow::CaseStatus::Completed);
    CHECK(cases.byId(accepted.at(1))->status == ow::CaseStatus::ReadyForPickup);
    CHECK(cases.byId(accepted.at(2))->status == ow::CaseStatus::Accepted);
    CHECK(sync.snapshot().readyForPickup == 1);
    REQUIRE(moved.size() == 3);
    CHECK(moved.last().at(0).toString() == accepted.at(1));
    CHECK(moved.last().at(1).value<ow::CaseStatus>() == ow::CaseStatus::ReadyForPickup);
    const std::optional<ow::CaseProgress> progress = ow::SyncStore(client.db).progress(accepted.at(0));
    REQUIRE(progress);
    CHECK(progress->platformStatus == u"completed"_s);
    CHECK_FALSE(progress->department.isEmpty()); // the matter's department from the catalog
    // The cursor is kept: the next round receives nothing again.
    CHECK(oneRound(sync).statusChanges == 0);
}

TEST_CASE("ratings go out once their case is in, and only once")
{
    owsync::InProcessPlatform platform({.dropAfterCommitRate = 0.5, .seed = 21});
    owsync::ClientDatabase client;
    QString error;
    const owsync::MadeCases made = owsync::commitCases(client.db, 12, 9, &error);
    ow::EvaluationQueue ratings(client.db);
    QStringList ids;
    for (const QString &caseId : made.caseIds)
        ids << ratings.add(caseId, 1 + int(ids.size() % 5), u"窗口服务热情"_s, u"window"_s, &error).value_or(QString());
    CHECK_FALSE(ratings.add(made.caseIds.first(), 6, {}, u"window"_s, &error));
    QNetworkAccessManager network;
    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url()));
    REQUIRE(owsync::drain(sync, 30000));
    CHECK(platform.store.evaluationCount() == 12);
    for (const QString &id : ids)
        CHECK(ratings.state(id) == u"sent"_s);
}

TEST_CASE("a rating from the hall reaches the platform once with its reasons, however often it is read")
{
    // Lost answers: the sync sends again, the platform keeps one.
    owsync::InProcessPlatform platform({.dropAfterCommitRate = 0.5, .seed = 7});
    owsync::ClientDatabase client;
    QString error;
    const owsync::MadeCases made = owsync::commitCases(client.db, 3, 3, &error);
    REQUIRE(made.caseIds.size() == 3);
    const QString number = ow::CaseRepository(client.db).byId(made.caseIds.first())->caseNumber;
    ow::EvaluationQueue ratings(client.db);
    const ow::HallRating bad{u"20261128-A017"_s,
                             number,
                             2,
                             u"等太久"_s,
                             {u"waiting"_s, u"slow"_s},
                             QDateTime(QDate(2026, 11, 28), QTime(2, 3, 4), Qt::UTC)};
    bool added = false;
    REQUIRE(ratings.addFromHall(bad, &added, &error));
    CHECK(added);
    // Read again (a replayed event, a second round): the same row, nothing added.
    REQUIRE(ratings.addFromHall(bad, &added, &error));
    CHECK_FALSE(added);
    // Not this window's case, a score out of range, reasons for a good score: nothing kept.
    for (ow::HallRating other : {ow::HallRating{u"20261128-A018"_s, u"OTHER-20261128-05-0001"_s, 5, {}, {}, {}},
                                 ow::HallRating{u"20261128-A019"_s, number, 6, {}, {}, {}},
                                 ow::HallRating{u"20261128-A020"_s, number, 4, {}, {u"slow"_s}, {}}}) {
        REQUIRE(ratings.addFromHall(other, &added, &error));
        CHECK_FALSE(added);
    }
    const QString id = ow::EvaluationQueue::hallRatingId(bad.ticketId, bad.caseNumber);
    CHECK(ratings.state(id) == u"pending"_s);
    CHECK(ratings.pendingCount() == 1);

    QNetworkAccessManager network;
    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url()));
    REQUIRE(owsync::drain(sync, 30000));
    CHECK(platform.store.evaluationCount() == 1);
    CHECK(ratings.state(id) == u"sent"_s);
    // Kept again after it was sent: still one, nothing pending.
    REQUIRE(ratings.addFromHall(bad, &added, &error));
    CHECK_FALSE(added);
    CHECK(ratings.pendingCount() == 0);
}

TEST_CASE("a rating's body names its reasons only when it has some")
{
    ow::QueuedRating e;
    e.id = u"0b6d3c1e-2f4a-4b5c-8d9e-0a1b2c3d4e5f"_s;
    e.caseId = u"c1"_s;
    e.score = 5;
    e.ratedAt = QDateTime(QDate(2026, 11, 28), QTime(2, 3, 4), Qt::UTC);
    // A rating saved before reasons existed is resent byte for byte: the platform compares its content.
    CHECK_FALSE(ow::EvaluationQueue::body(e).contains("reasons"));
    e.score = 1;
    e.reasons = QStringList{u"attitude"_s};
    CHECK(QJsonDocument::fromJson(ow::EvaluationQueue::body(e)).object().value(u"reasons"_s).toArray()
          == QJsonArray{u"attitude"_s});
}

TEST_CASE("Retry-After holds every request of the client for as long as it says")
{
    owsync::InProcessPlatform platform({.throttleRate = 1.0, .retryAfterSeconds = 1});
    owsync::ClientDatabase client;
    QString error;
    REQUIRE(owsync::commitCases(client.db, 10, 10, &error).caseIds.size() == 10);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> throttledAt, servedAt;
    QObject::connect(&platform.server, &ow::PlatformServer::requestHandled, &platform.server,
                     [&](const QString &, const QString &, int status) {
                         if (status == 429) {
                             throttledAt << clock.elapsed();
                             platform.server.setFaults({}); // one 429, then business as usual
                         } else {
                             servedAt << clock.elapsed();
                         }
                     });
    QNetworkAccessManager network;
    // Batches of two: rows outside the throttled batch are due at once, so only the hold keeps them back.
    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url(), 2));
    REQUIRE(owsync::drain(sync, 20000));
    REQUIRE(throttledAt.size() == 1);
    REQUIRE_FALSE(servedAt.isEmpty());
    CHECK(servedAt.first() - throttledAt.first() >= 990);
    CHECK(owsync::disagreements(client.db, platform.store).isEmpty());
}

TEST_CASE("https: the platform's certificate is trusted through the configured CA file only")
{
    owsync::InProcessPlatform platform;
    QString error;
    REQUIRE(platform.server.setupTls(testData(u"server.pem"_s), testData(u"server.key"_s), &error));
    const quint16 tlsPort = platform.server.listen(QHostAddress::LocalHost, 0);
    REQUIRE(tlsPort != 0);
    const QUrl url(u"https://127.0.0.1:%1"_s.arg(tlsPort));
    owsync::ClientDatabase client;
    REQUIRE(owsync::commitCases(client.db, 5, 11, &error).caseIds.size() == 5);
    QNetworkAccessManager network;
    {
        ow::SyncClient untrusting(client.db, &network, owsync::testSettings(url)); // system store only
        const ow::SyncRoundReport refused = oneRound(untrusting);
        CHECK_FALSE(refused.reachedPlatform);
        CHECK(untrusting.snapshot().connectivity == ow::Connectivity::Offline);
        CHECK(platform.store.caseCount() == 0);
    }
    ow::SyncSettings settings = owsync::testSettings(url);
    settings.caFile = testData(u"ca.pem"_s);
    // A fresh manager: Qt keeps a connection per host with the TLS settings of its first request.
    QNetworkAccessManager network2;
    ow::SyncClient trusting(client.db, &network2, settings);
    const bool drained = owsync::drain(trusting, 20000);
    INFO(trusting.snapshot().lastError.toStdString());
    REQUIRE(drained);
    CHECK(owsync::disagreements(client.db, platform.store).isEmpty());
}
