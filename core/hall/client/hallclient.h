#pragma once
// The faces' way to the hall service (kiosk, window panel, board, voice, supervisor dashboard).
//
// - Requests are asynchronous: each returns a HallReply that emits finished(HallResult) once and then
//   deletes itself; connect to it with a context object. Nothing blocks the UI thread.
// - start() opens the event stream (WebSocket): the client fetches a snapshot, applies every event to it
//   in sequence order and emits a signal per event. On a sequence gap, a new day or a reconnect it fetches
//   the snapshot again (snapshotReset). A lost connection is retried with capped, jittered backoff while
//   state() is Offline; a silent connection (power cut of the hall PC) is noticed by WebSocket pings.
// - Nothing the other end sends is trusted further than the limits in Options (docs/hall-api.md, "Client
//   limits"): every request has a total deadline and a reply size limit, redirects are not followed, and a
//   reply is a success only when it is the hall's JSON of the expected shape (hallreplies.h). The stream's
//   messages and frames are size-limited; a message that is not an event is dropped and counted.
//
// Usage (a board):
//   HallClient client({QUrl("http://hall-pc:8790"), token});
//   connect(&client, &HallClient::ticketCalled, board, &Board::showCall);
//   connect(&client, &HallClient::snapshotReset, board, &Board::redraw);
//   client.start();
// A window: connect(client.callNext("W03"), &HallReply::finished, panel, [](const HallResult &r) { ... });

#include "core/hall/client/hallreplies.h"
#include "core/hall/protocol/hallmodels.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

class QTimer;
class QNetworkReply;
class QWebSocket;

namespace ow {

struct HallResult {
    // Why the answer, if any, is not the hall's. With a fault httpStatus is 0: nothing the hall said.
    enum class Fault {
        None,
        Network,        // errorCode "network": refused, reset, offline, the transfer stalled
        DeadlinePassed, // "timeout": no complete answer within Options::requestDeadlineMs
        TooLarge,       // "reply_too_large": past the reply size limit (Content-Length or while reading)
        Redirected,     // "redirected": a 3xx, not followed (a configuration mistake)
        NotHall,        // "not_hall": not JSON, or JSON of another shape (a captive portal, a proxy)
    };

    int httpStatus = 0;   // 0: no answer from the hall (refused, timed out, offline, not the hall's)
    QString errorCode;    // the problem's "code" ("window_paused"), or one of the faults' codes above
    QString errorMessage; // the server's translated detail, or what went wrong on the way
    QJsonObject body;
    Fault fault = Fault::None;
    int answeredStatus = 0; // with a fault: the HTTP status of whatever answered (302, an HTML 200), or 0

