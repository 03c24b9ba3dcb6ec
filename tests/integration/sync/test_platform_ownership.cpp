// The reference platform ties a case to the device (token) that created it: another device's PUT, batch
// item or rating of that case is answered 404 (as if the case were not there; docs/platform-api.yaml) and
// changes nothing, and the changes feed lists a device's own cases only. Real platform, loopback, HTTP.
#include "tests/integration/sync/syncfixture.h"
#include "tests/integration/sync/syncrounds.h"
#include "tests/integration/sync/syntheticcases.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using owsync::payloadOf;

namespace {

const QByteArray OtherToken = "another-device-token-for-tests";

QByteArray rating(const QString &id, const QString &caseId, int score)
{
    return QJsonDocument(QJsonObject{{u"id"_s, id},
                                     {u"caseId"_s, caseId},
                                     {u"score"_s, score},
                                     {u"ratedAt"_s, u"2026-11-28T02:03:04.000Z"_s},
                                     {u"channel"_s, u"window"_s}})
        .toJson(QJsonDocument::Compact);
}

// Every case id the feed gives `token`, following the cursor to the end.
QSet<QString> feedOf(QNetworkAccessManager &network, const QUrl &base, const QByteArray &token)
{
    QSet<QString> ids;
    QString since;
    for (int page = 0; page < 100; ++page) {
        const owsync::HttpResult r =
            owsync::http(network, "GET", QUrl(base.toString() + u"/cases/changes?limit=5&since="_s + since), {}, token);
        REQUIRE(r.status == 200);
        const QJsonObject body = r.json();
        for (const QJsonValue &c : body.value(u"changes"_s).toArray())
            ids.insert(c.toObject().value(u"caseId"_s).toString());
        since = body.value(u"nextCursor"_s).toString();
        if (!body.value(u"hasMore"_s).toBool())
            return ids;
    }
    FAIL("the feed did not end");
    return ids;
}

struct TwoDevices {
    TwoDevices()
    {
        platform.server.setTokens({QString::fromLatin1(owsync::TestToken), QString::fromLatin1(OtherToken)});
        QString error;
        made = owsync::commitCases(client.db, 30, 7, &error);
        INFO(error.toStdString());
        REQUIRE(made.caseIds.size() == 30);
        REQUIRE_FALSE(made.awaiting.isEmpty());
        caseId = made.awaiting.first();
        REQUIRE(owsync::supplement(client.db, caseId, &error)); // revision 2 exists too
    }
    QUrl caseUrl(const QString &id) const { return QUrl(platform.url().toString() + u"/cases/"_s + id); }

    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    owsync::MadeCases made;
    QString caseId;
    QNetworkAccessManager network;
};

} // namespace

TEST_CASE("another device's PUT of a case is a 404 problem and changes nothing, and the owner goes on")
{
    TwoDevices t;
    REQUIRE(owsync::http(t.network, "PUT", t.caseUrl(t.caseId), payloadOf(t.client.db, t.caseId, 1)).status == 201);
    const ow::PlatformCaseRecord before = *t.platform.store.record(t.caseId);

    for (const int revision : {1, 2}) { // a replay and an overwrite
        INFO("revision " << revision);
        const owsync::HttpResult r =
            owsync::http(t.network, "PUT", t.caseUrl(t.caseId), payloadOf(t.client.db, t.caseId, revision), OtherToken);
        CHECK(r.status == 404);
        CHECK(r.json().value(u"type"_s) == u"urn:onewindow:problem:not-found"_s);
        CHECK(r.json().value(u"status"_s).toInt() == 404);
        CHECK_FALSE(r.json().contains(u"officialNumber"_s)); // nothing of the other device's case is told
    }
    const ow::PlatformCaseRecord after = *t.platform.store.record(t.caseId);
    CHECK(after.revision == before.revision);
    CHECK(after.deliveries == before.deliveries);
    CHECK(after.device == before.device);

    CHECK(owsync::http(t.network, "PUT", t.caseUrl(t.caseId), payloadOf(t.client.db, t.caseId, 2)).status == 200);
    CHECK(t.platform.store.record(t.caseId)->revision == 2);
}

TEST_CASE("in a batch, another device's case is a 404 item while the device's own items go through")
{
    TwoDevices t;
    REQUIRE(owsync::http(t.network, "PUT", t.caseUrl(t.caseId), payloadOf(t.client.db, t.caseId, 1)).status == 201);
    const QString own = t.made.caseIds.last() == t.caseId ? t.made.caseIds.first() : t.made.caseIds.last();
    QJsonArray items;
    items.append(QJsonDocument::fromJson(payloadOf(t.client.db, t.caseId, 2)).object());
    items.append(QJsonDocument::fromJson(payloadOf(t.client.db, own, 1)).object());
    const owsync::HttpResult r = owsync::http(t.network, "POST", QUrl(t.platform.url().toString() + u"/cases:batch"_s),
                                              QJsonDocument(QJsonObject{{u"items"_s, items}}).toJson(), OtherToken);
    REQUIRE(r.status == 200);
    const QJsonArray results = r.json().value(u"results"_s).toArray();
    REQUIRE(results.size() == 2);
    CHECK(results.at(0).toObject().value(u"status"_s).toInt() == 404);
    CHECK(results.at(0).toObject().value(u"problem"_s).toObject().value(u"type"_s) == u"urn:onewindow:problem:not-found"_s);
    CHECK(results.at(1).toObject().value(u"status"_s).toInt() == 201);
    CHECK(t.platform.store.record(t.caseId)->revision == 1);
    CHECK(t.platform.store.record(own)->device != t.platform.store.record(t.caseId)->device);
}

