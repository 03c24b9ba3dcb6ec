#include "platformapi.h"

#include "synclog.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QUrlQuery>

#include <algorithm>
#include <numeric>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ow {

Q_LOGGING_CATEGORY(lcSync, "onewindow.sync", QtWarningMsg)

std::chrono::milliseconds BackoffPolicy::delay(int failedAttempts, QRandomGenerator &random) const
{
    const double exponent = std::max(0, failedAttempts - 1);
    const double full = std::min(double(cap.count()), double(initial.count()) * std::pow(multiplier, exponent));
    const double half = full / 2;
    return std::chrono::milliseconds(qint64(half + random.generateDouble() * half));
}

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString ApiReply::problemType() const
{
    return json().value(u"type"_s).toString();
}

QString ApiReply::problemDetail() const
{
    const QJsonObject problem = json();
    const QString detail = problem.value(u"detail"_s).toString();
    return detail.isEmpty() ? problem.value(u"title"_s).toString() : detail;
}

bool ApiReply::unreachable() const
{
    if (status != 0)
        return false;
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout gives
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

PlatformApi::PlatformApi(QNetworkAccessManager *network, const SyncSettings &settings, QObject *parent)
    : QObject(parent), m_network(network), m_settings(settings), m_ssl(QSslConfiguration::defaultConfiguration())
{
    if (!m_settings.caFile.isEmpty()) {
        // Added to the system store, not instead of it: a province CA next to the public ones.
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (extra.isEmpty())
            qCWarning(lcSync).noquote() << "no certificate could be read from" << m_settings.caFile;
        m_ssl.setCaCertificates(m_ssl.caCertificates() + extra);
    }
}

PlatformApi::~PlatformApi()
{
    // Nobody is left to hear the answers: drop them quietly. Rows being sent stay "sending" and are reset
    // at the next start (Outbox::resetStaleSending); the platform's idempotency makes the resend harmless.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QNetworkRequest PlatformApi::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_settings.platformUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + m_settings.token);
    r.setRawHeader("Accept", "application/json, application/problem+json");
    r.setTransferTimeout(int(m_settings.transferTimeout.count()));
    if (url.scheme() == u"https"_s)
        r.setSslConfiguration(m_ssl);
    return r;
}

void PlatformApi::track(QNetworkReply *reply, Callback done)
{
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_replies.removeIf([reply](const QPointer<QNetworkReply> &r) { return !r || r == reply; });
        reply->deleteLater();
        ApiReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.etag = reply->rawHeader("ETag");
        if (r.status == 0) {
            r.networkError = reply->error();
            r.networkErrorText = reply->errorString();
        }
        const QByteArray retryAfter = reply->rawHeader("Retry-After").trimmed();
        if (!retryAfter.isEmpty()) {
            bool isNumber = false;
            const qint64 seconds = retryAfter.toLongLong(&isNumber);
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
            if (isNumber && seconds >= 0)
                r.retryAfter = std::chrono::seconds(seconds);
            else if (at.isValid())
                r.retryAfter = std::chrono::seconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at)));
        }
        qCDebug(lcSync).noquote() << reply->operation() << reply->url().path() << r.status << r.networkErrorText;
        done(r);
    });
}

void PlatformApi::getCatalog(const QByteArray &etag, Callback done)
{
    QNetworkRequest r = request(u"/catalog"_s);
    if (!etag.isEmpty())
        r.setRawHeader("If-None-Match", etag);
    track(m_network->get(r), std::move(done));
}

void PlatformApi::putCase(const QString &caseId, const QByteArray &payload, Callback done)
{
    QNetworkRequest r = request(u"/cases/"_s + caseId);
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    track(m_network->put(r, payload), std::move(done));
}

void PlatformApi::putCases(const QList<QByteArray> &payloads, Callback done)
{
    QByteArray body;
    body.reserve(std::accumulate(payloads.cbegin(), payloads.cend(), qsizetype(16),
                                 [](qsizetype n, const QByteArray &p) { return n + p.size() + 1; }));
    body += "{\"items\":[";
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        if (i > 0)
            body += ',';
        body += payloads.at(i);
    }
    body += "]}";
    QNetworkRequest r = request(u"/cases:batch"_s);
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    track(m_network->post(r, body), std::move(done));
}

void PlatformApi::getChanges(const QString &since, int limit, Callback done)
{
    QUrlQuery query;
    if (!since.isEmpty())
        query.addQueryItem(u"since"_s, since);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    track(m_network->get(request(u"/cases/changes"_s, query)), std::move(done));
}

void PlatformApi::postEvaluation(const QByteArray &body, Callback done)
{
    QNetworkRequest r = request(u"/evaluations"_s);
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    track(m_network->post(r, body), std::move(done));
}

void PlatformApi::getHealth(Callback done)
{
    track(m_network->get(request(u"/health"_s)), std::move(done));
}

void PlatformApi::abortAll()
{
    const QList<QPointer<QNetworkReply>> replies = m_replies; // abort() finishes synchronously and edits m_replies
    for (const QPointer<QNetworkReply> &reply : replies)
        if (reply)
            reply->abort();
}

} // namespace ow
