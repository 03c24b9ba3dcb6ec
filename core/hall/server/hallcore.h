#pragma once
// The hall service without the network: the queue engine, its store and the day's statistics, and the
// one path every change takes. execute() runs an engine operation, commits its events and changed
// records in one transaction, and returns the event messages to broadcast. If the commit fails the engine
// is reloaded from the database, so memory never runs ahead of the disk.
// Single-threaded by design: the server's event loop serialises every operation.

#include "core/hall/protocol/halllog.h"
#include "core/hall/server/hallconfig.h"
#include "core/hall/server/hallstore.h"
#include "core/queue/queueengine.h"
#include "core/queue/queuestatistics.h"

#include <QJsonObject>

#include <functional>

namespace ow {

class HallCore
{
public:
    HallCore(const HallConfig &config, const Clock &clock);

    // Opens the database, restores the queue and the day's statistics and calls.
    bool open(const QString &databasePath, QString *error);

    struct Outcome {
        QueueResult result;
        QList<QJsonObject> messages; // one per event, in order: what the stream sends
        QString storageError;        // non-empty: nothing was committed (the engine was reloaded)
        bool committed() const { return storageError.isEmpty(); }
    };
    // alsoWrite, when given, runs inside the same transaction after the events (e.g. the case summaries
    // a case_reported event announces); if it fails nothing is committed.
    using Writes = std::function<bool(HallStore &store, QString *error)>;
    Outcome execute(const std::function<QueueResult(QueueEngine &)> &operation, const Writes &alsoWrite = {});

    // Window devices holding an open event stream (presence, not persisted: after a restart nobody is).
    // Returns true when the window's state changed (first stream opened, last one closed).
    bool streamOpened(const QString &windowId);
    bool streamClosed(const QString &windowId);
    bool isConnected(const QString &windowId) const { return m_streams.value(windowId) > 0; }

    const QueueEngine &engine() const { return m_engine; }
    const HallConfig &config() const { return m_config; }
    HallStore &store() { return m_store; }
    qint64 lastSequence() const { return m_engine.state().lastSeq; }

    // The API's views (docs/hall-api.md).
    QJsonObject ticketJson(const QString &ticketId) const; // null object for none
    QJsonObject windowJson(const QString &windowId) const;
    QJsonObject waitingJson() const; // {"A": 4, ...}
    // GET /windows/{id}/queue: the tickets the window may call, in the order it will call them
    // (QueueEngine::callOrder, then waitingLater); null object for a window the hall does not have.
    QJsonObject windowQueueJson(const QString &windowId) const;
    QJsonObject snapshot() const;
    QJsonObject health() const;
    QJsonObject statistics(const QDate &day, QString *error); // today's from memory, other days from the log

    // Blanks who booked (name, phone) on bookings whose day is more than the config's keepContactDays
    // ago, at most once a hall day (the server's day check calls it). The number blanked, 0 when it had
    // run today already, -1 when the database failed (tried again at the next check).
    int forgetOldBookingContacts();

private:
    QJsonObject message(const QueueEvent &event, const QueueResult &result, const QJsonObject &waiting) const;
    void remember(const QJsonObject &message);

    HallConfig m_config;
    QueueEngine m_engine;
    HallStore m_store;
    QueueStatistics m_today;
    QList<QJsonObject> m_latestCalls; // newest first, at most LatestCalls
    QHash<QString, int> m_streams;    // open event streams per window
    QDate m_contactsForgottenOn;      // the hall day forgetOldBookingContacts last ran
};

} // namespace ow
