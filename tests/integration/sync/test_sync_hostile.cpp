// The sync client against platforms that misbehave the way real networks and peers do (hostileplatform.h):
// a captive portal's page, empty and cut-off bodies, JSON of the wrong shape, redirects to another
// origin, feeds that never end, answers that drip or never stop. The promise under test: no row counts
// as delivered without the contract's proof, nothing is sent to another origin, every round ends, and
// the client's memory stays bounded.
#include "core/storage/outbox.h"
#include "core/sync/evaluationqueue.h"
#include "core/sync/syncclient.h"
#include "core/sync/syncstore.h"
#include "tests/integration/sync/hostileplatform.h"
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
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using owsync::HostilePlatform;
using owsync::oneRound;
using owsync::ScriptedReply;
using owsync::SeenRequest;

namespace {

ScriptedReply json(int status, const QByteArray &body)
{
    ScriptedReply r;
    r.status = status;
    r.body = body;
    return r;
}

ScriptedReply html(int status)
{
    ScriptedReply r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = "<!DOCTYPE html><html><head><title>Wi-Fi login</title></head><body>Please sign in</body></html>";
    return r;
}

// Pulls answered like a quiet platform (catalog unchanged, no status changes); pushes by `push`.
HostilePlatform::Script quietPulls(std::function<ScriptedReply(const SeenRequest &)> push)
{
    return [push](const SeenRequest &r) {
        if (r.path.endsWith("/catalog")) {
            ScriptedReply unchanged;
            unchanged.status = 304;
            unchanged.contentType.clear();
            return unchanged;
        }
        if (r.path.endsWith("/cases/changes"))
            return json(200, R"({"changes":[],"nextCursor":"c-1","hasMore":false})");
        return push(r);
    };
}

// What the contract answers to a batch: every item's receipt, in order.
ScriptedReply batchReceipts(const SeenRequest &r)
{
    const QJsonArray items = QJsonDocument::fromJson(r.body).object().value(u"items"_s).toArray();
    QJsonArray results;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray payload = QJsonDocument(items.at(i).toObject()).toJson(QJsonDocument::Compact);
        const QJsonObject receipt = QJsonDocument::fromJson(owsync::receiptFor(payload)).object();
        results.append(QJsonObject{{u"index"_s, int(i)},
                                   {u"caseId"_s, receipt.value(u"caseId"_s)},
                                   {u"revision"_s, receipt.value(u"revision"_s)},
                                   {u"status"_s, 201},
                                   {u"receipt"_s, receipt}});
    }
    return json(200, QJsonDocument(QJsonObject{{u"results"_s, results}}).toJson(QJsonDocument::Compact));
}

struct Client {
    explicit Client(const QUrl &platform, int cases, int batchSize = 50)
        : settings(owsync::testSettings(platform, batchSize))
    {
        QString error;
        if (cases > 0)
            REQUIRE(owsync::commitCases(db.db, cases, 77, &error).caseIds.size() == cases);
    }
    ow::SyncClient &sync()
    {
        if (!client)
            client = std::make_unique<ow::SyncClient>(db.db, &network, settings);
        return *client;
    }
    ow::OutboxCounts counts() { return ow::Outbox(db.db).counts(); }

    owsync::ClientDatabase db;
    QNetworkAccessManager network;
    ow::SyncSettings settings;
    std::unique_ptr<ow::SyncClient> client;
};

bool anyErrorMentions(const ow::SyncRoundReport &report, const QString &word)
{
    return std::any_of(report.errors.cbegin(), report.errors.cend(), [&](const QString &e) { return e.contains(word); });
}

} // namespace

TEST_CASE("a captive portal's 200 page for PUT /cases marks nothing sent, and the rows stay due")
{
    HostilePlatform portal(quietPulls([](const SeenRequest &) { return html(200); }));
    Client client(portal.url(), 3, 1); // batches of one: PUT /cases/{id}
    // A backoff longer than the round: each row is tried once, so the three answers come in a row.
    client.settings.itemBackoff = {std::chrono::seconds(2), std::chrono::seconds(4), 2.0};
    const ow::SyncRoundReport report = oneRound(client.sync());
    CHECK(portal.count("/cases/") >= 1);
    CHECK(report.casesDelivered == 0);
    CHECK(report.casesRetrying >= 1);
    CHECK(client.counts().sent == 0);
    CHECK(client.counts().sending == 0);
    CHECK(client.counts().pending == 3);
    CHECK(client.sync().snapshot().connectivity == ow::Connectivity::Offline);
    CHECK(anyErrorMentions(report, u"captive portal"_s));
}

