// The contract's promises, one at a time, against the real reference platform in this process: one
// record per case however often it arrives, 409 for an older revision, refusals parked with the
// platform's words while the rest goes on, interrupted sends made safe at start, tokens, offline.
#include "core/catalog/catalogloader.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/outbox.h"
#include "core/sync/syncclient.h"
#include "tests/integration/sync/syncfixture.h"
#include "tests/integration/sync/syncrounds.h"
#include "tests/integration/sync/syntheticcases.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using owsync::oneRound;
using owsync::payloadOf;

TEST_CASE("the same case and revision sent twice at the same moment make one record")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QString error;
    const owsync::MadeCases made = owsync::commitCases(client.db, 1, 1, &error);
    REQUIRE(made.caseIds.size() == 1);
    const QString id = made.caseIds.first();
    const QByteArray payload = payloadOf(client.db, id, 1);
    REQUIRE_FALSE(payload.isEmpty());

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(platform.url().toString() + u"/cases/"_s + id));
    request.setRawHeader("Authorization", "Bearer " + owsync::TestToken);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    // Both are on the wire before either is answered (two connections).
    QNetworkReply *first = network.put(request, payload);
    QNetworkReply *second = network.put(request, payload);
    REQUIRE(owtest::waitFor([&] { return first->isFinished() && second->isFinished(); }));
    const int a = first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int b = second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    CHECK(std::min(a, b) == 200);
    CHECK(std::max(a, b) == 201);
    const QJsonObject ra = QJsonDocument::fromJson(first->readAll()).object();
    const QJsonObject rb = QJsonDocument::fromJson(second->readAll()).object();
    CHECK(ra.value(u"officialNumber"_s).toString().startsWith(u"ZW"_s));
    CHECK(ra.value(u"officialNumber"_s) == rb.value(u"officialNumber"_s));
    CHECK(platform.store.caseCount() == 1);
    CHECK(platform.store.numbersIssued() == 1);
    CHECK(platform.store.record(id)->deliveries == 2);

    // The same item twice in one batch: one created, one unchanged, still one record.
    const QByteArray batch = "{\"items\":[" + payload + ',' + payload + "]}";
    const owsync::HttpResult r = owsync::http(network, "POST", QUrl(platform.url().toString() + u"/cases:batch"_s), batch);
    REQUIRE(r.status == 200);
    const QJsonArray results = r.json().value(u"results"_s).toArray();
    REQUIRE(results.size() == 2);
    CHECK(results.at(1).toObject().value(u"receipt"_s).toObject().value(u"outcome"_s) == u"unchanged"_s);
    CHECK(platform.store.caseCount() == 1);
}

TEST_CASE("an older revision is refused with 409, and the client takes that as delivered")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QString error;
    const owsync::MadeCases made = owsync::commitCases(client.db, 40, 2, &error);
    REQUIRE_FALSE(made.awaiting.isEmpty());
    const QString id = made.awaiting.first();
    REQUIRE(owsync::supplement(client.db, id, &error));
    QNetworkAccessManager network;
    const QUrl url(platform.url().toString() + u"/cases/"_s + id);
    // Revision 2 reaches the platform first (another run whose bookkeeping was lost, say).
    REQUIRE(owsync::http(network, "PUT", url, payloadOf(client.db, id, 2)).status == 201);
    const owsync::HttpResult stale = owsync::http(network, "PUT", url, payloadOf(client.db, id, 1));
    CHECK(stale.status == 409);
    CHECK(stale.json().value(u"type"_s) == u"urn:onewindow:problem:stale-revision"_s);
    CHECK(stale.json().value(u"currentRevision"_s).toInt() == 2);

    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url()));
    const ow::SyncRoundReport report = oneRound(sync);
    CHECK(report.casesParked == 0);
    CHECK(report.casesAlreadyHeld == 2); // revision 1 (409 stale) and revision 2 (a replay)
    CHECK(owsync::disagreements(client.db, platform.store).isEmpty());
    CHECK(platform.store.record(id)->revision == 2);
}

TEST_CASE("a refused case is parked with the platform's reason and does not hold up the others")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QString error;
    // The window's catalog has a pilot matter the platform does not know yet.
    const ow::CatalogLoadResult local = ow::CatalogLoader::loadBytes(owsync::demoCatalog(u"PILOT-0001"_s), u"local"_s);
    REQUIRE(local.ok);
    REQUIRE(ow::CatalogRepository(client.db).importCatalog(local.data).ok);
    REQUIRE(owsync::commitCases(client.db, 30, 3, &error).caseIds.size() == 30);
    ow::Case pilot = *ow::CaseRepository(client.db).byId(ow::CaseRepository(client.db).search({}, 1).first().id);
    pilot.id.clear();
    pilot.matters = {{u"PILOT-0001"_s, ow::CatalogRepository(client.db).currentVersion(u"PILOT-0001"_s)}};
    ow::Applicant applicant;
    applicant.idNumber = u"11010519491231002X"_s;
    applicant.name = u"试点申请人"_s;
    REQUIRE(ow::CaseRepository(client.db).commitDecision(pilot, applicant, &error));

    QNetworkAccessManager network;
    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url(), 10));
    QSignalSpy snapshots(&sync, &ow::SyncClient::snapshotChanged);
    const ow::SyncRoundReport report = oneRound(sync);
    CHECK(report.casesParked == 1);
    CHECK(report.casesDelivered == 30);
    CHECK(platform.store.caseCount() == 30);
    const QList<ow::ParkedItem> parked = sync.parkedItems();
    REQUIRE(parked.size() == 1);
    CHECK(parked.first().caseId == pilot.id);
    CHECK(parked.first().caseNumber == pilot.caseNumber);
    INFO(parked.first().reason.toStdString());
    CHECK(parked.first().reason.contains(u"PILOT-0001, which is not in the platform's catalog"_s));
    CHECK(sync.snapshot().parked == 1);
    CHECK(sync.snapshot().backlog == 0);

    // The province publishes the matter; a person retries the parked case.
    REQUIRE(platform.server.setCatalog(owsync::demoCatalog(u"PILOT-0001"_s), &error));
    QSignalSpy finished(&sync, &ow::SyncClient::roundFinished);
    REQUIRE(sync.retryParked(parked, &error));
    REQUIRE(owtest::waitFor([&] { return !finished.isEmpty(); }, std::chrono::seconds(10)));
    CHECK(sync.parkedItems().isEmpty());
    CHECK(owsync::disagreements(client.db, platform.store).isEmpty());
}

