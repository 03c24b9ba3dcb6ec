#pragma once
// The faces' way to the hall service (kiosk, window panel, board, voice, supervisor dashboard).
//
// - Requests are asynchronous: each returns a HallReply that emits finished(HallResult) once and then
//   deletes itself; connect to it with a context object. Nothing blocks the UI thread.
// - start() opens the event stream (WebSocket): the client fetches a snapshot, applies every event to it
//   in sequence order and emits a signal per event. On a sequence gap, a new day or a reconnect it fetches
//   the snapshot again (snapshotReset). A lost connection is retried with capped, jittered backoff while
//   state() is Offline; a silent connection (power cut of the hall PC) is noticed by WebSocket pings.
//
// Usage (a board):
//   HallClient client({QUrl("http://hall-pc:8790"), token});
//   connect(&client, &HallClient::ticketCalled, board, &Board::showCall);
//   connect(&client, &HallClient::snapshotReset, board, &Board::redraw);
//   client.start();
// A window: connect(client.callNext("W03"), &HallReply::finished, panel, [](const HallResult &r) { ... });

#include "hallmodels.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTimer;
class QNetworkReply;
class QWebSocket;

namespace ow {

struct HallResult {
    int httpStatus = 0;      // 0: no answer (refused, timed out, offline)
    QString errorCode;       // the problem's "code" ("window_paused"), or "network"
    QString errorMessage;    // the server's translated detail, or the network error
    QJsonObject body;

    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    HallTicket ticket() const;     // body "ticket" (invalid when null: call-next found nobody)
    HallTicket completed() const;  // body "completed" (call-next with completeCurrent)
    HallWindow window() const;
    HallSnapshot snapshot() const; // for fetchSnapshot()
    HallStatistics statistics() const;
    QList<CaseSummary> summaries() const; // fetchCaseSummaries(); entries the client cannot read are left out
    QList<HallTicket> tickets() const;    // fetchTickets()
    int stored() const;                   // reportCases(): summaries the hall stored
    int ignored() const;                  // reportCases(): not newer than what the hall had
};

class HallReply : public QObject
{
    Q_OBJECT
public:
    explicit HallReply(QObject *parent = nullptr) : QObject(parent) {}
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
        QUrl baseUrl;                 // http://host:port
        QByteArray token;             // the device token
        int requestTimeoutMs = 5000;
        int minBackoffMs = 500;
        int maxBackoffMs = 10000;
        int pingIntervalMs = 10000;   // a connection silent for 2.5 intervals is dropped and retried
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

    // Reading.
    HallReply *fetchSnapshot();
    HallReply *fetchStatistics(const QDate &day = {});
    HallReply *fetchEvents(qint64 since, int limit = 500);
    HallReply *fetchTicket(const QString &idOrCode);
    // Kiosk.
    HallReply *issueTicket(const QString &service, const QString &priority = {});
    HallReply *checkIn(const QString &bookingCode);
    // Window (its own) or supervisor (any).
    HallReply *callNext(const QString &windowId, const QString &completeOutcome = {});
    HallReply *callTicket(const QString &windowId, const QString &ticketRef, const QString &completeOutcome = {});
    HallReply *recall(const QString &windowId);
    HallReply *noShow(const QString &windowId);
    HallReply *transfer(const QString &windowId, const QString &toService, const QString &toWindow = {}, bool priority = false);
    HallReply *complete(const QString &windowId, const QString &outcome);
    HallReply *pause(const QString &windowId, const QString &reason = {});
    HallReply *resume(const QString &windowId);
    HallReply *linkCases(const QString &ticketRef, const QStringList &caseIds);
    HallReply *rate(const QString &ticketRef, int rating, const QString &comment = {});
    // Supervisor.
    HallReply *registerBooking(const QString &code, const QString &service, const QDateTime &slotStart, const QDateTime &slotEnd);
    HallReply *fetchTickets(const QDate &from = {}, const QDate &to = {});   // every ticket of the days; today by default
    HallReply *setWindowServices(const QString &windowId, const QList<WindowService> &services);
    // Case summaries (docs/hall-api.md): a window reports its own (at most 500 a request), the supervisor reads.
    HallReply *reportCases(const QList<CaseSummary> &summaries);
    HallReply *fetchCaseSummaries(const QDate &from = {}, const QDate &to = {}); // today by default

Q_SIGNALS:
    void stateChanged(ow::HallClient::State state);
    void snapshotReset(const ow::HallSnapshot &snapshot);  // a fresh snapshot replaced the local one
    void eventReceived(const ow::HallEvent &event);         // every event, in order, after it was applied
    void ticketIssued(const ow::HallTicket &ticket);
    void ticketCalled(const ow::HallCall &call);            // show it, speak it
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
    void authenticationFailed();                            // the stream refused the token (close 4401)

private:
    HallReply *send(const QByteArray &method, const QString &path, const QJsonObject &body = {}, const QUrlQuery *query = nullptr);
    void finishReply(QNetworkReply *reply, HallReply *result);
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
    HallSnapshot m_snapshot;
    QList<HallEvent> m_buffer; // events that arrived while a snapshot was on its way
};

} // namespace ow
