#include "tests/bench/hall/benchagents.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace owbench {

KeepAliveHttp::KeepAliveHttp(const QHostAddress &host, quint16 port, const QByteArray &token, QObject *parent)
    : QObject(parent),
      m_host(host),
      m_port(port),
      m_token(token)
{
    m_socket.setParent(this);
    m_timeout.setParent(this);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5000);
    connect(&m_socket, &QTcpSocket::readyRead, this, &KeepAliveHttp::onReadyRead);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_done)
            m_socket.write(m_request);
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_done)
            finish(0, "connection closed");
    });
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_socket.abort();
        finish(0, "timeout");
    });
}

void KeepAliveHttp::open()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.connectToHost(m_host, m_port);
}

void KeepAliveHttp::post(const QByteArray &path, const QByteArray &body, Done done)
{
    m_done = std::move(done);
    m_buffer.clear();
    m_request = "POST " + path + " HTTP/1.1\r\nHost: " + m_host.toString().toLatin1() + "\r\nAuthorization: Bearer " + m_token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_timeout.start();
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.write(m_request);
    else if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.connectToHost(m_host, m_port);
}

void KeepAliveHttp::onReadyRead()
{
    m_buffer += m_socket.readAll();
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || !m_done)
        return;
    const QByteArray headers = m_buffer.left(headerEnd);
    qsizetype length = 0;
    for (const QByteArray &line : headers.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (m_buffer.size() < headerEnd + 4 + length)
        return;
    const int status = headers.mid(9, 3).toInt();
    finish(status, m_buffer.mid(headerEnd + 4, length));
}

void KeepAliveHttp::finish(int status, const QByteArray &body)
{
    m_timeout.stop();
    Done done = std::exchange(m_done, {});
    m_buffer.clear();
    if (done)
        done(status, body);
}

void AgentStats::merge(const AgentStats &o)
{
    callNextMs.insert(callNextMs.end(), o.callNextMs.begin(), o.callNextMs.end());
    for (auto it = o.callSentNs.cbegin(); it != o.callSentNs.cend(); ++it)
        callSentNs.insert(it.key(), it.value());
    calls += o.calls;
    emptyCalls += o.emptyCalls;
    recalls += o.recalls;
    issues += o.issues;
    httpErrors += o.httpErrors;
    if (errorSamples.size() < 5)
        errorSamples += o.errorSamples.mid(0, 5 - errorSamples.size());
}

namespace {

int exponentialDelay(std::mt19937 *rng, double meanMs)
{
    std::exponential_distribution<double> d(1.0 / meanMs);
    return int(std::min(d(*rng), meanMs * 10));
}

void noteError(AgentStats *stats, int status, const QByteArray &body)
{
    ++stats->httpErrors;
    if (stats->errorSamples.size() < 5)
        stats->errorSamples.append(QString::number(status) + u' ' + QString::fromUtf8(body.left(200)));
}

} // namespace

PacedAgent::PacedAgent(const QByteArray &token, const QHostAddress &host, quint16 port, double meanIntervalMs, std::mt19937 *rng,
                       AgentStats *stats, QObject *parent)
    : QObject(parent),
      m_http(host, port, token, this),
      m_rng(rng),
      m_stats(stats),
      m_meanMs(meanIntervalMs)
{
    m_timer.setSingleShot(true);
    // Precise: coarse timers are bunched by Qt to save wake-ups, which turned independent windows into
    // bursts of simultaneous calls that no real hall produces.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { fire(); });
}

void PacedAgent::start()
{
    m_running = true;
    schedule();
}

void PacedAgent::schedule()
{
    if (m_running)
        m_timer.start(exponentialDelay(m_rng, m_meanMs));
}

WindowAgent::WindowAgent(const QString &windowId, const QByteArray &token, const QHostAddress &host, quint16 port,
                         double meanIntervalMs, std::mt19937 *rng, AgentStats *stats, QObject *parent)
    : PacedAgent(token, host, port, meanIntervalMs, rng, stats, parent),
      m_windowId(windowId)
{
    m_http.open();
}

