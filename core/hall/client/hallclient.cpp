// HallClient's event stream: connect, snapshot, apply events in order, detect gaps, reconnect.
#include "core/hall/client/hallclient.h"

#include "core/hall/protocol/halllog.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace ow {

HallClient::HallClient(const Options &options, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_tls(QSslConfiguration::defaultConfiguration()),
      m_nam(nam)
{
    // Added to the system's CAs, not instead of them: a hall CA beside the public ones.
    if (!m_options.caCertificates.isEmpty())
        m_tls.setCaCertificates(m_tls.caCertificates() + m_options.caCertificates);
    if (!m_nam) {
        m_ownNam = std::make_unique<QNetworkAccessManager>();
        m_nam = m_ownNam.get();
    }
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &HallClient::openSocket);
    m_pingTimer = new QTimer(this);
    m_pingTimer->setInterval(std::max(50, m_options.pingIntervalMs));
    connect(m_pingTimer, &QTimer::timeout, this, &HallClient::checkAlive);
}

HallClient::~HallClient()
{
    blockSignals(true); // a dying client tells nobody it went offline: its listeners may be gone already
    stop();
}

void HallClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_attempt = 0;
    openSocket();
}

void HallClient::stop()
{
    m_running = false;
    m_reconnectTimer->stop();
    m_pingTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_haveSnapshot = false;
    m_buffer.clear();
    m_bufferedBytes = 0;
    setState(State::Offline);
}

void HallClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void HallClient::openSocket()
{
    if (!m_running)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setSslConfiguration(m_tls);
    // Past these the socket closes itself with 1009 (disconnected, then the reconnect): an event is a few KiB.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(std::max<qint64>(1024, m_options.maxStreamMessageBytes)));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(std::max<qint64>(1024, m_options.maxStreamFrameBytes)));
    m_socket->setReadBufferSize(256 * 1024);
    connect(m_socket, &QWebSocket::connected, this, &HallClient::onSocketConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &HallClient::onSocketDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &HallClient::onMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &data) { badMessage("binary message", QString::number(data.size()) + u" bytes"_s); });
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, // errorOccurred from Qt 6.5
            [this](QAbstractSocket::SocketError error) {
                if (!m_socket)
                    return;
                qCInfo(lcHall) << "event stream error" << error << m_socket->errorString();
                // A refusal by the limits (too large) leaves the socket closing, waiting for the other end's close
                // frame, which a hostile end need never send: do not wait for it.
                if (m_socket->state() != QAbstractSocket::ConnectedState)
                    QTimer::singleShot(0, this, [this, socket = QPointer<QWebSocket>(m_socket)] {
                        if (socket && socket == m_socket && socket->state() != QAbstractSocket::ConnectedState
                            && socket->state() != QAbstractSocket::UnconnectedState)
                            dropSocket("closing after an error");
                    });
            });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_sinceAlive.restart(); });

    QUrl url = m_options.baseUrl;
    url.setScheme(url.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    url.setPath(u"/api/v1/events/stream"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_options.token);
    setState(State::Connecting);
    m_haveSnapshot = false;
    m_buffer.clear();
    m_bufferedBytes = 0;
    m_sinceAlive.start();
    m_pingTimer->start();
    m_socket->open(request);
}

void HallClient::onSocketConnected()
{
    qCDebug(lcHall) << "event stream connected";
    m_sinceAlive.restart();
    requestSnapshot();
}

void HallClient::onSocketDisconnected()
{
    const int code = m_socket ? int(m_socket->closeCode()) : 0;
    qCDebug(lcHall) << "event stream closed" << code;
    m_pingTimer->stop();
    m_haveSnapshot = false;
    setState(State::Offline);
    if (code == 4401)
        Q_EMIT authenticationFailed();
    if (m_running)
        scheduleReconnect();
}

void HallClient::scheduleReconnect()
{
    // Capped exponential backoff with ±20 % jitter, so a hall of boards does not reconnect in lockstep
    // when the service comes back.
    const double base = std::min<double>(m_options.maxBackoffMs, m_options.minBackoffMs * std::pow(2.0, std::min(m_attempt, 16)));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    ++m_attempt;
    ++m_reconnects;
    m_reconnectTimer->start(int(base * jitter));
}

void HallClient::checkAlive()
{
    if (!m_socket)
        return;
    if (m_sinceAlive.elapsed() > qint64(m_options.pingIntervalMs) * 5 / 2) {
        // Also a handshake that never completes, and a connect that never gets an answer.
        dropSocket("silent");
        return;
    }
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->ping();
}

void HallClient::requestSnapshot()
{
    m_haveSnapshot = false;
    if (m_snapshotPending)
        return;
    m_snapshotPending = true;
    connect(fetchSnapshot(), &HallReply::finished, this, &HallClient::onSnapshot);
}