TEST_CASE("a batch answered with an empty, cut-off or wrongly shaped body marks no row sent")
{
    const QByteArray body = GENERATE(QByteArray(), QByteArray(R"({"results":[{"index":0,"caseId")"),
                                     QByteArray(R"({"results":[]})"), QByteArray(R"({"ok":true})"));
    const int status = GENERATE(200, 201);
    HostilePlatform platform(quietPulls([&](const SeenRequest &) { return json(status, body); }));
    Client client(platform.url(), 6);
    const ow::SyncRoundReport report = oneRound(client.sync());
    CHECK(platform.count("/cases:batch") >= 1);
    CHECK(report.casesDelivered == 0);
    CHECK(client.counts().sent == 0);
    CHECK(client.counts().pending == 6);
}

TEST_CASE("a receipt that does not echo this case and revision, or has no official number, proves nothing")
{
    using Forge = std::function<void(QJsonObject &)>;
    const Forge forge = GENERATE(Forge([](QJsonObject &r) { r[u"revision"_s] = r.value(u"revision"_s).toInt() + 1; }),
                                 Forge([](QJsonObject &r) { r[u"caseId"_s] = u"00000000-0000-7000-8000-000000000000"_s; }),
                                 Forge([](QJsonObject &r) { r.remove(u"officialNumber"_s); }),
                                 Forge([](QJsonObject &r) { r[u"officialNumber"_s] = QString(); }),
                                 Forge([](QJsonObject &r) { r[u"outcome"_s] = u"maybe"_s; }));
    HostilePlatform platform(quietPulls([&](const SeenRequest &r) {
        QJsonObject receipt = QJsonDocument::fromJson(owsync::receiptFor(r.body)).object();
        forge(receipt);
        return json(201, QJsonDocument(receipt).toJson(QJsonDocument::Compact));
    }));
    Client client(platform.url(), 2, 1);
    const ow::SyncRoundReport report = oneRound(client.sync());
    CHECK(report.casesDelivered == 0);
    CHECK(client.counts().sent == 0);
    CHECK(client.counts().pending == 2);
}

TEST_CASE("the contract's own receipts are still proof: the same stub with honest answers delivers every row")
{
    HostilePlatform platform(quietPulls([](const SeenRequest &r) {
        return r.path.endsWith(":batch") ? batchReceipts(r) : json(201, owsync::receiptFor(r.body));
    }));
    Client single(platform.url(), 2, 1);
    CHECK(oneRound(single.sync()).casesDelivered == 2);
    CHECK(single.counts().sent == 2);
    Client batched(platform.url(), 7);
    const ow::SyncRoundReport report = oneRound(batched.sync());
    CHECK(report.casesDelivered == 7);
    CHECK(report.complete);
    CHECK(batched.counts().sent == 7);
}

TEST_CASE("a refusal parks a row only in the platform's words: a web server's 404 page is retried")
{
    HostilePlatform webServer(quietPulls([](const SeenRequest &) { return html(404); }));
    Client client(webServer.url(), 2, 1);
    oneRound(client.sync());
    CHECK(client.counts().parked == 0);
    CHECK(client.counts().pending == 2);

    const int refusal = GENERATE(400, 404, 422); // 400: Qt reports it with a transfer-range error code
    HostilePlatform platform(quietPulls([&](const SeenRequest &) {
        ScriptedReply r =
            json(refusal, R"({"type":"urn:onewindow:problem:invalid-case","title":"Invalid case","detail":"no matter"})");
        r.contentType = "application/problem+json";
        return r;
    }));
    Client refused(platform.url(), 1, 1);
    oneRound(refused.sync());
    CHECK(refused.counts().parked == 1);
}

