#include "core/hall/server/hallserver.h"

#include "core/hall/protocol/halltext.h"
#include "core/hall/server/hallcore.h"
#include "core/hall/server/hallhttp.h"
#include "core/hall/server/hallserver_p.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// The event stream's close code for an unknown token (docs/hall-api.md).
constexpr int CloseUnauthorized = 4401;

// The listening socket: every connection gets TCP_NODELAY and keep-alive probes, and a ConnectionGuard
// (connectionguard.h) before QHttpServer sees it; past the cap the idlest connection makes room. With TLS
// each connection is a QSslSocket in server mode: the guard and QHttpServer read only decrypted bytes, and
// a handshake that never completes is closed by the guard's idle deadline like any silent connection.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(ConnectionRegistry *registry, const QSslConfiguration &tls, QObject *parent)
        : QTcpServer(parent),
          m_registry(registry),
          m_tls(tls)
    {
        // The cap keeps us below the file limit, but something else in the process (an embedding program)
        // may use descriptors too. At EMFILE QTcpServer 6.4 stops accepting for good (pauseAccepting):
        // free a descriptor and take up accepting again shortly.
        connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
            qCWarning(lcHall) << "accept failed:" << error << errorString() << "- closing the idlest connection";
            m_registry->evictOne();
            QTimer::singleShot(100, this, [this] { resumeAccepting(); });
        });
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!m_registry->makeRoom()) {
            refuse(int(descriptor));
            return;
        }
        QTcpSocket *socket = nullptr;
        if (m_tls.localCertificate().isNull()) {
            socket = new QTcpSocket(this);
        } else {
            auto *tlsSocket = new QSslSocket(this);
            tlsSocket->setSslConfiguration(m_tls);
            connect(tlsSocket, &QSslSocket::sslErrors, tlsSocket, [tlsSocket](const QList<QSslError> &errors) {
                qCInfo(lcHall) << "TLS handshake failed with" << tlsSocket->peerAddress().toString() << errors;
            });
            socket = tlsSocket;
        }
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (auto *tlsSocket = qobject_cast<QSslSocket *>(socket))
            tlsSocket->startServerEncryption();
        // Replies and board frames are small and flushed as soon as they are made (hallserver_p.h);
        // Nagle's algorithm must not hold them back waiting for the peer's delayed ACK.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        keepAlive(int(descriptor));
        m_registry->adopt(socket); // before QHttpServer connects to the socket
        addPendingConnection(socket);
    }