TEST_CASE("only the device that created a case rates it")
{
    TwoDevices t;
    REQUIRE(owsync::http(t.network, "PUT", t.caseUrl(t.caseId), payloadOf(t.client.db, t.caseId, 1)).status == 201);
    const QUrl evaluations(t.platform.url().toString() + u"/evaluations"_s);
    const QString ratingId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const owsync::HttpResult foreign = owsync::http(t.network, "POST", evaluations, rating(ratingId, t.caseId, 1), OtherToken);
    CHECK(foreign.status == 404);
    CHECK(foreign.json().value(u"type"_s) == u"urn:onewindow:problem:not-found"_s);
    CHECK(t.platform.store.evaluationCount() == 0);

    CHECK(owsync::http(t.network, "POST", evaluations, rating(ratingId, t.caseId, 5)).status == 201);
    // The other device replaying the owner's rating learns nothing either.
    CHECK(owsync::http(t.network, "POST", evaluations, rating(ratingId, t.caseId, 5), OtherToken).status == 404);
    CHECK(t.platform.store.evaluationCount() == 1);
}

TEST_CASE("the platform keeps a rating's reasons and refuses reasons it does not know")
{
    TwoDevices t;
    REQUIRE(owsync::http(t.network, "PUT", t.caseUrl(t.caseId), payloadOf(t.client.db, t.caseId, 1)).status == 201);
    const QUrl evaluations(t.platform.url().toString() + u"/evaluations"_s);
    const auto withReasons = [&](int score, const QJsonArray &reasons) {
        QJsonObject o =
            QJsonDocument::fromJson(rating(QUuid::createUuid().toString(QUuid::WithoutBraces), t.caseId, score)).object();
        o.insert(u"reasons"_s, reasons);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    CHECK(owsync::http(t.network, "POST", evaluations, withReasons(2, {u"rude"_s})).status == 400);
    CHECK(owsync::http(t.network, "POST", evaluations, withReasons(5, {u"slow"_s})).status == 400);
    CHECK(owsync::http(t.network, "POST", evaluations, withReasons(2, {u"slow"_s, u"slow"_s})).status == 400);
    CHECK(owsync::http(t.network, "POST", evaluations, withReasons(2, {QString(33, u'a')})).status == 400);
    CHECK(t.platform.store.evaluationCount() == 0);
    CHECK(owsync::http(t.network, "POST", evaluations, withReasons(2, {u"slow"_s, u"waiting"_s})).status == 201);
    CHECK(t.platform.store.evaluationCount() == 1);
}

TEST_CASE("the changes feed lists a device's own cases only")
{
    TwoDevices t;
    // The first half of the cases from this device, the second half from the other one.
    QSet<QString> mine;
    QSet<QString> theirs;
    for (qsizetype i = 0; i < t.made.caseIds.size(); ++i) {
        const QString id = t.made.caseIds.at(i);
        const bool first = i < t.made.caseIds.size() / 2;
        REQUIRE(
            owsync::http(t.network, "PUT", t.caseUrl(id), payloadOf(t.client.db, id, 1), first ? owsync::TestToken : OtherToken)
                .status
            == 201);
        (first ? mine : theirs).insert(id);
    }
    // Moves on every case that has somewhere to go, so both feeds have changes.
    while (t.platform.store.advanceSome(100) > 0) {}
    // And the other device tries to overwrite one of this device's cases: still not in its feed.
    const QString target = *mine.cbegin();
    CHECK(owsync::http(t.network, "PUT", t.caseUrl(target), payloadOf(t.client.db, target, 1), OtherToken).status == 404);

    const QSet<QString> feedMine = feedOf(t.network, t.platform.url(), owsync::TestToken);
    const QSet<QString> feedTheirs = feedOf(t.network, t.platform.url(), OtherToken);
    CHECK_FALSE(feedMine.isEmpty());
    CHECK_FALSE(feedTheirs.isEmpty());
    CHECK(feedMine.intersects(theirs) == false);
    CHECK(feedTheirs.intersects(mine) == false);
    CHECK((feedMine - mine).isEmpty());
    CHECK((feedTheirs - theirs).isEmpty());
}
