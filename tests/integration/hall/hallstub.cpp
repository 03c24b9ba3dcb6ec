#include "tests/integration/hall/hallstub.h"

#include <QCryptographicHash>
#include <QTimer>

#include <memory>

namespace owtest {

HallStub::HallStub(Script script, QObject *parent)
    : QObject(parent),
      m_script(std::move(script))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HallStub::onConnection);
}

bool HallStub::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HallStub::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

int HallStub::count(const QByteArray &path) const
{
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const StubRequest &r) { return r.path() == path; }));
}

int HallStub::upgrades() const
{
    return int(std::count_if(requests.cbegin(), requests.cend(), [](const StubRequest &r) { return r.isUpgrade(); }));
}

void HallStub::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_upgraded.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void HallStub::onData(QTcpSocket *socket)
{
    if (m_upgraded.contains(socket)) {
        socket->readAll(); // the client's pings and close frames go unanswered
        return;
    }
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        StubRequest r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        requests.append(r);
        if (m_script)
            m_script(socket, r);
        else
            respond(socket, 404, "text/plain", "no script");
        if (m_upgraded.contains(socket) || socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void HallStub::respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                       const QByteArray &extraHeaders)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " Stub\r\nContent-Type: " + contentType
                  + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
}

void HallStub::drip(QTcpSocket *socket, int intervalMs, int bytes)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(bytes)
                  + "\r\n\r\n");
    auto *timer = new QTimer(socket);
    auto left = std::make_shared<int>(bytes);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, left] {
        if (*left <= 0 || socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        --*left;
        socket->write(" ");
    });
    timer->start(intervalMs);
}

void HallStub::flood(QTcpSocket *socket, qint64 total, bool announceLength)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    head += announceLength ? "Content-Length: " + QByteArray::number(total) + "\r\n" : QByteArray("Connection: close\r\n");
    socket->write(head + "\r\n");
    auto left = std::make_shared<qint64>(total);
    const auto more = [socket, left] {
        static const QByteArray piece(64 * 1024, 'x');
        // A few pieces ahead of the peer, never the whole reply in this process's memory.
        while (*left > 0 && socket->bytesToWrite() < 4 * piece.size() && socket->state() == QAbstractSocket::ConnectedState) {
            const qint64 n = std::min<qint64>(*left, piece.size());
            socket->write(piece.constData(), n);
            *left -= n;
        }
        if (*left <= 0 && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

void HallStub::upgrade(QTcpSocket *socket, const StubRequest &request)
{
    const QByteArray accept =
        QCryptographicHash::hash(QByteArray(request.headers.value("sec-websocket-key") + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                 QCryptographicHash::Sha1)
            .toBase64();
    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                  + accept + "\r\n\r\n");
    m_upgraded.append(socket);
}

void HallStub::sendFrame(QTcpSocket *socket, const QByteArray &payload, int opcode, bool fin)
{
    QByteArray frame;
    frame.append(char((fin ? 0x80 : 0) | (opcode & 0x0f)));
    const quint64 n = quint64(payload.size());
    if (n < 126) {
        frame.append(char(n));
    } else if (n < 65536) {
        frame.append(char(126));
        frame.append(char(n >> 8));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((n >> shift) & 0xff));
    }
    socket->write(frame + payload);
}

} // namespace owtest
