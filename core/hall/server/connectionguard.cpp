#include "core/hall/server/connectionguard.h"

#include "core/hall/protocol/halllog.h"
#include "core/hall/protocol/halltext.h"
#include "core/hall/server/filelimit.h"
#include "core/hall/server/hallhttp.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace ow {

using Status = hallhttp::Status;

namespace {

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty() && text.size() <= 18
           && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool hasToken(const QByteArray &commaList, const QByteArray &token)
{
    for (const QByteArray &item : commaList.split(','))
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QByteArray RequestHead::value(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerName)
            return value;
    return {};
}

// ---- ConnectionGuard ------------------------------------------------------------------------------------

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, ConnectionRegistry *registry)
    : QObject(socket) // dies with its socket, whoever owns that by then (QHttpServer, QWebSocket)
      ,
      m_socket(socket),
      m_registry(registry),
      m_peerAddress(socket->peerAddress()),
      m_peerPort(socket->peerPort())
{
    // First to connect, so first to run: the bytes are looked at before QHttpServer buffers them.
    m_readConnection = connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        if (m_state != State::Stream && m_state != State::Upgrading)
            close();
    });
    registry->opened(this);
    startIdle();
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_state != State::Closed && m_registry)
        m_registry->released(this);
}

void ConnectionGuard::startIdle()
{
    m_state = State::Idle;
    m_since = m_registry ? m_registry->now() : 0;
    m_deadline = m_registry ? m_since + m_registry->limits().idleTimeoutMs : 0;
    m_head.clear();
    m_lineStart = 0;
    m_lines = 0;
    m_bodyLeft = 0;
}

void ConnectionGuard::onReadyRead()
{
    if (m_state == State::Closing) {
        drain();
        return;
    }
    if (!m_socket || (m_state != State::Idle && m_state != State::Head && m_state != State::Body))
        return;
    if (!m_orphanCheckPosted) { // after QHttpServer's slot has run on these bytes
        m_orphanCheckPosted = true;
        QMetaObject::invokeMethod(this, &ConnectionGuard::checkOrphaned, Qt::QueuedConnection);
    }
    const qint64 available = m_socket->bytesAvailable(); // what QHttpServer has not read yet
    if (available <= 0)
        return;
    if (m_state == State::Body && available <= m_bodyLeft) { // inside a body: count, do not copy
        m_bodyLeft -= available;
        if (m_bodyLeft == 0)
            startIdle();
        return;
    }
    process(m_socket->peek(available), 0);
}

// QHttpServer 6.4 answers a request its parser refuses by disconnecting every slot from the socket and
// leaving it open: nobody would read it again, and Qt would buffer whatever the client sends until the idle
// timeout. The guard's own connection is cut with the others, which is how it notices (QMetaObject::Connection
// turns false once disconnected); it closes such a socket at once. An upgrade cuts it too, on purpose.
void ConnectionGuard::checkOrphaned()
{
    m_orphanCheckPosted = false;
    if (m_readConnection || !m_socket || (m_state != State::Idle && m_state != State::Head && m_state != State::Body))
        return;
    qCInfo(lcHallLimits).noquote() << "closed a connection the HTTP parser gave up on:" << m_peerAddress.toString() << m_peerPort;
    close();
}

void ConnectionGuard::process(const QByteArray &data, qsizetype offset)
{
    while (offset < data.size()) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyLeft, data.size() - offset);
            offset += take;
            m_bodyLeft -= take;
            if (m_bodyLeft == 0)
                startIdle(); // the next bytes are a pipelined request
        } else if (m_state == State::Idle || m_state == State::Head) {
            if (readHeadBytes(data, &offset))
                headComplete();
        } else {
            return; // refused, or no longer HTTP (an upgrade)
        }
    }
}

