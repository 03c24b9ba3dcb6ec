#pragma once
// The load generator's actors: a keep-alive HTTP/1.1 connection per device (as a window PC has), window
// and kiosk agents that fire requests at random (exponential) intervals, and boards on the event stream.

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <chrono>
#include <functional>
#include <random>
#include <vector>

namespace owbench {

inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// One connection, one request at a time: no hidden client-side queueing in the measured latency.
class KeepAliveHttp : public QObject
{
public:
    using Done = std::function<void(int status, const QByteArray &body)>;
    KeepAliveHttp(const QHostAddress &host, quint16 port, const QByteArray &token, QObject *parent = nullptr);
    void post(const QByteArray &path, const QByteArray &body, Done done);
    void open(); // connects ahead of the first request
    bool busy() const { return bool(m_done); }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    void onReadyRead();
    void finish(int status, const QByteArray &body);

    QHostAddress m_host;
    quint16 m_port;
    QByteArray m_token;
    QTcpSocket m_socket;
    QTimer m_timeout;
    QByteArray m_buffer;
    QByteArray m_request;
    Done m_done;
};

// What one thread's agents measured.
struct AgentStats {
    std::vector<double> callNextMs;
    QHash<QString, qint64> callSentNs; // ticket id -> when its call-next was sent
    int calls = 0;
    int emptyCalls = 0; // call-next answered "nobody waiting"
    int recalls = 0;
    int issues = 0;
    int httpErrors = 0;
    QStringList errorSamples;
    void merge(const AgentStats &other);
};

// A device on its own connection that acts at random (exponential) intervals while it runs.
class PacedAgent : public QObject
{
public:
    void start();
    void stop()
    {
        m_running = false;
        m_timer.stop();
    }
    bool idle() const { return !m_http.busy(); }

protected:
    PacedAgent(const QByteArray &token, const QHostAddress &host, quint16 port, double meanIntervalMs, std::mt19937 *rng,
               AgentStats *stats, QObject *parent);
    // The next act after a random interval, unless stopped; fire() calls it when its request is answered.
    void schedule();
    virtual void fire() = 0;

    KeepAliveHttp m_http;
    std::mt19937 *m_rng;
    AgentStats *m_stats;

private:
    QTimer m_timer;
    double m_meanMs;
    bool m_running = false;
};

// A window: now and then a recall, then call-next completing the previous ticket.
class WindowAgent : public PacedAgent
{
public:
    WindowAgent(const QString &windowId, const QByteArray &token, const QHostAddress &host, quint16 port, double meanIntervalMs,
                std::mt19937 *rng, AgentStats *stats, QObject *parent = nullptr);
    bool connected() const { return m_http.connected(); }

private:
    void fire() override;

    QString m_windowId;
    bool m_hasTicket = false;
    bool m_recalled = false;
};

// A kiosk issuing tickets (services A-E, some 绿色通道).
class KioskAgent : public PacedAgent
{
public:
    KioskAgent(const QByteArray &token, const QHostAddress &host, quint16 port, double meanIntervalMs, std::mt19937 *rng,
               AgentStats *stats, QObject *parent = nullptr);
    void issueNow(const std::function<void()> &done);

private:
    void fire() override;
    QByteArray body();
};

// A board on the WebSocket stream: records when each call arrived and checks the sequence.
class BoardAgent : public QObject
{
public:
    BoardAgent(const QUrl &streamUrl, const QByteArray &token, QObject *parent = nullptr);
    bool isConnected() const { return m_connected; }
    qint64 lastSeq() const { return m_lastSeq; }
    QHash<QString, qint64> calledAt; // ticket id -> arrival (first call only)
    int gaps = 0;
    int disconnects = 0;

private:
    void onMessage(const QString &text);
    QWebSocket m_socket;
    qint64 m_lastSeq = -1;
    bool m_connected = false;
};

} // namespace owbench