void HallClient::onSnapshot(const HallResult &result)
{
    m_snapshotPending = false;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return; // the stream went away meanwhile; the reconnect fetches again
    if (!result.ok()) {
        qCInfo(lcHall) << "snapshot failed:" << result.errorMessage;
        dropSocket("no snapshot"); // start over with backoff
        return;
    }
    m_snapshot = result.snapshot();
    m_haveSnapshot = true;
    ++m_snapshotsFetched;
    m_attempt = 0;
    setState(State::Online);
    Q_EMIT snapshotReset(m_snapshot);
    const QList<HallEvent> buffered = std::exchange(m_buffer, {});
    m_bufferedBytes = 0;
    for (const HallEvent &e : buffered)
        handleEvent(e);
}

void HallClient::dropSocket(const char *why)
{
    // Not through abort() and disconnected: a socket that never connected emits nothing on abort().
    qCInfo(lcHall) << "event stream dropped:" << why << "- reconnecting";
    const bool refused = m_socket && int(m_socket->closeCode()) == 4401; // the close frame came before the error
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_pingTimer->stop();
    m_haveSnapshot = false;
    m_buffer.clear();
    m_bufferedBytes = 0;
    setState(State::Offline);
    if (refused)
        Q_EMIT authenticationFailed();
    if (m_running)
        scheduleReconnect();
}

void HallClient::badMessage(const char *why, const QString &text)
{
    // Dropped and counted; the stream stays (a later event with the next seq, or a gap, sorts it out). Not
    // proof of life either: only events and pongs keep the stream from counting as silent.
    ++m_badMessages;
    if (m_badMessages <= 10 || m_badMessages % 1000 == 0)
        qCWarning(lcHall).noquote() << u"event stream message dropped (%1, %2 so far): %3"_s.arg(QLatin1StringView(why))
                                           .arg(m_badMessages)
                                           .arg(text.left(80).simplified());
}

bool HallClient::keep(const HallEvent &event)
{
    // Events wait here only while a snapshot is on its way (at most the request deadline). A stream that
    // sends more meanwhile than a busy hall could is not the hall's: drop it rather than grow without end.
    if (!m_socket)
        return false; // dropped meanwhile: the next connection starts over with a snapshot
    m_bufferedBytes += m_messageBytes;
    if (m_buffer.size() >= MaxBufferedEvents || m_bufferedBytes > MaxBufferedBytes) {
        dropSocket("too many events while the snapshot is on its way");
        return false;
    }
    m_buffer.append(event);
    return true;
}

void HallClient::onMessage(const QString &text)
{
    m_messageBytes = text.size() * 2;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        badMessage("not a JSON object", text);
        return;
    }
    const QJsonObject o = document.object();
    if (o.value(u"type"_s).toString() == u"hello"_s) {
        m_sinceAlive.restart();
        return; // the snapshot that follows the connect carries the sequence number
    }
    HallEvent event;
    QString problem;
    if (!HallEvent::fromJson(o, &event, &problem)) {
        badMessage("not an event", problem + u": "_s + text);
        return;
    }
    m_sinceAlive.restart();
    handleEvent(event);
}

void HallClient::handleEvent(const HallEvent &event)
{
    if (!m_haveSnapshot) {
        keep(event);
        return;
    }
    const qint64 expected = m_snapshot.seq + 1;
    if (event.seq < expected)
        return; // already in the snapshot
    if (event.seq > expected) {
        qCInfo(lcHall) << "sequence gap: expected" << expected << "got" << event.seq;
        Q_EMIT sequenceGap(expected, event.seq);
        if (!keep(event))
            return;
        requestSnapshot();
        return;
    }
    if (!m_snapshot.apply(event)) { // a new day: everything changed
        m_snapshot.seq = event.seq;
        emitEvent(event);
        requestSnapshot();
        return;
    }
    emitEvent(event);
}

void HallClient::emitEvent(const HallEvent &e)
{
    Q_EMIT eventReceived(e);
    const QString &type = e.type;
    if (type == u"ticket_issued"_s)
        Q_EMIT ticketIssued(e.ticket);
    else if (type == u"ticket_called"_s)
        Q_EMIT ticketCalled(e.call());
    else if (type == u"ticket_recalled"_s)
        Q_EMIT ticketRecalled(e.call());
    else if (type == u"ticket_no_show"_s)
        Q_EMIT ticketNoShow(e.ticket, e.data.value(u"requeued"_s).toBool());
    else if (type == u"ticket_transferred"_s)
        Q_EMIT ticketTransferred(e.ticket);
    else if (type == u"ticket_completed"_s)
        Q_EMIT ticketCompleted(e.ticket);
    else if (type == u"ticket_cases_linked"_s)
        Q_EMIT ticketCasesLinked(e.ticket);
    else if (type == u"ticket_rated"_s)
        Q_EMIT ticketRated(e.ticket);
    else if (type == u"window_paused"_s)
        Q_EMIT windowPaused(e.window);
    else if (type == u"window_resumed"_s)
        Q_EMIT windowResumed(e.window);
    else if (type == u"day_started"_s)
        Q_EMIT dayStarted(e.day);
    else if (type == u"window_services_changed"_s)
        Q_EMIT windowServicesChanged(e.window);
    else if (type == u"window_connected"_s || type == u"window_disconnected"_s)
        Q_EMIT windowConnectionChanged(e.window);
    else if (type == u"case_reported"_s && e.caseSummary)
        Q_EMIT caseReported(*e.caseSummary);
}

} // namespace ow