// Appends header bytes line by line until the empty line; false while more is needed or after a refusal.
bool ConnectionGuard::readHeadBytes(const QByteArray &data, qsizetype *offset)
{
    const ConnectionLimits &limits = m_registry->limits();
    while (*offset < data.size()) {
        if (m_state == State::Idle) {
            const char c = data.at(*offset);
            if (c == '\r' || c == '\n') { // empty lines before a request line are ignored (RFC 9112, 2.2)
                ++*offset;
                continue;
            }
            m_state = State::Head;
            m_since = m_registry->now();
            m_deadline = m_since + limits.headerTimeoutMs;
        }
        const qsizetype newline = data.indexOf('\n', *offset);
        const qsizetype end = newline < 0 ? data.size() : newline + 1;
        const qsizetype size = m_head.size() + (end - *offset);
        // Checked before the bytes are kept: the block never grows past the limit.
        if (m_lines == 0 && size > limits.maxRequestLineBytes) {
            refuse(int(Status::UriTooLong), "uri_too_long",
                   HallText::tr("The request line is too long: at most %1 bytes.").arg(limits.maxRequestLineBytes));
            return false;
        }
        if (size > limits.maxHeaderBytes) {
            refuse(int(Status::RequestHeaderFieldsTooLarge), "header_too_large",
                   HallText::tr("The request's header is too large: at most %1 bytes in at most %2 lines.")
                       .arg(limits.maxHeaderBytes)
                       .arg(limits.maxHeaderLines));
            return false;
        }
        m_head.append(data.constData() + *offset, end - *offset);
        *offset = end;
        if (newline < 0)
            return false;
        const qsizetype lineSize = m_head.size() - m_lineStart;
        const bool empty = lineSize == 1 || (lineSize == 2 && m_head.at(m_head.size() - 2) == '\r');
        m_lineStart = m_head.size();
        if (empty)
            return true;
        if (++m_lines > limits.maxHeaderLines + 1) {
            refuse(int(Status::RequestHeaderFieldsTooLarge), "header_too_large",
                   HallText::tr("The request's header is too large: at most %1 bytes in at most %2 lines.")
                       .arg(limits.maxHeaderBytes)
                       .arg(limits.maxHeaderLines));
            return false;
        }
    }
    return false;
}

void ConnectionGuard::headComplete()
{
    const ConnectionLimits &limits = m_registry->limits();
    QList<QByteArray> lines = m_head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || !requestLine.at(2).startsWith("HTTP/1.")) {
        refuse(int(Status::BadRequest), "bad_request",
               HallText::tr("The request line is malformed: it must be METHOD PATH HTTP/1.1."));
        return;
    }
    RequestHead head;
    head.method = requestLine.at(0);
    const QByteArray &target = requestLine.at(1);
    const qsizetype query = target.indexOf('?');
    head.path = query < 0 ? target : target.left(query);
    QByteArray contentLength;
    bool transferEncoding = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.at(0) == ' ' || line.at(0) == '\t') { // no name, or an obsolete folded line
            refuse(int(Status::BadRequest), "bad_request",
                   HallText::tr("A header line is malformed: it must be NAME: VALUE on one line."));
            return;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            // Two different lengths would let QHttpServer and this guard disagree on where a body ends.
            if (!isDigits(value) || (!contentLength.isNull() && contentLength != value)) {
                refuse(int(Status::BadRequest), "bad_request", HallText::tr("Content-Length must be one number, given once."));
                return;
            }
            contentLength = value;
        } else if (name == "transfer-encoding") {
            transferEncoding = true;
        }
        head.headers.append({name, value});
    }
    const qint64 length = contentLength.isNull() ? 0 : contentLength.toLongLong();
    const RequestPolicy &policy = m_registry->policy();

    // A body larger than any small request's, or of unknown size, is read only for a known token.
    if ((transferEncoding || length > limits.maxBodyBytes) && policy.authorized && !policy.authorized(head)) {
        refuse(int(Status::Unauthorized), "unauthorized",
               HallText::tr("A device token is needed: send \"Authorization: Bearer TOKEN\"."),
               "WWW-Authenticate: Bearer realm=\"onewindow-hall\"\r\n");
        return;
    }
    if (transferEncoding) {
        const QByteArray codings = head.value("transfer-encoding");
        if (hasToken(codings, "chunked"))
            refuse(int(Status::LengthRequired), "length_required",
                   HallText::tr("Send the body with a Content-Length: chunked transfer is not supported."));
        else
            refuse(int(Status::NotImplemented), "not_implemented",
                   HallText::tr("The transfer coding %1 is not supported.").arg(QString::fromLatin1(codings)));
        return;
    }
    const qint64 maxBody = policy.maxBody ? policy.maxBody(head) : limits.maxBodyBytes;
    if (length > maxBody) {
        refuse(int(Status::PayloadTooLarge), "body_too_large",
               HallText::tr("The body is too large: this request takes at most %1 bytes.").arg(maxBody));
        return;
    }
    // What QHttpServer's parser takes for an upgrade: from here on the bytes are not HTTP's.
    if (head.method == "CONNECT" || (!head.value("upgrade").isEmpty() && hasToken(head.value("connection"), "upgrade"))) {
        m_state = State::Upgrading;
        m_deadline = m_registry->now() + limits.headerTimeoutMs; // until the service takes it as a stream
        return;
    }
    m_head.clear();
    if (length == 0) {
        startIdle();
        return;
    }
    m_state = State::Body;
    m_bodyLeft = length;
    m_deadline = m_registry->now() + limits.bodyTimeoutMs;
}

