#include "tests/integration/sync/syncfixture.h"

#include "core/storage/outbox.h"
#include "core/sync/syncclient.h"
#include "tests/integration/sync/syntheticcases.h"
#include "tests/support/test_support.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace owsync {

InProcessPlatform::InProcessPlatform(const ow::PlatformFaults &faults)
{
    QString error;
    if (!store.open(dir.filePath(u"platform.sqlite"_s), &error))
        FAIL("cannot open the platform database: " << error.toStdString());
    server.setTokens({QString::fromLatin1(TestToken)});
    server.setFaults(faults);
    QFile catalog(u":/catalog/demo-catalog.json"_s);
    if (!catalog.open(QIODevice::ReadOnly) || !server.setCatalog(catalog.readAll(), &error))
        FAIL("cannot serve the demo catalog: " << error.toStdString());
    port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        FAIL("the platform cannot listen on 127.0.0.1");
}

QUrl InProcessPlatform::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

ow::SyncSettings testSettings(const QUrl &platform, int batchSize)
{
    ow::SyncSettings s;
    s.platformUrl = platform;
    s.allowInsecure = true; // the platform runs on loopback, in clear
    s.token = TestToken;
    s.batchSize = batchSize;
    s.transferTimeout = std::chrono::milliseconds(5000);
    s.pollInterval = std::chrono::milliseconds(60000);
    s.itemBackoff = {std::chrono::milliseconds(5), std::chrono::milliseconds(100), 2.0};
    s.offlineBackoff = {std::chrono::milliseconds(20), std::chrono::milliseconds(300), 2.0};
    s.jitterSeed = 7;
    return s;
}

ClientDatabase::ClientDatabase()
    : path(dir.filePath(u"client.sqlite"_s))
{
    QString error;
    if (!db.open(path, &error))
        FAIL("cannot open the client database: " << error.toStdString());
}

QString templateDatabase(int count)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"template-%1.sqlite"_s.arg(count));
    if (QFile::exists(path))
        return path;
    ow::Database db;
    QString error;
    if (!db.open(path, &error) || commitCases(db, count, 20261128, &error).caseIds.size() != count)
        FAIL("cannot make the template database: " << error.toStdString());
    db.close(); // the last connection checkpoints the WAL into the file, so one file is the whole database
    return path;
}

bool openCopy(ow::Database &db, const QString &dir, int count, QString *error)
{
    const QString path = dir + u"/client.sqlite"_s;
    QFile::remove(path);
    if (!QFile::copy(templateDatabase(count), path)) {
        *error = u"cannot copy the template database"_s;
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return db.open(path, error);
}

QStringList disagreements(ow::Database &client, ow::PlatformStore &platform)
{
    QStringList problems;
    QHash<QString, ow::PlatformCaseRecord> remote;
    for (const ow::PlatformCaseRecord &r : platform.records())
        remote.insert(r.id, r);
    QSqlQuery q(client.db());
    q.prepare(u"SELECT id, revision, coalesce(official_number, '') FROM cases"_s);
    q.exec();
    int local = 0;
    while (q.next()) {
        ++local;
        const QString id = q.value(0).toString();
        const auto it = remote.constFind(id);
        if (it == remote.constEnd()) {
            problems << u"missing on the platform: "_s + id;
            continue;
        }
        if (it->revision != q.value(1).toInt())
            problems << u"%1: platform revision %2, local %3"_s.arg(id).arg(it->revision).arg(q.value(1).toInt());
        if (it->officialNumber != q.value(2).toString())
            problems << u"%1: platform number %2, local \"%3\""_s.arg(id, it->officialNumber, q.value(2).toString());
    }
    if (platform.caseCount() != local)
        problems << u"platform holds %1 cases, the window %2"_s.arg(platform.caseCount()).arg(local);
    if (platform.numbersIssued() != platform.caseCount())
        problems << u"%1 official numbers drawn for %2 cases"_s.arg(platform.numbersIssued()).arg(platform.caseCount());
    const ow::OutboxCounts counts = ow::Outbox(client).counts();
    if (counts.pending + counts.sending + counts.parked != 0)
        problems << u"outbox not drained: %1 pending, %2 sending, %3 parked"_s.arg(counts.pending)
                        .arg(counts.sending)
                        .arg(counts.parked);
    return problems;
}

int casesPerFault(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("OW_SYNC_CASES", &ok);
    return ok && n > 0 ? n : fallback;
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResult http(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, const QByteArray &body,
                const QByteArray &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    const QDeadlineTimer deadline(10000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.etag = reply->rawHeader("ETag");
    r.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return r;
}

QByteArray demoCatalog(const QString &extraCode, int promisedDays)
{
    QFile file(u":/catalog/demo-catalog.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject catalog = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray matters = catalog.value(u"matters"_s).toArray();
    if (promisedDays >= 0) {
        QJsonObject first = matters.at(0).toObject();
        first.insert(u"promisedLimitDays"_s, promisedDays);
        first.remove(u"version"_s);
        matters.replace(0, first);
    }
    if (!extraCode.isEmpty()) {
        QJsonObject extra = matters.at(0).toObject();
        extra.insert(u"code"_s, extraCode);
        extra.insert(u"name"_s, QString(extra.value(u"name"_s).toString() + u"（试点）"_s));
        extra.remove(u"version"_s);
        matters.append(extra);
    }
    catalog.insert(u"matters"_s, matters);
    return QJsonDocument(catalog).toJson();
}

bool drain(ow::SyncClient &client, int timeoutMs)
{
    client.start();
    // Like owtest::waitFor, which lives in the test mains this library must not pick one of.
    const QDeadlineTimer deadline(timeoutMs);
    const auto done = [&] { return client.snapshot().backlog == 0 && !client.snapshot().syncing; };
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

} // namespace owsync