    bool ok() const { return fault == Fault::None && httpStatus >= 200 && httpStatus < 300; }
    HallTicket ticket() const;    // body "ticket" (invalid when null: call-next found nobody)
    HallTicket completed() const; // body "completed" (call-next with completeCurrent)
    HallWindow window() const;
    HallSnapshot snapshot() const; // for fetchSnapshot()
    HallStatistics statistics() const;
    QList<CaseSummary> summaries() const;        // fetchCaseSummaries(); entries the client cannot read are left out
    QList<HallTicket> tickets() const;           // fetchTickets(), fetchWindowQueue()
    QList<HallEvent> events() const;             // fetchEvents(), in sequence order
    HallRatingFollowUps ratingFollowUps() const; // fetchRatingFollowUps()
    qint64 sequence() const;                     // body "seq": the hall's last event when it answered
    int stored() const;                          // reportCases(): summaries the hall stored
    int ignored() const;                         // reportCases(): not newer than what the hall had
};

class HallReply : public QObject
{
    Q_OBJECT
public:
    explicit HallReply(QObject *parent = nullptr)
        : QObject(parent)
    {}
    void finish(const HallResult &result);
    bool isFinished() const { return m_finished; }
Q_SIGNALS:
    void finished(const ow::HallResult &result);

private:
    bool m_finished = false;
};

class HallClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Online };
    Q_ENUM(State)

    struct Options {
        QUrl baseUrl;                        // http://host:port
        QByteArray token;                    // the device token
        int requestTimeoutMs = 5000;         // a request whose transfer stalls this long is aborted
        int requestDeadlineMs = 30000;       // a request not complete this long after it was sent is aborted
        qint64 maxReplyBytes = 4 << 20;      // the answer to an operation, a ticket, the snapshot
        qint64 maxListReplyBytes = 64 << 20; // the answer of fetchTickets, fetchCaseSummaries, fetchEvents, fetchStatistics
        int minBackoffMs = 500;
        int maxBackoffMs = 10000;
        int pingIntervalMs = 10000;             // a connection silent for 2.5 intervals is dropped and retried
        qint64 maxStreamMessageBytes = 1 << 20; // an event stream message past this closes the stream (1009)
        qint64 maxStreamFrameBytes = 1 << 20;
        QList<QSslCertificate> caCertificates = {}; // trusted for https/wss beside the system's (the hall's own CA)
    };

    // nam: shared with other clients of the program, or null for an own one.
    explicit HallClient(const Options &options, QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~HallClient() override;

    // The event stream. start() is idempotent; stop() closes and stops retrying.
    void start();
    void stop();
    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    const HallSnapshot &snapshot() const { return m_snapshot; } // valid once Online
    qint64 lastSequence() const { return m_snapshot.seq; }
    int reconnects() const { return m_reconnects; }
    int snapshotsFetched() const { return m_snapshotsFetched; }
    int badMessages() const { return m_badMessages; } // stream messages dropped: not JSON, not an event, binary

    // Reading.
    HallReply *fetchSnapshot();
    HallReply *fetchStatistics(const QDate &day = {});
    // types: only events of these types (docs/hall-api.md); the answer's seq still tells how far the hall looked.
    HallReply *fetchEvents(qint64 since, int limit = 500, const QStringList &types = {});
    HallReply *fetchTicket(const QString &idOrCode);
    // The tickets a window may call, in the order the hall's policy will call them (HallResult::tickets()).
    HallReply *fetchWindowQueue(const QString &windowId);
    // Kiosk.
    HallReply *issueTicket(const QString &service, const QString &priority = {});
    HallReply *checkIn(const QString &bookingCode);
    // Window (its own) or supervisor (any).
    HallReply *callNext(const QString &windowId, const QString &completeOutcome = {});
    HallReply *callTicket(const QString &windowId, const QString &ticketRef, const QString &completeOutcome = {});
    HallReply *recall(const QString &windowId);
    HallReply *noShow(const QString &windowId);
    // note: shown to the window that calls the ticket next (the hall refuses more than 100 characters).
    HallReply *transfer(const QString &windowId, const QString &toService, const QString &toWindow = {}, bool priority = false,
                        const QString &note = {});
    HallReply *complete(const QString &windowId, const QString &outcome);
    HallReply *pause(const QString &windowId, const QString &reason = {});
    HallReply *resume(const QString &windowId);
    HallReply *linkCases(const QString &ticketRef, const QStringList &caseIds);
    HallReply *rate(const QString &ticketRef, int rating, const QString &comment = {}, const QStringList &reasons = {});
    // Supervisor.
    HallReply *registerBooking(const QString &code, const QString &service, const QDateTime &slotStart, const QDateTime &slotEnd);
    // Bookings made at the hall (hallclient_bookings.cpp; supervisors and windows): the day's slots of a
    // service, a booking the hall gives the code of, find by code/phone/name, move, cancel.
    HallReply *fetchBookingSlots(const QString &service, const QDate &day);
    HallReply *createBooking(const QString &service, const QDateTime &slotStart, const QString &name, const QString &phone);
    HallReply *findBookings(const QDate &day, const QString &text);
    HallReply *moveBooking(const QString &code, const QDateTime &slotStart);
    HallReply *cancelBooking(const QString &code);
    HallReply *fetchTickets(const QDate &from = {}, const QDate &to = {}); // every ticket of the days; today by default
    // Bad ratings (1-2) of the days with their follow-ups; record a call-back or a rectification.
    HallReply *fetchRatingFollowUps(const QDate &from, const QDate &to);
    HallReply *recordFollowUp(const QString &ticketId, const QString &kind, const QString &note);
    HallReply *setWindowServices(const QString &windowId, const QList<WindowService> &services);
    // Case summaries (docs/hall-api.md): a window reports its own (at most 500 a request), the supervisor reads.
    HallReply *reportCases(const QList<CaseSummary> &summaries);
    HallReply *fetchCaseSummaries(const QDate &from = {}, const QDate &to = {}); // today by default

Q_SIGNALS:
    void stateChanged(ow::HallClient::State state);
    void snapshotReset(const ow::HallSnapshot &snapshot); // a fresh snapshot replaced the local one
    void eventReceived(const ow::HallEvent &event);       // every event, in order, after it was applied
    void ticketIssued(const ow::HallTicket &ticket);
    void ticketCalled(const ow::HallCall &call); // show it, speak it
    void ticketRecalled(const ow::HallCall &call);
    void ticketNoShow(const ow::HallTicket &ticket, bool requeued);
    void ticketTransferred(const ow::HallTicket &ticket);
    void ticketCompleted(const ow::HallTicket &ticket);
    void ticketCasesLinked(const ow::HallTicket &ticket);
    void ticketRated(const ow::HallTicket &ticket);
    void windowPaused(const ow::HallWindow &window);
    void windowResumed(const ow::HallWindow &window);
    void dayStarted(const QDate &day);
    void caseReported(const ow::CaseSummary &summary);
    void windowServicesChanged(const ow::HallWindow &window);
    void windowConnectionChanged(const ow::HallWindow &window); // window_connected / window_disconnected
    void sequenceGap(qint64 expected, qint64 received);
    void authenticationFailed(); // the stream refused the token (close 4401)

private:
    struct Expect {
        HallAnswerCheck check; // the shape of a 2xx answer
        bool list = false;     // maxListReplyBytes rather than maxReplyBytes
    };
    HallReply *send(const QByteArray &method, const QString &path, const Expect &expect, const QJsonObject &body = {},
                    const QUrlQuery *query = nullptr);
    void track(QNetworkReply *reply, HallReply *result, const Expect &expect);
    void dropSocket(const char *why);
    void badMessage(const char *why, const QString &text);
    void setState(State state);
    void openSocket();
    void onSocketConnected();
    void onSocketDisconnected();
    void onMessage(const QString &text);
    void requestSnapshot();
    void onSnapshot(const HallResult &result);
    void handleEvent(const HallEvent &event);
    void emitEvent(const HallEvent &event);
    void scheduleReconnect();
    void checkAlive();

    Options m_options;
    QSslConfiguration m_tls; // the system's CAs and the options' (for https and wss)
    QNetworkAccessManager *m_nam = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_ownNam;
    QWebSocket *m_socket = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_pingTimer = nullptr;
    QElapsedTimer m_sinceAlive;
    State m_state = State::Offline;
    bool m_running = false;
    bool m_haveSnapshot = false;
    bool m_snapshotPending = false;
    int m_attempt = 0;
    int m_reconnects = 0;
    int m_snapshotsFetched = 0;
    int m_badMessages = 0;
    HallSnapshot m_snapshot;
    QList<HallEvent> m_buffer;                           // events that arrived while a snapshot was on its way
    static constexpr qsizetype MaxBufferedEvents = 5000; // a busy hall makes a few hundred an hour
    static constexpr qint64 MaxBufferedBytes = 16 << 20; // counted as the messages' text
    qint64 m_bufferedBytes = 0;
    qint64 m_messageBytes = 0;         // of the message being handled
    bool keep(const HallEvent &event); // into m_buffer; false: past the limits, the stream was dropped
};

} // namespace ow
