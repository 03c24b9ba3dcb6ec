#include "tests/integration/hall/rawhttp.h"

#include "core/hall/protocol/casesummary.h"
#include "tests/support/test_support.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace owtest {

RawAnswer readAnswer(QTcpSocket &socket, std::chrono::milliseconds timeout)
{
    QByteArray in;
    RawAnswer a;
    const auto complete = [&] {
        in += socket.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = in.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        return in.size() >= end + 4 + length;
    };
    if (!waitFor(complete, timeout))
        return a;
    const qsizetype end = in.indexOf("\r\n\r\n");
    a.head = in.left(end);
    a.status = a.head.mid(9, 3).toInt();
    a.body = QJsonDocument::fromJson(in.mid(end + 4)).object();
    a.closed = waitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, std::chrono::seconds(3));
    return a;
}

RawConnection::RawConnection(const ow::ConnectionLimits &limits)
{
    hall.limits = limits;
    REQUIRE(hall.start());
    REQUIRE(connectRaw(socket, hall.url));
}

bool connectRaw(QTcpSocket &socket, const QUrl &url)
{
    socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    return waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; });
}

QByteArray requestHead(const QByteArray &method, const QByteArray &path, const QByteArray &token, const QByteArray &extra)
{
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token + "\r\n";
    return head + extra + "\r\n";
}

RawAnswer exchange(const QUrl &url, const QByteArray &bytes)
{
    QTcpSocket socket;
    if (!connectRaw(socket, url))
        return {};
    socket.write(bytes);
    return readAnswer(socket);
}

QJsonObject summary(int n, const QString &window)
{
    ow::CaseSummary s;
    s.caseId = u"LIMITS-%1"_s.arg(n, 6, 10, QChar(u'0'));
    s.windowId = window;
    s.day = QDate(2026, 11, 28);
    s.decidedAt = QDateTime(s.day, QTime(2, 0), Qt::UTC);
    s.updatedAt = s.decidedAt;
    s.decision = QString(ow::CaseSummary::Accepted);
    s.matters = {{u"M0101"_s, u"个体工商户设立登记"_s, u"市场监管局"_s}};
    return s.toJson();
}

QByteArray summaries(const QJsonArray &list)
{
    return QJsonDocument(QJsonObject{{u"summaries"_s, list}}).toJson(QJsonDocument::Compact);
}

} // namespace owtest
