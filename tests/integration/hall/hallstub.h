#pragma once
// A scripted stand-in for whatever may answer on the hall service's address, on 127.0.0.1: it reads each
// request's head (and a small body) and hands it to a script, which answers as the test wants: JSON, a
// captive portal's HTML, a redirect, a drip, hundreds of MB, a WebSocket upgrade and hand-made frames.
// For the client's limits (test_hall_client_limits.cpp); it never connects anywhere itself.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace owtest {

struct StubRequest {
    QByteArray method;
    QByteArray target;                     // path and query
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QByteArray path() const { return target.split('?').first(); }
    bool isUpgrade() const { return headers.value("upgrade").toLower() == "websocket"; }
};

class HallStub : public QObject
{
    Q_OBJECT
public:
    using Script = std::function<void(QTcpSocket *socket, const StubRequest &request)>;

    explicit HallStub(Script script = {}, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;
    void setScript(Script script) { m_script = std::move(script); }

    QList<StubRequest> requests; // every request head seen, in order
    int count(const QByteArray &path) const;
    int upgrades() const; // WebSocket handshakes answered

    // Answers.
    static void respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                        const QByteArray &extraHeaders = {});
    static void respondJson(QTcpSocket *socket, int status, const QByteArray &json)
    {
        respond(socket, status, "application/json", json);
    }
    // A status line and headers, then one byte of body every intervalMs, up to `bytes` (a slow-loris reply).
    static void drip(QTcpSocket *socket, int intervalMs, int bytes);
    // `total` bytes of body in 64 KiB pieces as fast as the peer reads them; with the Content-Length
    // announced or not (then the end is the close).
    static void flood(QTcpSocket *socket, qint64 total, bool announceLength);
    // The 101 handshake answer; from then on the socket belongs to the script (client frames are ignored).
    void upgrade(QTcpSocket *socket, const StubRequest &request);
    // A server frame (unmasked): opcode 1 = text, 0 = continuation.
    static void sendFrame(QTcpSocket *socket, const QByteArray &payload, int opcode = 1, bool fin = true);

private:
    void onConnection();
    void onData(QTcpSocket *socket);

    QTcpServer m_server;
    Script m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_upgraded;
};

} // namespace owtest
