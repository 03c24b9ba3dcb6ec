#pragma once
// The platform client. A round pushes the outbox (case revisions, in order per case, in batches), then
// the ratings, then pulls the catalog (ETag) and the status changes (cursor). Every row has its own
// capped, jittered backoff, so one bad case never blocks the rest; a 4xx parks a row with the
// platform's words for a person; Retry-After holds the whole client. Everything runs on the event loop
// of the thread owning the Database: no call blocks. docs/sync.md tells the whole story.

#include "core/storage/catalogrepository.h"
#include "core/storage/outbox.h"
#include "core/sync/platformapi.h"
#include "core/sync/platformreplies.h"
#include "core/sync/syncstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace ow {

class Database;

enum class Connectivity { Unknown, Online, Offline, TokenRefused };

struct SyncSnapshot {
    Connectivity connectivity = Connectivity::Unknown;
    bool syncing = false;
    int backlog = 0;          // case revisions and ratings not yet delivered (pending or sending)
    int parked = 0;           // refused by the platform, waiting for a person
    int readyForPickup = 0;   // local cases whose result is at the hall (已出件待取)
    QDateTime lastSuccessAt;  // UTC: the last round that reached the platform and finished
    QDateTime oldestUnsentAt; // UTC: how old the backlog is
    QDateTime nextAttemptAt;  // UTC: the next round, when one is planned
    QString lastError;        // translated; empty when the last round went well
};

struct SyncRoundReport {
    bool reachedPlatform = false;
    bool complete = false;    // every step ran: not cut short by being offline, refused or throttled
    int casesDelivered = 0;   // revisions the platform confirmed this round
    int casesAlreadyHeld = 0; // of those: replays, or older than what the platform holds (409 stale)
    int casesRetrying = 0;    // failed this round; due again after their backoff
    int casesParked = 0;      // refused this round (4xx)
    int evaluationsDelivered = 0;
    int evaluationsRetrying = 0;
    int evaluationsParked = 0;
    bool catalogChecked = false;
    bool catalogChanged = false; // a new catalog was imported (ETag changed)
    ImportReport catalogImport;
    int statusChanges = 0;            // status moves received from the platform
    int statusApplied = 0;            // of those, moves that changed a local case's status
    bool statusChangesRemain = false; // the page cap was reached with more on offer: read on next round
    QStringList errors;               // translated, for whoever runs the round
};

class SyncClient : public QObject
{
    Q_OBJECT

public:
    // The database must outlive the client and stay on this thread; the network manager is borrowed.
    SyncClient(Database &database, QNetworkAccessManager *network, const SyncSettings &settings, QObject *parent = nullptr);
    ~SyncClient() override;

    // Puts rows an interrupted run left "sending" back to pending, then runs rounds by itself: at once,
    // when a row falls due, and every poll interval.
    void start();
    // No new rounds; requests in flight are abandoned (their rows go out again at the next start).
    void stop();
    bool isStarted() const { return m_started; }
    // A round as soon as possible (after the one running). Skips an offline wait, never a Retry-After.
    void syncNow();
    // New rows in the outbox (a decision was saved): pushed within a second, coalesced, holds respected.
    void outboxChanged();
    // One round: every row due now is tried at most once. roundFinished() follows. Does not reset
    // "sending" rows: call resetInterrupted() first when nothing else drives this database.
    void runRound();
    int resetInterrupted(QString *error = nullptr);

    SyncSnapshot snapshot() const { return m_snapshot; }
    QList<ParkedItem> parkedItems(int limit = 500) const;
    // Puts parked items back in the queue (after a person fixed the cause) and syncs soon.
    bool retryParked(const QList<ParkedItem> &items, QString *error = nullptr);

signals:
    void snapshotChanged(const ow::SyncSnapshot &snapshot);
    void roundFinished(const ow::SyncRoundReport &report);
    void caseStatusChanged(const QString &caseId, ow::CaseStatus status, const QString &department);
    void catalogUpdated(const ow::ImportReport &report);

private:
    using Step = std::function<void()>;
    enum class Verdict { Delivered, AlreadyHeld, Retry, Park, TokenRefused };
    struct Outcome {
        Verdict verdict = Verdict::Retry;
        QString officialNumber;
        QString reason;
    };

    // syncclient_push.cpp
    void pushCases(Step next);
    void onCasesReply(const QList<OutboxItem> &batch, const ApiReply &reply, Step next);
    void settleCases(const QList<OutboxItem> &batch, const QList<Outcome> &outcomes, const ApiReply &reply);
    void pushEvaluations(Step next);
    // The verdict from a status and the platform's body for it (a problem, or a receipt checked by caseOutcome).
    static Outcome classify(int status, const QJsonObject &body);
    static Outcome caseOutcome(const OutboxItem &item, int status, const QJsonObject &body);
    // syncclient_pull.cpp
    void pullCatalog(Step next);
    void pullChanges(Step next);
    void pullChangesPage(Step next, const QString &cursor, int pagesLeft);
    bool applyChanges(const QList<StatusChangeItem> &changes, const QString &nextCursor);

    void startRound(bool explicitRequest);
    void finishRound();
    // Whole-request trouble: offline, refused token or Retry-After. Returns whether the round must stop.
    bool noteTrouble(const ApiReply &reply);
    void noteReached();
    bool holding() const;
    QDateTime retryAt(int failedAttempts, const ApiReply &reply);
    void schedule();
    void refreshSnapshot(bool force = false);
    QString describe(const ApiReply &reply) const;

    Database &m_database;
    SyncSettings m_settings;
    PlatformApi m_api;
    Outbox m_outbox;
    SyncStore m_store;
    QRandomGenerator m_random;
    QTimer m_timer;
    SyncSnapshot m_snapshot;
    SyncRoundReport m_report;
    QSet<qint64> m_tried; // outbox rows tried this round (each at most once)
    QSet<QString> m_triedRatings;
    QSet<qint64> m_sendAlone;    // rows of a batch refused whole: each goes alone next, to find the culprit
    QDateTime m_retryAfterUntil; // Retry-After: nothing is sent before (UTC)
    QDateTime m_offlineUntil;    // unreachable: the next try (UTC)
    QDateTime m_lastPullAt;      // the last round that pulled the catalog and the changes
    QElapsedTimer m_lastSnapshotAt;
    int m_offlineStreak = 0;
    int m_failureStreak = 0; // consecutive failed requests within a round
    bool m_started = false;
    bool m_inRound = false;
    bool m_againAfterRound = false;
    bool m_stopping = false;
    bool m_pullsThisRound = false;
};

QString connectivityName(Connectivity connectivity);

} // namespace ow

Q_DECLARE_METATYPE(ow::SyncSnapshot)
Q_DECLARE_METATYPE(ow::SyncRoundReport)