TEST_CASE("a redirect to another origin is not followed: no token, no case goes there, nothing is marked sent")
{
    HostilePlatform elsewhere([](const SeenRequest &r) {
        return r.path.endsWith(":batch") ? batchReceipts(r) : json(201, owsync::receiptFor(r.body));
    });
    const int code = GENERATE(301, 302, 307, 308);
    HostilePlatform moved([&](const SeenRequest &r) {
        ScriptedReply redirect = html(code);
        redirect.headers = {{"Location", elsewhere.url().toEncoded() + r.path}};
        return redirect;
    });
    for (const int batchSize : {1, 50}) {
        Client client(moved.url(), 3, batchSize);
        const ow::SyncRoundReport report = oneRound(client.sync());
        CHECK(elsewhere.requests().isEmpty());
        CHECK(client.counts().sent == 0);
        CHECK(client.counts().pending == 3);
        CHECK(anyErrorMentions(report, u"redirect"_s));
        CHECK(client.sync().snapshot().lastError.contains(elsewhere.url().authority()));
    }
}

TEST_CASE("a plain http:// platform is never contacted unless insecure addresses were allowed")
{
    HostilePlatform platform(quietPulls([](const SeenRequest &r) { return json(201, owsync::receiptFor(r.body)); }));
    Client client(platform.url(), 2, 1);
    client.settings.allowInsecure = false;
    CHECK_FALSE(client.settings.problem().isEmpty());
    const ow::SyncRoundReport report = oneRound(client.sync());
    CHECK(platform.requests().isEmpty());
    CHECK_FALSE(report.reachedPlatform);
    CHECK(client.counts().pending == 2);
    CHECK(anyErrorMentions(report, u"http"_s));

    ow::SyncSettings https = client.settings;
    https.platformUrl = QUrl(u"https://platform.example/api/v1"_s);
    CHECK(https.problem().isEmpty());
}

TEST_CASE("a feed whose cursor does not move ends the round after one repeat")
{
    HostilePlatform platform([](const SeenRequest &r) {
        if (r.path.endsWith("/catalog")) {
            ScriptedReply unchanged;
            unchanged.status = 304;
            return unchanged;
        }
        return json(
            200,
            R"({"changes":[{"cursor":"same","caseId":"0190d7a6-0000-7000-8000-000000000001","status":"in_progress","at":"2026-12-04T09:00:00Z"}],"nextCursor":"same","hasMore":true})");
    });
    Client client(platform.url(), 0);
    const ow::SyncRoundReport report = oneRound(client.sync(), std::chrono::seconds(10));
    CHECK(platform.count("/cases/changes") <= 2);
    CHECK_FALSE(report.errors.isEmpty());
}

TEST_CASE("a feed with a new cursor on every page is read up to the page cap, and empty pages write nothing")
{
    int page = 0;
    bool emptyPages = GENERATE(false, true);
    HostilePlatform platform([&](const SeenRequest &r) {
        if (r.path.endsWith("/catalog")) {
            ScriptedReply unchanged;
            unchanged.status = 304;
            return unchanged;
        }
        ++page;
        const QByteArray change =
            emptyPages
                ? QByteArray()
                : QByteArray(R"({"cursor":"p)") + QByteArray::number(page)
                      + R"(","caseId":"0190d7a6-0000-7000-8000-000000000001","status":"in_progress","at":"2026-12-04T09:00:00Z"})";
        return json(200, R"({"changes":[)" + change + R"(],"nextCursor":"p)" + QByteArray::number(page) + R"(","hasMore":true})");
    });
    Client client(platform.url(), 0);
    client.settings.maxChangesPagesPerRound = 5;
    const ow::SyncRoundReport report = oneRound(client.sync(), std::chrono::seconds(10));
    const ow::SyncStore store(client.db.db);
    if (emptyPages) {
        // Asking for more while giving nothing: stopped at once, no cursor written.
        CHECK(platform.count("/cases/changes") == 1);
        CHECK(store.value(ow::SyncStore::changesCursorKey()).isEmpty());
        CHECK_FALSE(report.errors.isEmpty());
    } else {
        CHECK(platform.count("/cases/changes") == 5);
        CHECK(report.statusChangesRemain);
        CHECK(store.value(ow::SyncStore::changesCursorKey()) == u"p5"_s);
    }

    // The window's own client (started, polling) keeps to the same bounds: its round ends, no request storm.
    const int before = int(platform.requests().size());
    QSignalSpy rounds(&client.sync(), &ow::SyncClient::roundFinished);
    client.sync().start();
    REQUIRE(rounds.wait(10000));
    client.sync().stop();
    CHECK(platform.requests().size() - before <= 6); // one round: catalog + at most five pages
}

