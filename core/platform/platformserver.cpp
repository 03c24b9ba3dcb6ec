#include "core/platform/platformserver.h"

#include "core/catalog/catalogloader.h"
#include "core/json/jsonreader.h"
#include "core/platform/platformlog.h"
#include "core/platform/platformstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return u"GET"_s;
    case QHttpServerRequest::Method::Put: return u"PUT"_s;
    case QHttpServerRequest::Method::Post: return u"POST"_s;
    case QHttpServerRequest::Method::Delete: return u"DELETE"_s;
    case QHttpServerRequest::Method::Head: return u"HEAD"_s;
    default: return u"OTHER"_s;
    }
}

constexpr qsizetype MaxRequestBody = 8 * 1024 * 1024;

} // namespace

PlatformServer::PlatformServer(PlatformStore &store, QObject *parent)
    : QAbstractHttpServer(parent),
      m_store(store),
      m_random(QRandomGenerator::securelySeeded())
{
    connect(&m_timetable, &QTimer::timeout, this, [this] {
        const int moved = m_store.advanceSome(20);
        if (moved > 0)
            qCInfo(lcPlatform) << "timetable moved" << moved << "cases one step";
    });
}

QString PlatformServer::deviceOf(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(16));
}

void PlatformServer::setTokens(const QStringList &tokens)
{
    m_tokenHashes.clear();
    for (const QString &t : tokens)
        if (!t.trimmed().isEmpty())
            m_tokenHashes.insert(QCryptographicHash::hash(t.trimmed().toUtf8(), QCryptographicHash::Sha256));
}

void PlatformServer::setFaults(const PlatformFaults &faults)
{
    m_faults = faults;
    m_random = faults.seed ? QRandomGenerator(faults.seed) : QRandomGenerator::securelySeeded();
}

bool PlatformServer::setCatalog(const QByteArray &json, QString *error)
{
    const CatalogLoadResult loaded = CatalogLoader::loadBytes(json, u"catalog"_s);
    if (!loaded.ok) {
        if (error)
            *error = loaded.errors.join(u'\n');
        return false;
    }
    QHash<QString, QString> departments;
    for (const Matter &m : loaded.data.matters)
        departments.insert(m.code, m.department);
    m_store.setDepartments(departments);
    m_catalog = json;
    m_catalogEtag = '"' + QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(32) + '"';
    return true;
}

bool PlatformServer::setupTls(const QString &certificatePath, const QString &keyPath, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    QFile keyFile(keyPath);
    const QSslKey key = keyFile.open(QIODevice::ReadOnly) ? QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem) : QSslKey();
    const QSslKey ecKey = key.isNull() && keyFile.seek(0) ? QSslKey(&keyFile, QSsl::Ec, QSsl::Pem) : QSslKey();
    if (chain.isEmpty() || (key.isNull() && ecKey.isNull())) {
        if (error)
            *error = tr("Cannot read the TLS certificate %1 or key %2 (PEM expected).").arg(certificatePath, keyPath);
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key.isNull() ? ecKey : key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with their token, not a certificate
    sslSetup(config);
    return true;
}

void PlatformServer::setAdvanceEvery(int seconds)
{
    if (seconds > 0)
        m_timetable.start(seconds * 1000);
    else
        m_timetable.stop();
}

bool PlatformServer::roll(double rate)
{
    return rate > 0 && m_random.generateDouble() < rate;
}

void PlatformServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, json(PlatformProblem::make(404, PlatformProblem::NotFound, tr("No such resource."))));
}

bool PlatformServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Copy what serving needs: the request object dies with this call, and a held-back reply outlives it.
    Call call;
    call.method = methodName(request.method());
    call.path = request.url().path();
    call.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            call.authorization = value;
        else if (name.compare("if-none-match", Qt::CaseInsensitive) == 0)
            call.ifNoneMatch = value;
    }
    call.body = request.body();
    call.socket = socket;
    const bool faultFree = call.path == u"/health"_s || call.path.startsWith(u"/admin/"_s);
    if (m_faults.latencyMs > 0 && !faultFree)
        QTimer::singleShot(m_faults.latencyMs, this, [this, call] { serve(call); });
    else
        serve(call);
    return true;
}