private:
    // Every connection is taken by something that does not spin: all of them are streams (no room to make).
    static void refuse(int descriptor)
    {
        const QByteArray body = hallhttp::problemBody(hallhttp::Status::ServiceUnavailable, u"too_many_connections"_s,
                                                      HallText::tr("The hall service has too many connections; try again."));
        QByteArray busy("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: 5\r\n"
                        "Connection: close\r\nContent-Length: ");
        busy.append(QByteArray::number(body.size())).append("\r\n\r\n").append(body);
        [[maybe_unused]] const auto sent = ::send(descriptor, busy.constData(), size_t(busy.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        ::close(descriptor);
    }

    // A board whose PC was switched off leaves a half-open stream that nothing is ever written to between
    // calls; the kernel's probes find it within two minutes instead of two hours.
    static void keepAlive(int descriptor)
    {
        const int on = 1, idle = 60, interval = 10, count = 5;
        ::setsockopt(descriptor, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
        ::setsockopt(descriptor, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
        ::setsockopt(descriptor, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
        ::setsockopt(descriptor, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    }

    ConnectionRegistry *m_registry;
    QSslConfiguration m_tls;
};

} // namespace

HallServer::HallServer(QObject *parent)
    : QObject(parent)
{}

HallServer::~HallServer()
{
    stop();
}

bool HallServer::start(const Options &options, QString *error)
{
    stop();
    m_options = options;
    const Clock *clock = options.clock;
    if (!clock) {
        m_systemClock = std::make_unique<SystemClock>();
        clock = m_systemClock.get();
    }
    m_core = std::make_unique<HallCore>(options.config, *clock);
    QString detail;
    if (!m_core->open(options.databasePath, &detail)) {
        if (error)
            *error = HallText::tr("Cannot open the hall database: %1").arg(detail);
        m_core.reset();
        return false;
    }
    m_auth = HallAuth(options.config.tokens);

    RequestPolicy policy;
    policy.maxBody = [limits = options.limits](const RequestHead &head) {
        return head.method == "POST" && head.path == "/api/v1/case-summaries" ? limits.maxCaseSummaryBodyBytes
                                                                              : limits.maxBodyBytes;
    };
    policy.authorized = [this](const RequestHead &head) { return m_auth.fromHeader(head.value("authorization")).has_value(); };
    m_connections = std::make_unique<ConnectionRegistry>(options.limits, std::move(policy));

    m_http = std::make_unique<QHttpServer>();
    registerRoutes();
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, &HallServer::acceptWebSockets);
    auto *tcp = new GuardedTcpServer(m_connections.get(), options.tls, m_http.get());
    tcp->setListenBacklogSize(1024); // a burst of connections waits in the kernel, not in SYN retries
    if (tcp->listen(options.address, options.port)) {
        m_http->bind(tcp);
        m_port = tcp->serverPort();
    }
    if (m_port == 0) {
        if (error)
            *error = HallText::tr("Cannot listen on %1 port %2 (in use, or not an address of this machine).")
                         .arg(options.address.toString())
                         .arg(options.port);
        stop();
        return false;
    }
    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(std::max(100, options.dayCheckIntervalMs));
    connect(m_dayTimer, &QTimer::timeout, this, &HallServer::checkDay);
    m_dayTimer->start();
    checkDay(); // a hall started after midnight opens the new day at once, so boards show it
    qCInfo(lcHall).noquote() << "listening on" << baseUrl().toString() << "seq" << m_core->lastSequence();
    return true;
}

void HallServer::stop()
{
    delete m_dayTimer;
    m_dayTimer = nullptr;
    for (QWebSocket *socket : std::as_const(m_sockets)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_sockets.clear();
    m_http.reset(); // closes the listening socket and every HTTP connection
    m_connections.reset();
    m_core.reset();
    m_port = 0;
}

bool HallServer::isListening() const
{
    return m_http && m_port != 0;
}

QUrl HallServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.tls.localCertificate().isNull() ? u"http"_s : u"https"_s);
    const QHostAddress address =
        m_options.address == QHostAddress(QHostAddress::Any) || m_options.address == QHostAddress(QHostAddress::AnyIPv4)
            ? QHostAddress(QHostAddress::LocalHost)
            : m_options.address;
    url.setHost(address.toString());
    url.setPort(m_port);
    return url;
}

qint64 HallServer::lastSequence() const
{
    return m_core ? m_core->lastSequence() : 0;
}

void HallServer::checkDay()
{
    if (!m_core)
        return;
    const HallCore::Outcome outcome = m_core->execute([](QueueEngine &e) { return e.startDayIfNeeded(u"hall"_s); });
    broadcast(outcome.messages);
    m_core->forgetOldBookingContacts();
}

std::optional<QHttpServerResponse> HallServer::admit(const QHttpServerRequest &request, HallAction action,
                                                     const QString &windowId, Admitted *out) const
{
    const std::optional<HallDevice> device = m_auth.fromHeader(request.value("authorization"));
    if (!device)
        return hallhttp::unauthorized();
    const bool allowed = windowId.isEmpty() ? HallAuth::allows(*device, action) : HallAuth::allowsAt(*device, action, windowId);
    if (!allowed)
        return hallhttp::forbidden();
    out->device = *device;
    QString error;
    if (!hallhttp::body(request, &out->body, &error))
        return hallhttp::problem(hallhttp::Status::BadRequest, u"bad_request"_s, error);
    return std::nullopt;
}

QHttpServerResponse HallServer::run(const std::function<QueueResult(QueueEngine &)> &operation,
                                    const std::function<QJsonObject(const QueueResult &)> &reply, int okStatus,
                                    const std::function<bool(HallStore &, QString *)> &alsoWrite)
{
    HallCore::Outcome outcome = m_core->execute(operation, alsoWrite);
    if (!outcome.committed())
        return hallhttp::storageFailed(outcome.storageError);
    // Events go out before the reply: a board is never behind the window that caused the event.
    broadcast(outcome.messages);
    if (!outcome.result.ok())
        return hallhttp::fromError(outcome.result.error);
    QJsonObject body = reply(outcome.result);
    body.insert(u"seq"_s, m_core->lastSequence());
    return hallhttp::json(body, static_cast<hallhttp::Status>(okStatus));
}

qint64 HallServer::streamBytesPending() const
{
    qint64 total = 0;
    for (const QWebSocket *socket : m_sockets)
        total += socket->bytesToWrite();
    return total;
}

void HallServer::broadcast(const QList<QJsonObject> &messages)
{
    if (messages.isEmpty())
        return;
    for (const QJsonObject &m : messages) {
        if (m_broadcastFilter && !m_broadcastFilter(m))
            continue;
        const QString text = QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact));
        for (QWebSocket *socket : std::as_const(m_sockets))
            socket->sendTextMessage(text);
    }
    // A client that does not read would have us keep every event for it: past the backlog limit it is
    // dropped; it reconnects and catches up with GET /events?since= (docs/hall-api.md, "Limits").
    QList<QWebSocket *> stalled;
    for (QWebSocket *socket : std::as_const(m_sockets)) {
        socket->flush(); // boards hear it now, not when the event loop comes round
        if (socket->bytesToWrite() > m_options.limits.maxStreamBacklogBytes)
            stalled.append(socket);
    }
    Q_EMIT eventsCommitted(messages);
    for (QWebSocket *socket : std::as_const(stalled)) {
        qCWarning(lcHall).noquote() << "dropped an event stream that does not read:" << socket->peerAddress().toString()
                                    << socket->bytesToWrite() << "bytes unsent";
        ++m_streamsDropped;
        socket->abort(); // its disconnected handler takes it off the list
    }
}

