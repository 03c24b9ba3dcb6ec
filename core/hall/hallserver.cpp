#include "hallserver.h"
#include "halltext.h"

#include "hallcore.h"
#include "hallhttp.h"
#include "hallserver_p.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// The event stream's close code for an unknown token (docs/hall-api.md).
constexpr int CloseUnauthorized = 4401;

class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

HallServer::HallServer(QObject *parent)
    : QObject(parent)
{
}

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

    m_http = std::make_unique<QHttpServer>();
    registerRoutes();
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, &HallServer::acceptWebSockets);
    // Our own listening socket, so every connection gets TCP_NODELAY: replies and board frames are small
    // and are flushed as soon as they are made (hallserver_p.h); Nagle's algorithm must not hold them back
    // waiting for the peer's delayed ACK.
    auto *tcp = new LowDelayTcpServer(m_http.get());
    if (tcp->listen(options.address, options.port)) {
        m_http->bind(tcp);
        m_port = tcp->serverPort();
    }
    if (m_port == 0) {
        if (error)
            *error = HallText::tr("Cannot listen on %1 port %2 (in use, or not an address of this machine).")
                         .arg(options.address.toString()).arg(options.port);
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
    url.setScheme(u"http"_s);
    const QHostAddress address = m_options.address == QHostAddress(QHostAddress::Any)
            || m_options.address == QHostAddress(QHostAddress::AnyIPv4)
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
    for (QWebSocket *socket : std::as_const(m_sockets))
        socket->flush(); // boards hear it now, not when the event loop comes round
    Q_EMIT eventsCommitted(messages);
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
        std::optional<HallDevice> device = token.isEmpty() ? m_auth.fromHeader(socket->request().rawHeader("Authorization"))
                                                           : m_auth.fromToken(token);
        // QHttpServer 6.4 upgrades only paths with a route (the stream's), and before the route can look at
        // the token: a bad token is refused with a close code (docs/hall-api.md).
        if (!device || url.path() != u"/api/v1/events/stream"_s) {
            socket->close(static_cast<QWebSocketProtocol::CloseCode>(CloseUnauthorized), u"unauthorized"_s);
            socket->deleteLater();
            continue;
        }
        m_sockets.append(socket);
        connect(socket, &QWebSocket::disconnected, this, [this, socket, who = *device] {
            m_sockets.removeOne(socket);
            socket->deleteLater();
            windowStreamChanged(who, false);
        });
        const QJsonObject health = m_core->health();
        const QJsonObject hello{{u"type"_s, u"hello"_s}, {u"seq"_s, health.value(u"seq"_s)},
                                {u"day"_s, health.value(u"day"_s)}, {u"hall"_s, health.value(u"hall"_s)}};
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
