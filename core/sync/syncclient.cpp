// SyncClient: rounds, timing, and what the window is told. Pushing is in syncclient_push.cpp, pulling in
// syncclient_pull.cpp.
#include "core/sync/syncclient.h"

#include "core/storage/database.h"
#include "core/sync/evaluationqueue.h"
#include "core/sync/synclog.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace ow {

QString connectivityName(Connectivity connectivity)
{
    switch (connectivity) {
    case Connectivity::Unknown: return QCoreApplication::translate("ow::Sync", "Not yet connected");
    case Connectivity::Online: return QCoreApplication::translate("ow::Sync", "Online");
    case Connectivity::Offline: return QCoreApplication::translate("ow::Sync", "Offline");
    case Connectivity::TokenRefused: return QCoreApplication::translate("ow::Sync", "Token refused");
    }
    return {};
}

SyncClient::SyncClient(Database &database, QNetworkAccessManager *network, const SyncSettings &settings, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_settings(settings),
      m_api(network, settings),
      m_outbox(database),
      m_store(database),
      m_random(settings.jitterSeed ? QRandomGenerator(settings.jitterSeed) : QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<ow::SyncSnapshot>();
    qRegisterMetaType<ow::SyncRoundReport>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { startRound(false); });
    m_snapshot.lastSuccessAt = QDateTime::fromString(m_store.value(SyncStore::lastSuccessKey()), Qt::ISODateWithMs);
    refreshSnapshot(true);
}

SyncClient::~SyncClient()
{
    m_stopping = true; // m_api, destroyed next, drops what is in flight without calling back
}

int SyncClient::resetInterrupted(QString *error)
{
    return m_outbox.resetStaleSending(error);
}

void SyncClient::start()
{
    if (m_started)
        return;
    QString error;
    if (resetInterrupted(&error) < 0)
        qCWarning(lcSync).noquote() << "cannot reset interrupted sends:" << error;
    m_started = true;
    m_stopping = false;
    startRound(true);
}

void SyncClient::stop()
{
    m_started = false;
    m_timer.stop();
    m_snapshot.nextAttemptAt = {};
    if (m_inRound) {
        m_stopping = true;
        m_api.abortAll(); // the callbacks put their rows back to pending and end the round
    }
}

void SyncClient::syncNow()
{
    m_offlineUntil = {}; // a person asked: try now, even while offline (never before a Retry-After)
    startRound(true);
}

void SyncClient::outboxChanged()
{
    refreshSnapshot();
    if (!m_started || m_inRound || holding())
        return;
    // Coalesce a burst of decisions into one round; never delay a round already due sooner.
    if (!m_timer.isActive() || m_timer.remainingTime() > 1000)
        m_timer.start(1000);
}

void SyncClient::runRound()
{
    startRound(true);
}

void SyncClient::startRound(bool explicitRequest)
{
    if (m_inRound) {
        m_againAfterRound = m_againAfterRound || explicitRequest;
        return;
    }
    m_timer.stop();
    m_inRound = true;
    m_stopping = false;
    m_report = {};
    m_tried.clear();
    m_triedRatings.clear();
    m_failureStreak = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Pulls run when asked for, and otherwise once per poll interval: rounds that only retry due rows
    // should not fetch the catalog and the feed each time.
    m_pullsThisRound = explicitRequest || !m_lastPullAt.isValid() || m_lastPullAt.msecsTo(now) >= m_settings.pollInterval.count();
    if (m_pullsThisRound)
        m_lastPullAt = now;
    m_snapshot.syncing = true;
    m_snapshot.nextAttemptAt = {};
    emit snapshotChanged(m_snapshot);
    if (holding()) {
        m_report.errors << QCoreApplication::translate("ow::Sync", "Waiting until %1 before contacting the platform again.")
                               .arg(QLocale().toString(std::max(m_retryAfterUntil, m_offlineUntil).toLocalTime(),
                                                       QLocale::ShortFormat));
        finishRound();
        return;
    }
    pushCases([this] {
        pushEvaluations([this] {
            pullCatalog([this] {
                pullChanges([this] {
                    m_report.complete = true;
                    finishRound();
                });
            });
        });
    });
}