TEST_CASE("rows an interrupted run left sending go out again at start and make no second record")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QString error;
    REQUIRE(owsync::commitCases(client.db, 20, 4, &error).caseIds.size() == 20);
    ow::Outbox outbox(client.db);
    const QList<ow::OutboxItem> rows = outbox.pending(5);
    QList<qint64> ids;
    QNetworkAccessManager network;
    for (const ow::OutboxItem &row : rows) {
        ids << row.id;
        // The platform committed them; the crash came before the window recorded it.
        REQUIRE(owsync::http(network, "PUT", QUrl(platform.url().toString() + u"/cases/"_s + row.caseId), row.payload).status
                == 201);
    }
    REQUIRE(outbox.markSending(ids, &error));
    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url()));
    REQUIRE(owsync::drain(sync, 20000));
    CHECK(outbox.counts().sending == 0);
    CHECK(owsync::disagreements(client.db, platform.store).isEmpty());
    for (const ow::OutboxItem &row : rows)
        CHECK(platform.store.record(row.caseId)->deliveries == 2);
}

TEST_CASE("a decision saved while the client runs goes out within seconds, without waiting for the poll")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QString error;
    REQUIRE(owsync::commitCases(client.db, 3, 13, &error).caseIds.size() == 3);
    QNetworkAccessManager network;
    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url())); // polls once a minute
    REQUIRE(owsync::drain(sync, 10000));
    REQUIRE(owsync::commitCases(client.db, 2, 14, &error).caseIds.size() == 2);
    sync.outboxChanged();
    CHECK(owtest::waitFor([&] { return platform.store.caseCount() == 5; }, std::chrono::seconds(5)));
}

TEST_CASE("an unknown token parks nothing and tells the window")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QString error;
    REQUIRE(owsync::commitCases(client.db, 10, 5, &error).caseIds.size() == 10);
    QNetworkAccessManager network;
    ow::SyncSettings settings = owsync::testSettings(platform.url());
    settings.token = "not-a-token-of-this-platform";
    ow::SyncClient sync(client.db, &network, settings);
    const ow::SyncRoundReport report = oneRound(sync);
    CHECK(report.casesParked == 0);
    CHECK_FALSE(report.complete);
    CHECK(sync.snapshot().connectivity == ow::Connectivity::TokenRefused);
    CHECK(sync.snapshot().lastError.contains(u"token"_s));
    CHECK(sync.snapshot().backlog == 10);
    CHECK(platform.store.caseCount() == 0);
}

TEST_CASE("with the platform unreachable the window is offline and its cases wait")
{
    owsync::ClientDatabase client;
    QString error;
    REQUIRE(owsync::commitCases(client.db, 10, 6, &error).caseIds.size() == 10);
    quint16 closedPort = 0;
    {
        owsync::InProcessPlatform gone;
        closedPort = gone.port;
    } // closed again: nothing listens there now
    QNetworkAccessManager network;
    ow::SyncClient sync(client.db, &network, owsync::testSettings(QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort))));
    const ow::SyncRoundReport report = oneRound(sync);
    CHECK_FALSE(report.reachedPlatform);
    CHECK(sync.snapshot().connectivity == ow::Connectivity::Offline);
    CHECK(sync.snapshot().backlog == 10);
    CHECK(sync.snapshot().parked == 0);
    CHECK(ow::Outbox(client.db).counts().sending == 0);
}

TEST_CASE("a stalled request fails at its transfer timeout instead of hanging, and nothing is counted twice")
{
    owsync::InProcessPlatform platform({.latencyMs = 400});
    owsync::ClientDatabase client;
    QString error;
    REQUIRE(owsync::commitCases(client.db, 10, 12, &error).caseIds.size() == 10);
    QNetworkAccessManager network;
    ow::SyncSettings settings = owsync::testSettings(platform.url());
    settings.transferTimeout = std::chrono::milliseconds(100);
    ow::SyncClient sync(client.db, &network, settings);
    // oneRound waits for the round's end with its own deadline: a round stalled by the slow platform fails there.
    const ow::SyncRoundReport report = oneRound(sync);
    CHECK(report.casesDelivered == 0);
    CHECK(sync.snapshot().connectivity == ow::Connectivity::Offline);
    // The platform served the late request anyway (it committed); the retry is absorbed as a replay.
    platform.server.setFaults({});
    REQUIRE(owsync::drain(sync, 20000));
    CHECK(owsync::disagreements(client.db, platform.store).isEmpty());
}

TEST_CASE("backoff grows, is capped and jittered within its upper half")
{
    const ow::BackoffPolicy policy{std::chrono::milliseconds(100), std::chrono::milliseconds(1000), 2.0};
    QRandomGenerator random(3);
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const qint64 full = std::min<qint64>(1000, 100LL << (attempt - 1));
        for (int i = 0; i < 50; ++i) {
            const qint64 d = policy.delay(attempt, random).count();
            CHECK(d >= full / 2);
            CHECK(d <= full);
        }
    }
}
