// The result's hand-over (出件) travels to the reference platform through the outbox like a case revision,
// alone (POST /cases/{id}/handover), and arrives exactly once: while the platform fails, resets
// connections and loses replies after committing, every hand-over ends as one record, the case is
// handed_over there at the hand-over's revision, and the window's outbox is empty (docs/adr/0025).
#include "core/storage/caserepository.h"
#include "core/storage/handoverrepository.h"
#include "core/sync/syncclient.h"
#include "tests/integration/sync/syncfixture.h"
#include "tests/integration/sync/syncrounds.h"
#include "tests/integration/sync/syntheticcases.h"
#include "tests/support/test_support.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {

ow::Handover handoverOf(const QString &caseId, int i)
{
    ow::Handover h;
    h.caseId = caseId;
    h.hallCode = u"XH"_s;
    h.window = 3;
    h.clerk = u"li.na"_s;
    if (i % 3 == 0) {
        h.method = ow::HandoverMethod::ByPost;
        h.carrier = u"EMS"_s;
        h.trackingNumber = u"11787654%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        h.address = u"浙江省杭州市西湖区文三路90号"_s;
    } else if (i % 3 == 1) {
        h.collector = ow::Collector::Agent;
        h.agentName = u"李四"_s;
        h.agentIdNumber = u"11010519491231002X"_s;
    }
    return h;
}

// Cases committed offline, delivered to the platform, moved there to 'delivered' and pulled back: ready
// for pick-up at the window. Returns their ids; *stillOpen, when given, gets one accepted case left as it was.
QStringList readyAtTheHall(owsync::InProcessPlatform &platform, ow::Database &db, ow::SyncClient &sync, int count,
                           QString *stillOpen = nullptr)
{
    QString error;
    const owsync::MadeCases made = owsync::commitCases(db, count, 21, &error);
    REQUIRE(error.isEmpty());
    REQUIRE(owsync::drain(sync, 60000));
    ow::CaseRepository cases(db);
    QStringList ready;
    for (const QString &id : made.caseIds) {
        if (cases.byId(id)->status != ow::CaseStatus::Accepted)
            continue;
        if (stillOpen && stillOpen->isEmpty()) {
            *stillOpen = id;
            continue;
        }
        REQUIRE(platform.store.advance(id, u"delivered"_s, {}).status == 200);
        ready << id;
    }
    owsync::oneRound(sync); // the status pull
    for (const QString &id : ready)
        REQUIRE(cases.byId(id)->status == ow::CaseStatus::ReadyForPickup);
    return ready;
}

} // namespace

TEST_CASE("a hand-over reaches the platform exactly once through failures, resets and replies lost after the commit")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QNetworkAccessManager network;
    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url(), 10));
    const QStringList ready = readyAtTheHall(platform, client.db, sync, 60);
    REQUIRE(ready.size() >= 15);
    sync.stop();

    ow::HandoverRepository handovers(client.db);
    for (qsizetype i = 0; i < ready.size(); ++i) {
        ow::Handover h = handoverOf(ready.at(i), int(i));
        QString error;
        INFO(error.toStdString());
        REQUIRE(handovers.record(h, &error));
    }

    platform.server.setFaults({.failRate = 0.2, .resetRate = 0.15, .dropAfterCommitRate = 0.35, .seed = 25});
    REQUIRE(owsync::drain(sync, 120000));
    sync.stop();
    const ow::PlatformStats stats = platform.server.stats();
    INFO("requests " << stats.requests << ", failures " << stats.failures << ", resets " << stats.resets << ", dropped "
                     << stats.dropsAfterCommit);
    CHECK(stats.dropsAfterCommit > 0); // replies were lost after the commit, so hand-overs were sent again
    CHECK(stats.failures + stats.resets > 0);

    const QStringList problems = owsync::disagreements(client.db, platform.store);
    INFO(problems.mid(0, 10).join(u'\n').toStdString());
    CHECK(problems.isEmpty()); // the platform holds each case at the hand-over's revision, the outbox is empty
    CHECK(platform.store.handoverCount() == ready.size());
    int replays = 0;
    for (const QString &id : ready) {
        const std::optional<ow::PlatformCaseRecord> r = platform.store.record(id);
        REQUIRE(r);
        CHECK(r->status == u"handed_over"_s);
        CHECK(r->revision == ow::CaseRepository(client.db).byId(id)->revision);
        replays += platform.store.handoverDeliveries(id) - 1;
    }
    CHECK(replays > 0); // a lost reply was answered "unchanged" and made no second hand-over
}

TEST_CASE("the platform answers a hand-over again alike, refuses a different one and one not yet delivered")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QNetworkAccessManager network;
    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url()));
    QString open;
    const QStringList ready = readyAtTheHall(platform, client.db, sync, 30, &open);
    REQUIRE(ready.size() >= 1);
    REQUIRE_FALSE(open.isEmpty());
    sync.stop();
    ow::Handover h = handoverOf(ready.first(), 0);
    QString error;
    REQUIRE(ow::HandoverRepository(client.db).record(h, &error));
    const QByteArray body = owsync::payloadOf(client.db, h.caseId, h.revision);
    REQUIRE_FALSE(body.isEmpty());

    const QUrl url(platform.url().toString() + u"/cases/"_s + h.caseId + u"/handover"_s);
    const owsync::HttpResult first = owsync::http(network, "POST", url, body);
    CHECK(first.status == 201);
    CHECK(first.json().value(u"outcome"_s).toString() == u"created"_s);
    CHECK(first.json().value(u"revision"_s).toInt() == h.revision);
    const owsync::HttpResult again = owsync::http(network, "POST", url, body);
    CHECK(again.status == 200);
    CHECK(again.json().value(u"outcome"_s).toString() == u"unchanged"_s);
    CHECK(again.json().value(u"officialNumber"_s) == first.json().value(u"officialNumber"_s));

    QJsonObject other = QJsonDocument::fromJson(body).object();
    other.insert(u"trackingNumber"_s, u"999"_s);
    CHECK(owsync::http(network, "POST", url, QJsonDocument(other).toJson()).status == 409);
    CHECK(platform.store.handoverCount() == 1);
    CHECK(platform.store.handoverDeliveries(h.caseId) == 2);

    // A case whose result is not at the hall yet is refused, and so is another device's report.
    QJsonObject early = QJsonDocument::fromJson(body).object();
    early.insert(u"caseId"_s, open);
    const QUrl openUrl(platform.url().toString() + u"/cases/"_s + open + u"/handover"_s);
    const owsync::HttpResult notReady = owsync::http(network, "POST", openUrl, QJsonDocument(early).toJson());
    CHECK(notReady.status == 409);
    CHECK(notReady.json().value(u"type"_s).toString() == u"urn:onewindow:problem:not-ready"_s);
    platform.server.setTokens({QString::fromLatin1(owsync::TestToken), u"another-device-token"_s});
    CHECK(owsync::http(network, "POST", url, body, "another-device-token").status == 404);
    CHECK(platform.store.handoverCount() == 1);
    CHECK(platform.store.record(open)->status == u"accepted"_s);
}