void SyncClient::finishRound()
{
    m_inRound = false;
    const bool stopped = m_stopping;
    m_stopping = false;
    if (m_report.reachedPlatform && m_report.complete) {
        m_snapshot.lastSuccessAt = QDateTime::currentDateTimeUtc();
        m_store.setValue(SyncStore::lastSuccessKey(), m_snapshot.lastSuccessAt.toString(Qt::ISODateWithMs));
    }
    if (!m_report.errors.isEmpty())
        m_snapshot.lastError = m_report.errors.last();
    else if (m_report.complete)
        m_snapshot.lastError.clear();
    m_snapshot.syncing = false;
    qCInfo(lcSync) << "round:" << m_report.casesDelivered << "delivered," << m_report.casesRetrying << "retrying,"
                   << m_report.casesParked << "parked," << m_report.statusChanges << "status changes; complete"
                   << m_report.complete;
    if (!stopped && m_againAfterRound) {
        m_againAfterRound = false;
        refreshSnapshot(true);
        emit roundFinished(m_report);
        QTimer::singleShot(0, this, [this] { startRound(true); });
        return;
    }
    schedule();
    refreshSnapshot(true);
    emit roundFinished(m_report);
}

void SyncClient::schedule()
{
    if (!m_started)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime next = (m_lastPullAt.isValid() ? m_lastPullAt : now).addMSecs(m_settings.pollInterval.count());
    const QDateTime due = m_store.nextDueAt();
    if (due.isValid() && due < next)
        next = due;
    const QDateTime hold = std::max(m_retryAfterUntil, m_offlineUntil);
    if (hold.isValid() && hold > next)
        next = hold;
    const bool progressed = m_report.casesDelivered + m_report.casesRetrying + m_report.casesParked
                                + m_report.evaluationsDelivered + m_report.evaluationsRetrying + m_report.evaluationsParked
                            > 0;
    // A round that moved nothing must not be followed at once by another: that would spin.
    if (!progressed && next <= now)
        next = now.addMSecs(m_settings.itemBackoff.initial.count());
    m_snapshot.nextAttemptAt = next;
    m_timer.start(int(std::clamp<qint64>(now.msecsTo(next), 0, std::numeric_limits<int>::max())));
}

bool SyncClient::holding() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return (m_retryAfterUntil.isValid() && m_retryAfterUntil > now) || (m_offlineUntil.isValid() && m_offlineUntil > now);
}

void SyncClient::noteReached()
{
    m_snapshot.connectivity = Connectivity::Online;
    m_report.reachedPlatform = true;
    m_offlineStreak = 0;
    m_offlineUntil = {};
}

bool SyncClient::noteTrouble(const ApiReply &reply)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reply.fault == ApiReply::Fault::Redirected || reply.fault == ApiReply::Fault::Refused) {
        // A configuration fault, not an outage: nothing more is sent until a person looks, but the client
        // keeps trying at the offline pace in case the address comes back.
        m_snapshot.connectivity = Connectivity::Offline;
        m_offlineUntil = now.addMSecs(m_settings.offlineBackoff.delay(++m_offlineStreak, m_random).count());
        m_report.errors << describe(reply);
        return true;
    }
    if (reply.status == 401 || reply.status == 403) {
        m_report.reachedPlatform = true;
        m_snapshot.connectivity = Connectivity::TokenRefused;
        m_offlineUntil = now.addMSecs(m_settings.offlineBackoff.delay(++m_offlineStreak, m_random).count());
        m_report.errors << QCoreApplication::translate("ow::Sync", "The platform refused this device's token; "
                                                                   "an administrator must check the sync settings.");
        return true;
    }
    if (reply.status == 429 || (reply.status == 503 && reply.retryAfter)) {
        noteReached();
        const qint64 ms = reply.retryAfter ? std::min<qint64>(reply.retryAfter->count(), m_settings.retryAfterCap.count()) * 1000
                                           : m_settings.itemBackoff.initial.count();
        m_retryAfterUntil = now.addMSecs(ms);
        const int seconds = int(ms / 1000);
        m_report.errors << QCoreApplication::translate("ow::Sync", "The platform asked to wait %n second(s).", nullptr, seconds);
        return true;
    }
    if (reply.unreachable()) {
        m_snapshot.connectivity = Connectivity::Offline;
        m_offlineUntil = now.addMSecs(m_settings.offlineBackoff.delay(++m_offlineStreak, m_random).count());
        m_report.errors << describe(reply);
        return true;
    }
    // Somebody answered, but not the platform: a captive portal, a proxy's page, a web server's fallback.
    const bool foreign = reply.status != 0 && reply.status != 304 && reply.status != 204 && !reply.isJson();
    if (reply.status == 0 || reply.status >= 500 || foreign) {
        if (reply.status >= 500 && !foreign)
            noteReached();
        // Failures in a row look like an outage even when each one is "only" a reset or a 500.
        if (++m_failureStreak >= 3) {
            // Only the platform's own 5xx says it is there; a portal's pages or broken replies do not.
            if (foreign || reply.status == 0)
                m_snapshot.connectivity = Connectivity::Offline;
            m_offlineUntil = now.addMSecs(m_settings.offlineBackoff.delay(++m_offlineStreak, m_random).count());
            m_report.errors << describe(reply);
            return true;
        }
        return false;
    }
    noteReached();
    m_failureStreak = 0;
    return false;
}

