#pragma once
// The reference platform's HTTP face (docs/platform-api.yaml) on QtHttpServer 6.4, with fault injection
// for tests and training. It subclasses QAbstractHttpServer rather than using QHttpServer::route because
// the faults need the connection itself: a reply held back for latency (the 6.4 responder cannot outlive
// the handler), a connection reset with no reply, and a reply dropped after the commit. Replies are
// therefore written to the socket here, headers included (ETag, Retry-After, WWW-Authenticate).

#include "core/platform/platformresult.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

class QTcpSocket;

namespace ow {

class PlatformStore;

// Rates are probabilities per request (0..1) and apply to every route but /health and /admin/*.
struct PlatformFaults {
    double failRate = 0;            // 500 or 503 (half each), nothing processed
    double throttleRate = 0;        // 429 with Retry-After, nothing processed
    int retryAfterSeconds = 1;      // sent with 429
    int latencyMs = 0;              // added before a request is processed
    double resetRate = 0;           // the connection is reset (RST) with no reply, nothing processed
    double dropAfterCommitRate = 0; // PUT/POST processed and committed, then the connection reset: the reply is lost
    quint32 seed = 0;               // 0: a random seed
};

struct PlatformStats {
    int requests = 0;
    int failures = 0;         // injected 500/503
    int throttled = 0;        // injected 429
    int resets = 0;           // injected resets before processing
    int dropsAfterCommit = 0; // injected resets after a commit
    int catalogBodies = 0;    // GET /catalog answered with the catalog
    int notModified = 0;      // GET /catalog answered 304
};

class PlatformServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit PlatformServer(PlatformStore &store, QObject *parent = nullptr);

    // The device tokens accepted. Only their SHA-256 is kept; a device is known by a prefix of it.
    void setTokens(const QStringList &tokens);
    void setFaults(const PlatformFaults &faults);
    PlatformFaults faults() const { return m_faults; }
    // The catalog GET /catalog serves (docs/catalog-format.md); refused whole when it does not load.
    bool setCatalog(const QByteArray &json, QString *error = nullptr);
    QByteArray catalogEtag() const { return m_catalogEtag; }
    // HTTPS with this certificate chain and key (PEM). Call before listen().
    bool setupTls(const QString &certificatePath, const QString &keyPath, QString *error = nullptr);
    // Demo timetable: every `seconds`, move some unfinished cases one step (0 stops it).
    void setAdvanceEvery(int seconds);

    PlatformStats stats() const { return m_stats; }
    static QString deviceOf(const QByteArray &token);

signals:
    // After every request; status 0 when the connection was reset instead of answered.
    void requestHandled(const QString &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Call {
        QString method;
        QString path;
        QUrlQuery query;
        QByteArray authorization;
        QByteArray ifNoneMatch;
        QByteArray body;
        QPointer<QTcpSocket> socket;
    };
    struct Reply {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    void serve(const Call &call);
    Reply dispatch(const Call &call, const QString &device);
    Reply catalogReply(const Call &call);
    static Reply json(const PlatformResult &result);
    bool roll(double rate);
    void write(QTcpSocket *socket, const Reply &reply);
    static void reset(QTcpSocket *socket);

    PlatformStore &m_store;
    QSet<QByteArray> m_tokenHashes;
    PlatformFaults m_faults;
    QRandomGenerator m_random;
    PlatformStats m_stats;
    QByteArray m_catalog;
    QByteArray m_catalogEtag;
    QTimer m_timetable;
};

} // namespace ow
