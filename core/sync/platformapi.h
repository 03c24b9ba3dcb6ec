#pragma once
// The platform's REST contract (docs/platform-api.yaml) as asynchronous calls on an injected
// QNetworkAccessManager. Each call ends in exactly one callback with an ApiReply, on the thread's event
// loop; nothing here blocks. Every request carries the bearer token, a stall timeout and a total deadline;
// no redirect is followed (the token and the applicants' data never go to another address); an answer
// is read only up to the endpoint's size limit (SyncSettings::responseLimits).

#include "core/sync/syncsettings.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace ow {

struct ApiReply {
    // What went wrong on our side of the exchange, besides the network's own errors.
    enum class Fault {
        None,
        Redirected,     // a 3xx: not followed; redirectTo says where it pointed
        TooLarge,       // the answer passed the endpoint's size limit: aborted while reading
        DeadlinePassed, // no complete answer within SyncSettings::requestDeadline
        Refused,        // not sent: the settings forbid it (http:// without allowInsecure)
    };

    int status = 0; // HTTP status; 0 when no reply arrived (or it was cut off)
    Fault fault = Fault::None;
    QUrl redirectTo;
    QByteArray contentType; // the media type, lower case, without parameters
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText; // Qt's words for a failed connection (no token in it)
    QByteArray body;
    QByteArray etag;
    std::optional<std::chrono::seconds> retryAfter;

    QJsonObject json() const; // the body as a JSON object; empty when it is not one
    // The contract's media types: application/json or application/problem+json. A captive portal's or a
    // proxy's page (text/html) is not the platform speaking, whatever its status.
    bool isJson() const;
    bool isProblem() const;        // a problem+json body (RFC 9457) with a type or a title
    QString bodyExcerpt() const;   // the first bytes of the body, printable, for logs and errors
    QString problemType() const;   // "type" of a problem+json body
    QString problemDetail() const; // "detail" (else "title") of a problem+json body
    // No reply, and trying again at once would not help: refused, unknown host, timeout, TLS failure.
    bool unreachable() const;
};

class PlatformApi : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiReply &)>;

    PlatformApi(QNetworkAccessManager *network, const SyncSettings &settings, QObject *parent = nullptr);
    ~PlatformApi() override;

    void getCatalog(const QByteArray &etag, Callback done);
    void putCase(const QString &caseId, const QByteArray &payload, Callback done);
    // payloads are sent as they are (the frozen bytes of the outbox), wrapped in {"items": [...]}.
    void putCases(const QList<QByteArray> &payloads, Callback done);
    // The result's hand-over, the frozen outbox payload (POST /cases/{caseId}/handover).
    void postHandover(const QString &caseId, const QByteArray &payload, Callback done);
    void getChanges(const QString &since, int limit, Callback done);
    void postEvaluation(const QByteArray &body, Callback done);
    void getHealth(Callback done);

    // Aborts every request in flight; their callbacks run with OperationCanceledError.
    void abortAll();
    int inFlight() const { return int(m_replies.size()); }

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    // Sends through `send` unless the settings forbid it; then the callback runs with Fault::Refused.
    void issue(const std::function<QNetworkReply *()> &send, qint64 sizeLimit, Callback done);
    void track(QNetworkReply *reply, qint64 sizeLimit, Callback done);

    QNetworkAccessManager *m_network;
    SyncSettings m_settings;
    QSslConfiguration m_ssl;
    QString m_settingsProblem;
    QList<QPointer<QNetworkReply>> m_replies; // guarded: the manager may be destroyed first, taking its replies
};

} // namespace ow
