#pragma once
// The headless hall service: the REST API and the WebSocket event stream of docs/hall-api.md over one
// HallCore. Embeddable: onewindow-hall runs one, `onewindow --demo` starts one on loopback, tests start
// one on an ephemeral 127.0.0.1 port. Everything runs on the thread that created it (one event loop,
// one request at a time), which is what makes two simultaneous calls get two different tickets.

#include "core/hall/server/connectionguard.h"
#include "core/hall/server/hallauth.h"
#include "core/hall/server/hallconfig.h"
#include "core/queue/clock.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTimer;
class QWebSocket;

namespace ow {

class HallCore;
class HallStore;
struct QueueResult;
class QueueEngine;

class HallServer : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; // 0: any free port (see port())
        QString databasePath;
        HallConfig config;
        const Clock *clock = nullptr;   // not owned; the system clock when null
        int dayCheckIntervalMs = 30000; // how often the day roll-over is checked without any request
        ConnectionLimits limits{};      // docs/hall-api.md, "Limits"
        QSslConfiguration tls = {};     // with a local certificate: https and wss only (halltls.h)
    };

    explicit HallServer(QObject *parent = nullptr);
    ~HallServer() override;

    // Opens the database, restores the queue and listens. On failure returns false with a translated reason.
    bool start(const Options &options, QString *error = nullptr);
    // Closes every connection and the database. start() may be called again.
    void stop();

    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://ADDRESS:PORT, or https:// with TLS
    qint64 lastSequence() const;
    int eventClientCount() const { return int(m_sockets.size()); }
    // The connection limits in force: open connections (streams included), the cap under the file limit,
    // connections closed to make room, and the bytes queued for stream clients that have not read them.
    int connectionCount() const { return m_connections ? m_connections->openCount() : 0; }
    int connectionCap() const { return m_connections ? m_connections->cap() : 0; }
    qint64 evictions() const { return m_connections ? m_connections->evictions() : 0; }
    qint64 streamBytesPending() const;
    qint64 streamClientsDropped() const { return m_streamsDropped; }
    const HallCore *core() const { return m_core.get(); }

    // Fault injection for tests: a message for which the filter returns false is not sent on the stream
    // (it is still committed and stored), so clients see a sequence gap.
    using BroadcastFilter = std::function<bool(const QJsonObject &message)>;
    void setBroadcastFilter(BroadcastFilter filter) { m_broadcastFilter = std::move(filter); }

Q_SIGNALS:
    // After every committed operation, with its event messages in order.
    void eventsCommitted(const QList<QJsonObject> &messages);

private:
    struct Admitted;
    void registerRoutes();
    void registerQueueRoutes();
    void registerWindowRoutes();
    void registerCaseRoutes();       // hallroutes_cases.cpp
    void registerSupervisorRoutes(); // hallroutes_supervisor.cpp
    void registerRatingRoutes();     // hallroutes_ratings.cpp
    void registerBookingRoutes();    // hallroutes_bookings.cpp
    // hallroutes_bookings.cpp
    std::optional<QHttpServerResponse> bookableSlot(const QString &service, const QDateTime &start, const QString &ignore,
                                                    QDateTime *end) const;
    int bookedIn(const QString &service, const QDateTime &start, const QString &ignore) const;
    QJsonObject bookingSlots(const QString &service, const QDate &day) const;
    QHttpServerResponse createBooking(const Admitted &a);
    QJsonObject storedBookingJson(const QString &code);
    void windowStreamChanged(const HallDevice &device, bool opened);
    void acceptWebSockets();
    void broadcast(const QList<QJsonObject> &messages);
    void checkDay();

    // Authenticates and authorises a request and reads its body; an error response when refused.
    std::optional<QHttpServerResponse> admit(const QHttpServerRequest &request, HallAction action, const QString &windowId,
                                             Admitted *out) const;
    // GET of one stored list over a range of days: {key: [...], seq}.
    QHttpServerResponse dayList(const QHttpServerRequest &request, HallAction action, const QString &key,
                                QList<QJsonObject> (HallStore::*read)(const QDate &, const QDate &, QString *));
    // A route's handler run only for an admitted request (an error response otherwise), flushed:
    // handler(request, admitted), and for a route with one path argument handler(arg, request, admitted).
    // Defined in hallserver_p.h, which the route files include.
    template <typename Handler>
    auto admitted(HallAction action, Handler handler);
    template <typename Handler>
    auto admittedWithArg(HallAction action, Handler handler);
    // admit() for a reading over a range of days (?from=&to=, today by default): the refusal, a 400 for a
    // bad range, or nothing with *from and *to set.
    std::optional<QHttpServerResponse> admitDays(const QHttpServerRequest &request, HallAction action, QDate *from,
                                                 QDate *to) const;
    // Runs an operation through the core and answers: problem+json on refusal, reply(result) otherwise.
    // alsoWrite runs inside the operation's transaction (HallCore::execute).
    QHttpServerResponse run(const std::function<QueueResult(QueueEngine &)> &operation,
                            const std::function<QJsonObject(const QueueResult &)> &reply, int okStatus = 200,
                            const std::function<bool(HallStore &, QString *)> &alsoWrite = {});

    Options m_options;
    std::unique_ptr<SystemClock> m_systemClock;
    std::unique_ptr<HallCore> m_core;
    std::unique_ptr<ConnectionRegistry> m_connections; // outlives m_http: its guards report to it
    std::unique_ptr<QHttpServer> m_http;
    HallAuth m_auth;
    QList<QWebSocket *> m_sockets;
    QTimer *m_dayTimer = nullptr;
    quint16 m_port = 0;
    BroadcastFilter m_broadcastFilter;
    qint64 m_streamsDropped = 0;
};

} // namespace ow
