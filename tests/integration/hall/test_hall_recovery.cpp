// The real onewindow-hall binary, killed with SIGKILL between operations and in the middle of a burst:
// started again on the same database it shows exactly the queue it had, and every operation it answered.
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// The snapshot without its time of day (which differs between two fetches by design).
QJsonObject stable(QJsonObject snapshot)
{
    snapshot.remove(u"at"_s);
    return snapshot;
}

QJsonObject snapshotOf(const HallProcess &p)
{
    const HttpAnswer a = get(p.url, u"/api/v1/snapshot"_s, boardToken());
    REQUIRE(a.status == 200);
    return stable(a.body);
}

} // namespace

TEST_CASE("after kill -9 between operations the service comes back with the queue exactly as it was")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"hall.sqlite"_s);
    HallProcess hall;
    hall.mustStart(db);

    // Each step is one or more operations; after each, SIGKILL and a restart must show the same snapshot.
    const QList<std::function<void(const QUrl &)>> steps = {
        [](const QUrl &u) { REQUIRE(post(u, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201); },
        [](const QUrl &u) {
            REQUIRE(post(u, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A","priority":"elderly"})").status == 201);
            REQUIRE(post(u, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"B"})").status == 201);
        },
        [](const QUrl &u) { REQUIRE(post(u, u"/api/v1/windows/W01/call-next"_s, windowToken(1)).status == 200); },
        [](const QUrl &u) { REQUIRE(post(u, u"/api/v1/windows/W01/recall"_s, windowToken(1)).status == 200); },
        [](const QUrl &u) {
            REQUIRE(post(u, u"/api/v1/windows/W05/call-next"_s, windowToken(5)).status == 200);
            REQUIRE(post(u, u"/api/v1/windows/W05/transfer"_s, windowToken(5), R"({"toService":"C","priority":true})").status
                    == 200);
        },
        [](const QUrl &u) {
            REQUIRE(post(u, u"/api/v1/windows/W02/pause"_s, windowToken(2), R"({"reason":"午休"})").status == 200);
        },
        [](const QUrl &u) {
            REQUIRE(post(u, u"/api/v1/windows/W01/call-next"_s, windowToken(1), R"({"completeCurrent":"accepted"})").status
                    == 200);
            REQUIRE(post(u, u"/api/v1/tickets/A002/cases"_s, supervisorToken(), R"({"caseIds":["DEMO-1"]})").status == 200);
            REQUIRE(post(u, u"/api/v1/tickets/A002/rating"_s, kioskToken(), R"({"rating":5})").status == 200);
        },
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        INFO("step " << i);
        steps.at(i)(hall.url);
        const QJsonObject before = snapshotOf(hall);
        hall.killHard();
        hall.mustStart(db);
        const QJsonObject after = snapshotOf(hall);
        CHECK(QJsonDocument(after).toJson() == QJsonDocument(before).toJson());
    }
    // The log survived too: the statistics come from it.
    const QJsonObject totals = get(hall.url, u"/api/v1/statistics"_s, supervisorToken()).body.value(u"totals"_s).toObject();
    CHECK(totals.value(u"issued"_s).toInt() == 3);
    CHECK(totals.value(u"ratings"_s).toInt() == 1);
    CHECK(totals.value(u"transferredOut"_s).toInt() == 1);
    hall.killHard();
}

TEST_CASE("after kill -9 in the middle of a burst, every answered ticket exists and no number is reused")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"hall.sqlite"_s);
    HallProcess hall;
    REQUIRE(hall.start(db));

    // 60 issues in flight at once; the service is killed after the 15th answer.
    QNetworkAccessManager nam;
    QStringList answered;
    int finished = 0;
    QUrl url = hall.url;
    url.setPath(u"/api/v1/tickets"_s);
    for (int i = 0; i < 60; ++i) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + kioskToken());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(5000);
        QNetworkReply *reply = nam.post(request, QByteArray(R"({"service":"D"})"));
        QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
            ++finished;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201) {
                answered.append(
                    QJsonDocument::fromJson(reply->readAll()).object().value(u"ticket"_s).toObject().value(u"code"_s).toString());
                if (answered.size() == 15)
                    hall.killHard();
            }
            reply->deleteLater();
        });
    }
    REQUIRE(waitFor([&] { return finished == 60; }, std::chrono::seconds(20)));
    hall.killHard();
    REQUIRE(answered.size() >= 15);
    CHECK(answered.size() < 60); // the kill really came in the middle

    REQUIRE(hall.start(db));
    const QJsonObject snapshot = snapshotOf(hall);
    QStringList waiting;
    for (const QJsonValue &t : snapshot.value(u"waiting"_s).toArray())
        waiting.append(t.toObject().value(u"code"_s).toString());
    for (const QString &code : std::as_const(answered))
        CHECK(waiting.contains(code));
    // Numbers continue after the last committed one: D001..Dn are all there, and the next is n+1.
    for (qsizetype i = 0; i < waiting.size(); ++i)
        CHECK(waiting.at(i) == u"D%1"_s.arg(i + 1, 3, 10, QChar(u'0')));
    const HttpAnswer next = post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"D"})");
    CHECK(next.body.value(u"ticket"_s).toObject().value(u"number"_s).toInt() == waiting.size() + 1);
    hall.killHard();
}