TEST_CASE("a platform that drips its answer a byte at a time is cut off at the request deadline")
{
    HostilePlatform drip(quietPulls([](const SeenRequest &r) {
        ScriptedReply slow = json(201, owsync::receiptFor(r.body));
        slow.dripEveryMs = 100; // every byte resets Qt's transfer timeout; the deadline does not move
        return slow;
    }));
    Client client(drip.url(), 2, 1);
    client.settings.requestDeadline = std::chrono::milliseconds(800);
    const ow::SyncRoundReport report = oneRound(client.sync(), std::chrono::seconds(15));
    // Cut off, not read to the end: at 100 ms a byte, 800 ms let through fewer than 10 bytes of each answer.
    CHECK(drip.bytesStreamed() < 2 * 10);
    CHECK(report.casesDelivered == 0);
    CHECK(client.counts().sending == 0);
    CHECK(client.counts().sent == 0);
    CHECK(client.counts().pending == 2);
}

TEST_CASE("a 300 MB catalog or status page is cut off at its limit and the client's memory stays bounded")
{
    constexpr qint64 Huge = 300LL * 1024 * 1024;
    const bool announced = GENERATE(true, false); // with a Content-Length, and without one (counted while reading)
    HostilePlatform platform([&](const SeenRequest &r) {
        ScriptedReply big = json(200, r.path.endsWith("/catalog") ? "{\"format\":\"onewindow-catalog/1\",\"x\":\""
                                                                  : "{\"changes\":[],\"nextCursor\":\"");
        big.streamBytes = Huge;
        big.announceLength = announced;
        return big;
    });
    Client client(platform.url(), 0);
    const qint64 baseline = owtest::residentKiB();
    qint64 peak = baseline;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peak = std::max(peak, owtest::residentKiB()); });
    sampler.start(5);
    const ow::SyncRoundReport report = oneRound(client.sync(), std::chrono::seconds(60));
    sampler.stop();
    peak = std::max(peak, owtest::residentKiB());
    CHECK(platform.count("/catalog") == 1);
    CHECK(platform.count("/cases/changes") == 1);
    CHECK_FALSE(report.catalogChanged);
    CHECK(report.errors.size() >= 2);
    // The limits are 32 MiB (catalog) and 8 MiB (a page); the stated cap leaves room for Qt's buffers.
    if (owtest::residentSizeMeaningful)
        CHECK(peak - baseline < 128 * 1024);
    CHECK(platform.bytesStreamed() < Huge / 2); // cut off at the limit, not read to the end
    INFO("peak growth KiB: " << (peak - baseline));
}

TEST_CASE("a rating answered with anything but its receipt stays pending")
{
    bool honestRatings = false;
    HostilePlatform platform(quietPulls([&](const SeenRequest &r) {
        if (r.path.endsWith("/evaluations")) {
            if (!honestRatings)
                return html(200);
            const QJsonObject rating = QJsonDocument::fromJson(r.body).object();
            return json(201, QJsonDocument(QJsonObject{{u"id"_s, rating.value(u"id"_s)}, {u"outcome"_s, u"created"_s}})
                                 .toJson(QJsonDocument::Compact));
        }
        return json(201, owsync::receiptFor(r.body));
    }));
    Client client(platform.url(), 1, 1);
    QString error;
    const QString caseId = ow::Outbox(client.db.db).pending(1).first().caseId;
    REQUIRE(ow::EvaluationQueue(client.db.db).add(caseId, 2, u"slow"_s, u"window"_s, &error));
    const ow::SyncRoundReport first = oneRound(client.sync());
    CHECK(first.casesDelivered == 1);
    CHECK(first.evaluationsDelivered == 0);
    CHECK(ow::EvaluationQueue(client.db.db).pendingCount() == 1);
    honestRatings = true;
    // Past the rating's short test backoff: it is due again.
    REQUIRE(owtest::waitFor([&] { return !ow::EvaluationQueue(client.db.db).due(1).isEmpty(); }, std::chrono::seconds(5)));
    const ow::SyncRoundReport second = oneRound(client.sync());
    CHECK(second.evaluationsDelivered == 1);
    CHECK(ow::EvaluationQueue(client.db.db).pendingCount() == 0);
}
