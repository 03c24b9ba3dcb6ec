#pragma once
// The platform's REST contract (docs/platform-api.yaml) as asynchronous calls on an injected
// QNetworkAccessManager. Each call ends in exactly one callback with an ApiReply, on the thread's event
// loop; nothing here blocks. Every request carries the bearer token and a transfer timeout.

#include "syncsettings.h"

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
    int status = 0;                        // HTTP status; 0 when no reply arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;              // Qt's words for a failed connection (no token in it)
    QByteArray body;
    QByteArray etag;
    std::optional<std::chrono::seconds> retryAfter;

    QJsonObject json() const;              // the body as a JSON object; empty when it is not one
    QString problemType() const;           // "type" of a problem+json body
    QString problemDetail() const;         // "detail" (else "title") of a problem+json body
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
    void getChanges(const QString &since, int limit, Callback done);
    void postEvaluation(const QByteArray &body, Callback done);
    void getHealth(Callback done);

    // Aborts every request in flight; their callbacks run with OperationCanceledError.
    void abortAll();
    int inFlight() const { return int(m_replies.size()); }

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    void track(QNetworkReply *reply, Callback done);

    QNetworkAccessManager *m_network;
    SyncSettings m_settings;
    QSslConfiguration m_ssl;
    QList<QPointer<QNetworkReply>> m_replies; // guarded: the manager may be destroyed first, taking its replies
};

} // namespace ow