void HallServer::acceptWebSockets()
{
    while (m_http && m_http->hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_http->nextPendingWebSocketConnection().release();
        if (!socket)
            return;
        socket->setParent(this);
        const QUrl url = socket->requestUrl();
        QByteArray token = QUrlQuery(url).queryItemValue(u"token"_s, QUrl::FullyDecoded).toUtf8();
        std::optional<HallDevice> device =
            token.isEmpty() ? m_auth.fromHeader(socket->request().rawHeader("Authorization")) : m_auth.fromToken(token);
        // QHttpServer 6.4 upgrades only paths with a route (the stream's), and before the route can look at
        // the token: a bad token is refused with a close code (docs/hall-api.md).
        if (!device || url.path() != u"/api/v1/events/stream"_s) {
            socket->close(static_cast<QWebSocketProtocol::CloseCode>(CloseUnauthorized), u"unauthorized"_s);
            socket->deleteLater();
            continue;
        }
        // Boards and dashboards send nothing but pongs and the close: a small message is plenty.
        socket->setMaxAllowedIncomingMessageSize(quint64(m_options.limits.maxStreamMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_options.limits.maxStreamMessageBytes));
        m_sockets.append(socket);
        const QHostAddress peer = socket->peerAddress();
        const quint16 peerPort = socket->peerPort();
        m_connections->streamOpened(peer, peerPort);
        connect(socket, &QWebSocket::disconnected, this, [this, socket, who = *device, peer, peerPort] {
            if (m_connections)
                m_connections->streamClosed(peer, peerPort);
            m_sockets.removeOne(socket);
            socket->deleteLater();
            windowStreamChanged(who, false);
        });
        const QJsonObject health = m_core->health();
        const QJsonObject hello{{u"type"_s, u"hello"_s},
                                {u"seq"_s, health.value(u"seq"_s)},
                                {u"day"_s, health.value(u"day"_s)},
                                {u"hall"_s, health.value(u"hall"_s)}};
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
        qCDebug(lcHall).noquote() << "event stream opened by" << device->actor();
        windowStreamChanged(*device, true); // after the hello: the new stream hears its own window_connected
    }
}

void HallServer::windowStreamChanged(const HallDevice &device, bool opened)
{
    // Presence is a window token's stream: a board or the supervisor's dashboard does not make a window online.
    if (!m_core || device.role != HallRole::Window)
        return;
    const bool changed = opened ? m_core->streamOpened(device.windowId) : m_core->streamClosed(device.windowId);
    if (!changed)
        return;
    const QueueEventType type = opened ? QueueEventType::WindowConnected : QueueEventType::WindowDisconnected;
    const HallCore::Outcome outcome = m_core->execute([&](QueueEngine &e) {
        return e.record(type, device.windowId, {{u"device"_s, device.device}}, device.actor());
    });
    broadcast(outcome.messages);
}

} // namespace ow