void PlatformServer::serve(const Call &call)
{
    ++m_stats.requests;
    const bool faultFree = call.path == u"/health"_s || call.path.startsWith(u"/admin/"_s);
    const auto finish = [&](const Reply &reply) {
        // A socket gone meanwhile (the client timed out) loses the reply, as on a real network.
        if (call.socket)
            write(call.socket, reply);
        emit requestHandled(call.method, call.path, reply.status);
    };
    if (!faultFree && roll(m_faults.resetRate)) {
        ++m_stats.resets;
        reset(call.socket);
        emit requestHandled(call.method, call.path, 0);
        return;
    }
    if (!faultFree && roll(m_faults.failRate)) {
        ++m_stats.failures;
        const bool unavailable = m_random.bounded(2) == 1;
        finish(json(
            unavailable
                ? PlatformProblem::make(503, PlatformProblem::Unavailable, tr("The platform is overloaded (injected fault)."))
                : PlatformProblem::make(500, PlatformProblem::ServerError, tr("The platform failed (injected fault)."))));
        return;
    }
    if (!faultFree && roll(m_faults.throttleRate)) {
        ++m_stats.throttled;
        Reply reply =
            json(PlatformProblem::make(429, PlatformProblem::TooManyRequests, tr("Too many requests; wait and retry.")));
        reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(m_faults.retryAfterSeconds)));
        finish(reply);
        return;
    }

    QString device;
    if (call.path != u"/health"_s) {
        const QByteArray prefix = "Bearer ";
        const QByteArray token =
            call.authorization.startsWith(prefix) ? call.authorization.mid(prefix.size()).trimmed() : QByteArray();
        if (token.isEmpty() || !m_tokenHashes.contains(QCryptographicHash::hash(token, QCryptographicHash::Sha256))) {
            Reply reply =
                json(PlatformProblem::make(401, PlatformProblem::Unauthorized, tr("This device's token is missing or unknown.")));
            reply.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
            finish(reply);
            return;
        }
        device = deviceOf(token);
    }
    const Reply reply =
        call.body.size() > MaxRequestBody
            ? json(PlatformProblem::make(413, PlatformProblem::BadRequest, tr("The request is larger than 8 MiB.")))
            : dispatch(call, device);
    const bool mutating = call.method == u"PUT"_s || call.method == u"POST"_s;
    if (!faultFree && mutating && reply.status < 500 && roll(m_faults.dropAfterCommitRate)) {
        ++m_stats.dropsAfterCommit;
        reset(call.socket);
        emit requestHandled(call.method, call.path, 0);
        return;
    }
    qCDebug(lcPlatform).noquote() << call.method << call.path << reply.status << "device" << device;
    finish(reply);
}

PlatformServer::Reply PlatformServer::dispatch(const Call &call, const QString &device)
{
    const QStringList parts = call.path.split(u'/', Qt::SkipEmptyParts);
    const QString &m = call.method;
    if (call.path == u"/health"_s && m == u"GET"_s)
        return json({200, QJsonObject{{u"status"_s, u"ok"_s},
                                      {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                      {u"version"_s, QCoreApplication::applicationVersion()}}});
    if (call.path == u"/catalog"_s && m == u"GET"_s)
        return catalogReply(call);
    if (call.path == u"/cases:batch"_s && m == u"POST"_s)
        return json(m_store.putBatch(call.body, device));
    if (call.path == u"/cases/changes"_s && m == u"GET"_s) {
        const QString limit = call.query.queryItemValue(u"limit"_s);
        return json(m_store.changes(device, call.query.queryItemValue(u"since"_s, QUrl::FullyDecoded),
                                    limit.isEmpty() ? 500 : limit.toInt()));
    }
    if (parts.size() == 3 && parts.at(0) == u"cases"_s && parts.at(2) == u"handover"_s && m == u"POST"_s)
        return json(m_store.handOver(parts.at(1), call.body, device));
    if (parts.size() == 2 && parts.at(0) == u"cases"_s && m == u"PUT"_s)
        return json(m_store.putCase(parts.at(1), call.body, device));
    if (call.path == u"/evaluations"_s && m == u"POST"_s)
        return json(m_store.addEvaluation(call.body, device));
    if (parts.size() == 4 && parts.at(0) == u"admin"_s && parts.at(1) == u"cases"_s && parts.at(3) == u"advance"_s
        && m == u"POST"_s) {
        JsonReader r(QJsonDocument::fromJson(call.body).object());
        const QString status = r.string(u"status", {.maxLength = 64});
        const QString department = r.string(u"department", {.maxLength = 256});
        if (!r.ok())
            return json(PlatformProblem::make(400, PlatformProblem::BadRequest, r.error()));
        return json(m_store.advance(parts.at(2), status, department));
    }
    if (call.path == u"/admin/catalog"_s && m == u"PUT"_s) {
        QString error;
        if (!setCatalog(call.body, &error))
            return json(PlatformProblem::make(422, PlatformProblem::InvalidCatalog, error));
        return {204, {}, {}, {{"ETag", m_catalogEtag}}};
    }
    return json(PlatformProblem::make(404, PlatformProblem::NotFound, tr("No such resource: %1 %2").arg(m, call.path)));
}

PlatformServer::Reply PlatformServer::catalogReply(const Call &call)
{
    if (m_catalog.isEmpty())
        return json(PlatformProblem::make(503, PlatformProblem::Unavailable, tr("No catalog is published yet.")));
    for (const QByteArray &tag : call.ifNoneMatch.split(',')) {
        const QByteArray t = tag.trimmed();
        if (t == "*" || t == m_catalogEtag || t == "W/" + m_catalogEtag) {
            ++m_stats.notModified;
            return {304, {}, {}, {{"ETag", m_catalogEtag}}};
        }
    }
    ++m_stats.catalogBodies;
    return {200, "application/json", m_catalog, {{"ETag", m_catalogEtag}, {"Cache-Control", "no-cache"}}};
}

PlatformServer::Reply PlatformServer::json(const PlatformResult &result)
{
    return {result.status,
            result.isProblem() ? "application/problem+json" : "application/json",
            QJsonDocument(result.body).toJson(QJsonDocument::Compact),
            {}};
}

void PlatformServer::write(QTcpSocket *socket, const Reply &reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    const bool bodyless = reply.status == 204 || reply.status == 304;
    if (!bodyless) {
        if (!reply.contentType.isEmpty())
            out += "Content-Type: " + reply.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    }
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (!bodyless)
        out += reply.body;
    socket->write(out);
}

void PlatformServer::reset(QTcpSocket *socket)
{
    if (!socket)
        return;
    // SO_LINGER with a zero timeout makes close() send RST: the client sees "connection reset by peer",
    // the harshest way a reply can go missing.
    const struct linger hard {
        1, 0
    };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

} // namespace ow
