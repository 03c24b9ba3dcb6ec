#pragma once
// Bounds on what one client can cost the hall service (docs/hall-api.md, "Limits"). QHttpServer 6.4 has
// none: it reads any header and any body into memory, never closes a silent connection, and accepts until
// the process runs out of file descriptors (where QTcpServer spins). So every accepted socket gets a
// ConnectionGuard before QHttpServer sees it; the guard's readyRead slot is connected first and therefore
// runs first on every read, peeks at the new bytes and follows the HTTP framing (header block, then
// Content-Length bytes of body, then the next request). On a violation it takes the socket away from
// QHttpServer, answers with problem+json itself and closes. The registry counts the connections, keeps
// them under the cap by evicting the one idle longest, and runs the deadlines. docs/adr/0012.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;
class QTimer;

namespace ow {

struct ConnectionLimits {
    int maxConnections = 1024;      // open connections, streams included; kept below the file limit
    int headerTimeoutMs = 10000;    // from a request's first byte to the end of its header block
    int bodyTimeoutMs = 30000;      // from the end of the header block to the end of the body
    int idleTimeoutMs = 60000;      // a connection without a request in progress (keep-alive or silent)
    int lingerMs = 2000;            // after a refusal: reading and discarding until the client has our answer
    int maxHeaderBytes = 16 * 1024; // the request line and header lines together
    int maxHeaderLines = 100;       // header lines, the request line not counted
    int maxRequestLineBytes = 8 * 1024;
    qint64 maxBodyBytes = 64 * 1024;                  // any request; and a larger one needs a known token before it is read
    qint64 maxCaseSummaryBodyBytes = 2 * 1024 * 1024; // POST /api/v1/case-summaries (500 summaries)
    qint64 maxStreamBacklogBytes = 1024 * 1024;       // a stream client's unsent bytes before it is dropped
    qint64 maxStreamMessageBytes = 64 * 1024;         // what a stream client may send us in one message or frame
};

// What the guard knows of a request when its header block is complete.
struct RequestHead {
    QByteArray method;
    QByteArray path;                                  // without the query
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, values trimmed
    QByteArray value(const QByteArray &lowerName) const;
};

// The service's part: the body a request may have and whether its token is known.
struct RequestPolicy {
    std::function<qint64(const RequestHead &)> maxBody;
    std::function<bool(const RequestHead &)> authorized;
};

class ConnectionRegistry;

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,      // between requests (or nothing sent yet)
        Head,      // reading a header block
        Body,      // reading Content-Length bytes
        Upgrading, // a WebSocket upgrade was asked for; QHttpServer hands the socket on
        Stream,    // an event stream the service accepted: never evicted, no deadlines
        Closing,   // refused: answer written, discarding input until the client closes or the linger ends
        Closed,
    };

    ConnectionGuard(QTcpSocket *socket, ConnectionRegistry *registry);
    ~ConnectionGuard() override;

    State state() const { return m_state; }
    qint64 since() const { return m_since; }       // ms on the registry's clock: idle or request start
    qint64 deadline() const { return m_deadline; } // 0: none
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }

    void checkDeadline(qint64 now);
    void evict();        // the registry needs the room
    void becameStream(); // the service accepted the upgrade
    void streamEnded();

private:
    void onReadyRead();
    void checkOrphaned();
    void process(const QByteArray &data, qsizetype offset);
    bool readHeadBytes(const QByteArray &data, qsizetype *offset);
    void headComplete();
    void startIdle();
    void refuse(int status, const QByteArray &code, const QString &detail, const QByteArray &extraHeaders = {});
    void drain();
    void halfCloseWhenWritten();
    void close();

    // As QAbstractSocket, not QTcpSocket: ~QAbstractSocket emits disconnected() while the object is no longer a
    // QTcpSocket, and reading a QPointer<QTcpSocket> then is a downcast of the wrong type (UBSan reports it).
    QPointer<QAbstractSocket> m_socket;
    QPointer<ConnectionRegistry> m_registry;
    QMetaObject::Connection m_readConnection; // false once someone else disconnected it (see checkOrphaned)
    bool m_orphanCheckPosted = false;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    State m_state = State::Idle;
    qint64 m_since = 0;
    qint64 m_deadline = 0;
    QByteArray m_head;         // the header block so far (bounded by maxHeaderBytes)
    qsizetype m_lineStart = 0; // in m_head
    int m_lines = 0;
    qint64 m_bodyLeft = 0;
    bool m_halfClosed = false;
};

class ConnectionRegistry : public QObject
{
    Q_OBJECT
public:
    ConnectionRegistry(const ConnectionLimits &limits, RequestPolicy policy, QObject *parent = nullptr);
    ~ConnectionRegistry() override;

    const ConnectionLimits &limits() const { return m_limits; }
    const RequestPolicy &policy() const { return m_policy; }
    int cap() const { return m_cap; }
    int openCount() const { return int(m_open.size()); }
    qint64 now() const { return m_clock.elapsed(); }
    qint64 evictions() const { return m_evictions; }
    qint64 refusals() const { return m_refused; }

    // Before accepting a descriptor: true when there is room, after evicting a connection if need be.
    bool makeRoom();
    // Closes the connection that is the best to lose (never a stream); false when there is none.
    bool evictOne();
    // Guards a new socket: call before anyone else connects to its readyRead.
    void adopt(QTcpSocket *socket);
    // The service accepted (or closed) the WebSocket of this peer.
    void streamOpened(const QHostAddress &address, quint16 port);
    void streamClosed(const QHostAddress &address, quint16 port);

private:
    friend class ConnectionGuard;
    void opened(ConnectionGuard *guard) { m_open.append(guard); }
    void released(ConnectionGuard *guard) { m_open.removeOne(guard); }
    ConnectionGuard *find(const QHostAddress &address, quint16 port) const;
    void sweep();

    ConnectionLimits m_limits;
    RequestPolicy m_policy;
    int m_cap = 0;
    QList<ConnectionGuard *> m_open;
    QElapsedTimer m_clock;
    QTimer *m_sweep = nullptr;
    qint64 m_evictions = 0;
    qint64 m_refused = 0;
};

} // namespace ow
