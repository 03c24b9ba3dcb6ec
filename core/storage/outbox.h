#pragma once
// The transactional outbox: one row per case revision, written with the revision itself, drained by the
// sync client. States: pending -> sending -> sent, or -> pending again (retry later), or -> parked (the
// platform refused it; a person must look). A crash leaves rows 'sending'; resetStaleSending() at start
// puts them back, and the platform's PUT is idempotent, so sending twice is harmless.

#include "core/storage/prunecursor.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace ow {

class Database;

enum class OutboxState { Pending, Sending, Sent, Parked };
QString outboxStateKey(OutboxState state); // pending, sending, sent, parked (stored in the database)

// What a row carries: a case revision (PUT /cases/{id}) or the case's hand-over (POST /cases/{id}/handover,
// schema 14). Either is one revision of the case, so the order rule below holds for both.
enum class OutboxKind { CaseRevision, Handover };

struct OutboxItem {
    qint64 id = 0;
    QString caseId;
    int revision = 0;
    QByteArray payload; // JSON (MatterJson::casePayload)
    OutboxState state = OutboxState::Pending;
    int attempts = 0;        // sends started
    QDateTime nextAttemptAt; // UTC; invalid = due now
    QString lastError;
    QDateTime createdAt; // UTC
    QDateTime sentAt;    // UTC; set when sent
    OutboxKind kind = OutboxKind::CaseRevision;
};

struct OutboxCounts {
    int pending = 0;
    int sending = 0;
    int sent = 0; // still kept: retention removes them payloadDays after delivery
    int parked = 0;
    QDateTime oldestUnsentAt; // createdAt of the oldest pending/sending row: the sync backlog's age
};

class Outbox
{
public:
    explicit Outbox(Database &database);

    // Pending rows due at `now`, oldest first. A row waits while an earlier revision of the same case is
    // still pending or sending, so the platform sees a case's revisions in order.
    QList<OutboxItem> pending(int limit, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QList<OutboxItem> parked(int limit = 100) const;
    std::optional<OutboxItem> item(qint64 id) const;
    // The newest revision's row of a case: what the window shows as "saved here / synced / refused".
    std::optional<OutboxItem> latestForCase(const QString &caseId) const;

    // pending -> sending, attempts + 1; all or none (a row not pending fails the call).
    bool markSending(const QList<qint64> &ids, QString *error = nullptr);
    // sending -> sent; a non-empty official number is stored on the case in the same transaction. sentAt:
    // when the platform confirmed it, now unless given (seed-demo --delivered dates its history).
    bool markSent(qint64 id, const QString &officialNumber = {}, QString *error = nullptr, const QDateTime &sentAt = {});
    // pending or sending -> parked, with the reason a person will read.
    bool markParked(qint64 id, const QString &reason, QString *error = nullptr);
    // sending -> pending, due again at nextAt (UTC).
    bool scheduleRetry(qint64 id, const QDateTime &nextAt, const QString &error, QString *errorOut = nullptr);
    // parked -> pending, due now, attempts reset: after a person fixed the cause.
    bool unpark(qint64 id, QString *error = nullptr);
    // sending -> pending for every row; call once at start, before the sync client runs. Returns the
    // number of rows reset, -1 on error.
    int resetStaleSending(QString *error = nullptr);

    OutboxCounts counts() const;

    // Retention: removes the sent rows the platform confirmed before sentBefore. Their case's delivered_at
    // (written by markSent) is what the window's "synced" mark, the hall's report and a rating's wait read
    // once a case has no row left. Kept: the outbox's last row, so ids are never handed
    // out again (the backup's progress, the hall reporter's cursor follow them), and every row the hall
    // reporter has not reported yet (its "revisions" cursor; none yet while it has cursors of other streams:
    // no cursor at all means no hall). Walks at
    // most limit sent rows after the cursor, in id order; a pending, sending or parked row is never read.
    // With dryRun it only counts. False on error.
    bool removeDelivered(const QDateTime &sentBefore, bool dryRun, int limit, PruneCursor &cursor, QString *error = nullptr);
    // Empties the payload of these rows if they are sent (others are left alone), keeping id, state and
    // times. Joins the caller's transaction; keep the batch small (a few hundred rows).
    bool dropPayloads(const QList<qint64> &ids, QString *error = nullptr);

private:
    bool transition(qint64 id, const QList<OutboxState> &from, OutboxState to, const QVariant &lastError, const QDateTime &nextAt,
                    QString *error, const QDateTime &sentAt = {});
    QList<OutboxItem> select(const QString &sqlText, const QVariantList &values) const;

    Database &m_database;
};

} // namespace ow
