#include "tests/integration/sync/hostileplatform.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace owsync {

QByteArray SeenRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key == name.toLower())
            return value;
    return {};
}

HostilePlatform::HostilePlatform(Script script, QObject *parent)
    : QObject(parent),
      m_script(std::move(script))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HostilePlatform::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

int HostilePlatform::count(const QByteArray &pathPrefix) const
{
    int n = 0;
    for (const SeenRequest &r : m_requests)
        n += r.path.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

void HostilePlatform::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        if (socket->property("answered").toBool()) {
            socket->readAll();
            return;
        }
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        SeenRequest request;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        const QByteArray target = first.value(1);
        request.path = target.split('?').first();
        request.query = target.contains('?') ? target.mid(target.indexOf('?') + 1) : QByteArray();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return; // the body is still coming
        request.body = buffer->mid(end + 4, length);
        socket->setProperty("answered", true);
        m_requests.append(request);
        answer(socket, m_script(request));
    });
}

void HostilePlatform::answer(QTcpSocket *socket, const ScriptedReply &reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\nConnection: close\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (reply.announceLength)
        head += "Content-Length: " + QByteArray::number(reply.body.size() + reply.streamBytes) + "\r\n";
    head += "\r\n";
    const QByteArray whole = head + reply.body;

    if (reply.dripEveryMs > 0) {
        auto *timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, whole, position] {
            if (*position >= whole.size() || socket->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(whole.mid((*position)++, 1));
            ++m_streamed;
        });
        timer->start(reply.dripEveryMs);
        return;
    }
    socket->write(whole);
    if (reply.streamBytes <= 0) {
        socket->disconnectFromHost();
        return;
    }
    // Filler made as the peer takes it: at most a few chunks are ever buffered on this side.
    auto left = std::make_shared<qint64>(reply.streamBytes);
    const QByteArray chunk(64 * 1024, ' ');
    const auto pump = [this, socket, left, chunk] {
        while (*left > 0 && socket->bytesToWrite() < 4 * chunk.size()) {
            const qint64 n = std::min<qint64>(*left, chunk.size());
            socket->write(chunk.constData(), n);
            *left -= n;
            m_streamed += n;
        }
        if (*left == 0)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

QByteArray receiptFor(const QByteArray &payload, const QByteArray &outcome)
{
    const QJsonObject p = QJsonDocument::fromJson(payload).object();
    return QJsonDocument(QJsonObject{{QStringLiteral("caseId"), p.value(QStringLiteral("id"))},
                                     {QStringLiteral("revision"), p.value(QStringLiteral("revision"))},
                                     {QStringLiteral("officialNumber"), QStringLiteral("ZW20261204000001")},
                                     {QStringLiteral("status"), QStringLiteral("accepted")},
                                     {QStringLiteral("outcome"), QString::fromLatin1(outcome)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace owsync