void WindowAgent::fire()
{
    const QByteArray base = "/api/v1/windows/" + m_windowId.toLatin1();
    // One call in ten is preceded by a recall: the applicant did not come at once.
    if (m_hasTicket && !m_recalled && std::uniform_int_distribution<int>(0, 9)(*m_rng) == 0) {
        m_recalled = true;
        m_http.post(base + "/recall", "{}", [this](int status, const QByteArray &body) {
            if (status == 200)
                ++m_stats->recalls;
            else
                noteError(m_stats, status, body);
            schedule();
        });
        return;
    }
    m_recalled = false;
    const qint64 sent = nowNs();
    m_http.post(base + "/call-next", R"({"completeCurrent":"accepted"})", [this, sent](int status, const QByteArray &body) {
        const qint64 done = nowNs();
        if (status != 200) {
            noteError(m_stats, status, body);
        } else {
            m_stats->callNextMs.push_back(double(done - sent) / 1e6);
            ++m_stats->calls;
            const QString id = QJsonDocument::fromJson(body).object().value(u"ticket"_s).toObject().value(u"id"_s).toString();
            m_hasTicket = !id.isEmpty();
            if (id.isEmpty())
                ++m_stats->emptyCalls;
            else
                m_stats->callSentNs.insert(id, sent);
        }
        schedule();
    });
}

KioskAgent::KioskAgent(const QByteArray &token, const QHostAddress &host, quint16 port, double meanIntervalMs, std::mt19937 *rng,
                       AgentStats *stats, QObject *parent)
    : PacedAgent(token, host, port, meanIntervalMs, rng, stats, parent)
{}

void KioskAgent::fire()
{
    issueNow([this] { schedule(); });
}

QByteArray KioskAgent::body()
{
    // A hall's mix: half 综合受理, the rest spread; one in ten 绿色通道.
    static const char *services[] = {"A", "A", "A", "A", "A", "B", "C", "C", "D", "E"};
    const char *service = services[std::uniform_int_distribution<int>(0, 9)(*m_rng)];
    const bool elderly = std::uniform_int_distribution<int>(0, 9)(*m_rng) == 0;
    return QByteArray("{\"service\":\"") + service + (elderly ? "\",\"priority\":\"elderly\"}" : "\"}");
}

void KioskAgent::issueNow(const std::function<void()> &done)
{
    m_http.post("/api/v1/tickets", body(), [this, done](int status, const QByteArray &reply) {
        if (status == 201)
            ++m_stats->issues;
        else
            noteError(m_stats, status, reply);
        done();
    });
}

BoardAgent::BoardAgent(const QUrl &streamUrl, const QByteArray &token, QObject *parent)
    : QObject(parent)
{
    m_socket.setParent(this);
    connect(&m_socket, &QWebSocket::connected, this, [this] { m_connected = true; });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_connected)
            ++disconnects;
        m_connected = false;
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BoardAgent::onMessage);
    QNetworkRequest request(streamUrl);
    request.setRawHeader("Authorization", "Bearer " + token);
    m_socket.open(request);
}

void BoardAgent::onMessage(const QString &text)
{
    const qint64 at = nowNs();
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const qint64 seq = o.value(u"seq"_s).toInteger();
    if (o.value(u"type"_s).toString() == u"hello"_s) {
        m_lastSeq = seq;
        return;
    }
    if (m_lastSeq >= 0 && seq != m_lastSeq + 1)
        ++gaps;
    m_lastSeq = seq;
    if (o.value(u"type"_s).toString() == u"ticket_called"_s) {
        const QString id = o.value(u"ticketId"_s).toString();
        if (!calledAt.contains(id))
            calledAt.insert(id, at);
    }
}

} // namespace owbench
