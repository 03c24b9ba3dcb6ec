#include "core/sync/platformapi.h"

#include "core/net/boundedreply.h"
#include "core/sync/synclog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

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

QString SyncSettings::problem() const
{
    if (!platformUrl.isValid() || platformUrl.host().isEmpty())
        return QCoreApplication::translate("ow::Sync", "The platform address \"%1\" is not a valid URL.")
            .arg(platformUrl.toString(QUrl::RemoveUserInfo));
    const QString scheme = platformUrl.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return QCoreApplication::translate("ow::Sync", "The platform address must start with https://, not %1.")
            .arg(platformUrl.toString(QUrl::RemoveUserInfo));
    if (scheme == u"http"_s && !allowInsecure)
        return QCoreApplication::translate("ow::Sync", "The platform address %1 is plain http: the token and the "
                                                       "applicants' data would travel unencrypted. Use https://, or "
                                                       "allow insecure addresses for a demo or training.")
            .arg(platformUrl.toString(QUrl::RemoveUserInfo));
    if (token.isEmpty())
        return QCoreApplication::translate("ow::Sync", "No token for the platform was given.");
    return {};
}

QJsonObject ApiReply::json() const
{
    if (!isJson())
        return {};
    return QJsonDocument::fromJson(body).object();
}

bool ApiReply::isJson() const
{
    return contentType == "application/json" || contentType == "application/problem+json";
}

bool ApiReply::isProblem() const
{
    const QJsonObject o = json();
    return o.value(u"type"_s).isString() || o.value(u"title"_s).isString();
}

QString ApiReply::bodyExcerpt() const
{
    return net::excerpt(body);
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
    if (fault == Fault::DeadlinePassed)
        return true;
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
    case QNetworkReply::ProxyTimeoutError: return true;
    case QNetworkReply::ProtocolUnknownError: return fault == Fault::Refused;
    default: return false;
    }
}

PlatformApi::PlatformApi(QNetworkAccessManager *network, const SyncSettings &settings, QObject *parent)
    : QObject(parent),
      m_network(network),
      m_settings(settings),
      m_ssl(QSslConfiguration::defaultConfiguration()),
      m_settingsProblem(settings.problem())
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
    // No redirect is followed (the token and a batch of applicants' data would go wherever it points): a
    // 3xx comes back as a configuration fault.
    net::prepare(r, m_settings.token, m_settings.transferTimeout);
    if (url.scheme() == u"https"_s)
        r.setSslConfiguration(m_ssl);
    return r;
}

void PlatformApi::issue(const std::function<QNetworkReply *()> &send, qint64 sizeLimit, Callback done)
{
    if (!m_settingsProblem.isEmpty()) {
        // Nothing leaves the machine; the answer still comes on the event loop, like any other.
        QTimer::singleShot(0, this, [done = std::move(done), why = m_settingsProblem] {
            ApiReply r;
            r.fault = ApiReply::Fault::Refused;
            r.networkError = QNetworkReply::ProtocolUnknownError;
            r.networkErrorText = why;
            done(r);
        });
        return;
    }
    track(send(), sizeLimit, std::move(done));
}