void ConnectionGuard::refuse(int status, const QByteArray &code, const QString &detail, const QByteArray &extraHeaders)
{
    if (!m_socket)
        return;
    qCDebug(lcHallLimits).noquote() << "refused" << status << QString::fromLatin1(code) << "to" << m_peerAddress.toString()
                                    << m_peerPort;
    m_state = State::Closing;
    m_deadline = m_registry->now() + m_registry->limits().lingerMs;
    m_head.clear();
    // The socket is no longer QHttpServer's: it would buffer whatever comes (in its read transaction).
    QObject::disconnect(m_socket.data(), &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket.data(), &QIODevice::readyRead, this, &ConnectionGuard::drain);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    drain();
    const QByteArray body = hallhttp::problemBody(Status(status), QString::fromLatin1(code), detail);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + hallhttp::reasonPhrase(Status(status))
                    + "\r\nContent-Type: application/problem+json\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body);
    m_socket->flush();
    // Closing with unread input would send a reset that can destroy our answer before the client reads it:
    // half-close once it is written and read on until the client closes (or the linger ends).
    connect(m_socket.data(), &QIODevice::bytesWritten, this, &ConnectionGuard::halfCloseWhenWritten);
    halfCloseWhenWritten();
}

void ConnectionGuard::drain()
{
    if (m_socket)
        m_socket->skip(m_socket->bytesAvailable());
}

void ConnectionGuard::halfCloseWhenWritten()
{
    if (m_halfClosed || !m_socket || m_socket->bytesToWrite() > 0 || m_socket->socketDescriptor() < 0)
        return;
    m_halfClosed = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void ConnectionGuard::checkDeadline(qint64 now)
{
    checkOrphaned();
    if (m_deadline == 0 || now < m_deadline)
        return;
    switch (m_state) {
    case State::Head:
    case State::Body:
        refuse(int(Status::RequestTimeout), "request_timeout",
               HallText::tr("The request did not arrive in time; send it again."));
        return;
    case State::Idle:
    case State::Upgrading:
    case State::Closing: close(); return;
    case State::Stream:
    case State::Closed: return;
    }
}

void ConnectionGuard::evict()
{
    qCDebug(lcHallLimits).noquote() << "evicted" << m_peerAddress.toString() << m_peerPort << "to make room";
    close();
}

void ConnectionGuard::becameStream()
{
    m_state = State::Stream;
    m_deadline = 0;
}

void ConnectionGuard::streamEnded()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_deadline = 0;
    if (m_registry)
        m_registry->released(this);
}

void ConnectionGuard::close()
{
    if (m_state == State::Closed)
        return;
    // After an upgrade the socket belongs to the WebSocket machinery, which deletes it; before, an HTTP
    // socket QHttpServer gave up on (a parse error disconnects it from everything) would stay forever.
    const bool handedOn = m_state == State::Upgrading || m_state == State::Stream;
    m_state = State::Closed;
    m_deadline = 0;
    if (m_registry)
        m_registry->released(this);
    if (!m_socket)
        return;
    m_socket->abort();
    if (!handedOn)
        m_socket->deleteLater();
}

} // namespace ow
