#pragma once
// Raw HTTP to the hall service for the limit tests: requests written by hand (heads no client library would
// send), answers read off the socket, and case summaries to post.

#include "tests/integration/hall/hallfixture.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTcpSocket>
#include <QUrl>

#include <chrono>

namespace owtest {

struct RawAnswer {
    int status = 0;
    QByteArray head;
    QJsonObject body;
    bool closed = false; // the server closed the connection after answering
};

// Reads one response (status line, headers, Content-Length bytes) from a raw socket, 5 s at most.
RawAnswer readAnswer(QTcpSocket &socket, std::chrono::milliseconds timeout = std::chrono::seconds(5));

bool connectRaw(QTcpSocket &socket, const QUrl &url);

QByteArray requestHead(const QByteArray &method, const QByteArray &path, const QByteArray &token, const QByteArray &extra = {});

// Sends bytes and reads the answer; the bytes go out while the answer is awaited (a big send is not blocked on).
RawAnswer exchange(const QUrl &url, const QByteArray &bytes);

// A hall started with these connection limits (the product's where not set) and one raw connection to it.
struct RawConnection {
    explicit RawConnection(const ow::ConnectionLimits &limits = {});
    LocalHall hall;
    QTcpSocket socket;
};

// Case summary n of window W01 (or window), as posted to /api/v1/case-summaries.
QJsonObject summary(int n, const QString &window = QStringLiteral("W01"));

// The body of a POST /api/v1/case-summaries.
QByteArray summaries(const QJsonArray &list);

} // namespace owtest
