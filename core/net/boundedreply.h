#pragma once
// One way to ask a peer (the platform, the hall service) and read its answer within bounds. A peer can be
// anything that answers on its address: a captive portal, a proxy, a server that drips or never stops. So a
// request follows no redirect (Qt would resend the token wherever it points), asks for no compression (an
// answer could inflate far past the limit inside Qt), and its answer is read as it arrives, counted against
// a size limit and cut at a total deadline. What the answer means is the caller's business.

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkRequest;
class QObject;

namespace ow::net {

// Sets what every request of ours carries: the bearer token, JSON (or a problem) accepted, identity encoding,
// no redirects, Qt's transfer timeout (which restarts with every byte; the deadline below does not).
void prepare(QNetworkRequest &request, const QByteArray &bearerToken, std::chrono::milliseconds transferTimeout);

// Why this side cut an exchange short.
enum class Cut { None, TooLarge, DeadlinePassed };

struct BoundedAnswer {
    Cut cut = Cut::None;
    int status = 0;              // the HTTP status, 0 when none arrived
    bool transferFailed = false; // the network failed the exchange (no status, or a body cut off): no answer
    QByteArray body;             // at most the size limit; empty when cut
};

using AnswerHandler = std::function<void(QNetworkReply *reply, BoundedAnswer answer)>;

// Reads `reply` within `sizeLimit` bytes and `deadline`; `done` runs once, when it has finished, with
// `context` as the receiver (nothing runs once `context` is gone). The reply is deleted later.
void readBounded(QNetworkReply *reply, qint64 sizeLimit, std::chrono::milliseconds deadline, QObject *context,
                 AnswerHandler done);

// True when the network, not the peer, ended the exchange: Qt reports an HTTP 400 or 407 it did receive as a
// protocol or proxy error, and those are answers.
bool transferFailed(QNetworkReply::NetworkError error, int status);

// Where a 3xx pointed, for the message that says it was not followed.
QUrl redirectTarget(const QNetworkReply *reply);

// "GET /path", for the log.
QString describe(const QNetworkReply *reply);

// The first characters of a body, printable only, for a message about an answer that is not what it should be.
QString excerpt(const QByteArray &body);

} // namespace ow::net
