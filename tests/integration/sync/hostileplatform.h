#pragma once
// A platform that misbehaves the way real networks and peers do, for the sync client's tests: a tiny
// HTTP/1.1 server on 127.0.0.1 whose every answer a test scripts — a captive portal's HTML, an empty or
// cut-off body, JSON of the wrong shape, a redirect, an endless feed, an answer that drips a byte at a
// time, or one of hundreds of megabytes made as the socket drains (never held in memory). One request
// per connection (Connection: close), so what the client sends is easy to count.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace owsync {

struct SeenRequest {
    QByteArray method;
    QByteArray path; // without the query
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
};

struct ScriptedReply {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int dripEveryMs = 0;    // > 0: the whole answer, headers too, one byte at this pace
    qint64 streamBytes = 0; // > 0: after `body`, this many more bytes of filler, made while the socket drains
    bool announceLength = true;
};

class HostilePlatform : public QObject
{
    Q_OBJECT
public:
    using Script = std::function<ScriptedReply(const SeenRequest &)>;
    explicit HostilePlatform(Script script, QObject *parent = nullptr);

    QUrl url() const; // http://127.0.0.1:PORT
    const QList<SeenRequest> &requests() const { return m_requests; }
    int count(const QByteArray &pathPrefix) const;
    qint64 bytesStreamed() const { return m_streamed; } // filler and dripped bytes written so far

private:
    void serve(class QTcpSocket *socket);
    void answer(QTcpSocket *socket, const ScriptedReply &reply);

    Script m_script;
    QTcpServer m_server;
    QList<SeenRequest> m_requests;
    qint64 m_streamed = 0;
};

// A receipt the contract would give for one case payload (its id and revision echoed).
QByteArray receiptFor(const QByteArray &payload, const QByteArray &outcome = "created");

} // namespace owsync