QDateTime SyncClient::retryAt(int failedAttempts, const ApiReply &reply)
{
    qint64 ms = m_settings.itemBackoff.delay(failedAttempts, m_random).count();
    if (reply.retryAfter)
        ms = std::max<qint64>(ms, std::min<qint64>(reply.retryAfter->count(), m_settings.retryAfterCap.count()) * 1000);
    return QDateTime::currentDateTimeUtc().addMSecs(ms);
}

QString SyncClient::describe(const ApiReply &reply) const
{
    switch (reply.fault) {
    case ApiReply::Fault::Redirected:
        return QCoreApplication::translate("ow::Sync", "The platform's address answered with a redirect to %1. Has the "
                                                       "platform's address moved? Nothing was sent there; an administrator "
                                                       "must check the sync settings.")
            .arg(reply.redirectTo.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    case ApiReply::Fault::Refused: return reply.networkErrorText;
    case ApiReply::Fault::TooLarge:
        return QCoreApplication::translate("ow::Sync", "The platform's answer was not read: %1.").arg(reply.networkErrorText);
    case ApiReply::Fault::DeadlinePassed:
    case ApiReply::Fault::None: break;
    }
    if (reply.status != 0 && reply.status != 304 && reply.status != 204 && !reply.isJson())
        return QCoreApplication::translate("ow::Sync", "Something other than the platform answered (HTTP %1, %2): \"%3\". "
                                                       "A captive portal or a proxy? Nothing counts as delivered.")
            .arg(reply.status)
            .arg(reply.contentType.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(reply.contentType.left(60)))
            .arg(reply.bodyExcerpt());
    if (reply.status == 0)
        return QCoreApplication::translate("ow::Sync", "The platform cannot be reached: %1").arg(reply.networkErrorText);
    const QString detail = reply.problemDetail();
    return detail.isEmpty()
               ? QCoreApplication::translate("ow::Sync", "The platform answered HTTP %1.").arg(reply.status)
               : QCoreApplication::translate("ow::Sync", "The platform answered HTTP %1: %2").arg(reply.status).arg(detail);
}

void SyncClient::refreshSnapshot(bool force)
{
    // Counting the outbox after every batch of a 10,000-row drain costs more than the drain; the window
    // needs no more than a few updates a second.
    if (!force && m_lastSnapshotAt.isValid() && m_lastSnapshotAt.elapsed() < 250)
        return;
    m_lastSnapshotAt.start();
    const OutboxCounts counts = m_outbox.counts();
    EvaluationQueue ratings(m_database);
    m_snapshot.backlog = counts.pending + counts.sending + ratings.pendingCount();
    m_snapshot.parked = counts.parked + ratings.parkedCount();
    m_snapshot.readyForPickup = m_store.readyForPickup();
    m_snapshot.oldestUnsentAt = counts.oldestUnsentAt;
    emit snapshotChanged(m_snapshot);
}

QList<ParkedItem> SyncClient::parkedItems(int limit) const
{
    return m_store.parkedItems(limit);
}

bool SyncClient::retryParked(const QList<ParkedItem> &items, QString *error)
{
    EvaluationQueue ratings(m_database);
    const bool ok = m_database.transaction(
        [&] {
            for (const ParkedItem &item : items) {
                const bool done = item.kind == ParkedItem::Kind::CaseRevision ? m_outbox.unpark(item.key.toLongLong(), error)
                                                                              : ratings.unpark(item.key, error);
                if (!done)
                    return false;
            }
            return true;
        },
        error);
    refreshSnapshot(true);
    if (ok)
        syncNow();
    return ok;
}

} // namespace ow