void PlatformApi::track(QNetworkReply *reply, qint64 sizeLimit, Callback done)
{
    m_replies.append(reply);
    net::readBounded(
        reply, sizeLimit, m_settings.requestDeadline, this,
        [this, sizeLimit, done = std::move(done)](QNetworkReply *reply, net::BoundedAnswer answer) {
            m_replies.removeIf([reply](const QPointer<QNetworkReply> &r) { return !r || r == reply; });
            ApiReply r;
            if (answer.cut != net::Cut::None) {
                // Cut off by us: whatever status arrived proves nothing. A late answer counts as unreachable
                // (the client backs off); an oversized one as a failed request.
                r.fault = answer.cut == net::Cut::TooLarge ? ApiReply::Fault::TooLarge : ApiReply::Fault::DeadlinePassed;
                r.networkError =
                    r.fault == ApiReply::Fault::TooLarge ? QNetworkReply::UnknownContentError : QNetworkReply::TimeoutError;
                const int deadlineSeconds = int((m_settings.requestDeadline.count() + 999) / 1000);
                r.networkErrorText =
                    r.fault == ApiReply::Fault::TooLarge
                        ? QCoreApplication::translate("ow::Sync", "the answer passed %1 bytes and was cut off").arg(sizeLimit)
                        : QCoreApplication::translate("ow::Sync", "no complete answer within %n second(s)", nullptr,
                                                      deadlineSeconds);
                qCWarning(lcSync).noquote() << net::describe(reply) << r.networkErrorText;
                done(r);
                return;
            }
            if (answer.transferFailed) {
                // No status line, or the rest did not come (reset, closed early, protocol error): a body cut
                // off by the network is no answer at all.
                r.networkError = reply->error();
                r.networkErrorText = reply->errorString();
                qCWarning(lcSync).noquote() << net::describe(reply) << "failed:" << r.networkErrorText;
                done(r);
                return;
            }
            r.status = answer.status;
            r.body = std::move(answer.body);
            r.etag = reply->rawHeader("ETag");
            r.contentType = reply->rawHeader("Content-Type").split(';').first().trimmed().toLower();
            if (r.status >= 300 && r.status < 400 && r.status != 304) {
                r.fault = ApiReply::Fault::Redirected;
                r.redirectTo = net::redirectTarget(reply);
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
            if (r.fault == ApiReply::Fault::Redirected)
                qCWarning(lcSync).noquote() << net::describe(reply) << r.status << "redirected to"
                                            << r.redirectTo.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                                            << "(not followed)";
            else if (r.status >= 200 && !r.isJson() && r.status != 304 && r.status != 204)
                qCWarning(lcSync).noquote() << net::describe(reply) << r.status << "answered with" << r.contentType
                                            << "not JSON:" << r.bodyExcerpt();
            else
                qCDebug(lcSync).noquote() << net::describe(reply) << r.status << r.networkErrorText;
            done(r);
        });
}

void PlatformApi::getCatalog(const QByteArray &etag, Callback done)
{
    QNetworkRequest r = request(u"/catalog"_s);
    if (!etag.isEmpty())
        r.setRawHeader("If-None-Match", etag);
    issue([this, r] { return m_network->get(r); }, m_settings.responseLimits.catalog, std::move(done));
}

void PlatformApi::putCase(const QString &caseId, const QByteArray &payload, Callback done)
{
    QNetworkRequest r = request(u"/cases/"_s + caseId);
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    issue([this, r, payload] { return m_network->put(r, payload); }, m_settings.responseLimits.caseReply, std::move(done));
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
    issue([this, r, body] { return m_network->post(r, body); }, m_settings.responseLimits.caseReply, std::move(done));
}

void PlatformApi::postHandover(const QString &caseId, const QByteArray &payload, Callback done)
{
    QNetworkRequest r = request(u"/cases/"_s + caseId + u"/handover"_s);
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    issue([this, r, payload] { return m_network->post(r, payload); }, m_settings.responseLimits.caseReply, std::move(done));
}

void PlatformApi::getChanges(const QString &since, int limit, Callback done)
{
    QUrlQuery query;
    if (!since.isEmpty())
        query.addQueryItem(u"since"_s, since);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    const QNetworkRequest r = request(u"/cases/changes"_s, query);
    issue([this, r] { return m_network->get(r); }, m_settings.responseLimits.changesPage, std::move(done));
}

void PlatformApi::postEvaluation(const QByteArray &body, Callback done)
{
    QNetworkRequest r = request(u"/evaluations"_s);
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    issue([this, r, body] { return m_network->post(r, body); }, m_settings.responseLimits.small, std::move(done));
}

void PlatformApi::getHealth(Callback done)
{
    const QNetworkRequest r = request(u"/health"_s);
    issue([this, r] { return m_network->get(r); }, m_settings.responseLimits.small, std::move(done));
}

void PlatformApi::abortAll()
{
    const QList<QPointer<QNetworkReply>> replies = m_replies; // abort() finishes synchronously and edits m_replies
    for (const QPointer<QNetworkReply> &reply : replies)
        if (reply)
            reply->abort();
}

} // namespace ow
