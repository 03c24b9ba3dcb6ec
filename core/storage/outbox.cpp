#include "core/storage/outbox.h"

#include "core/domain/enumkeys.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

constexpr EnumKeys<OutboxState, 4> kStateKeys{{
    {OutboxState::Pending, u"pending"},
    {OutboxState::Sending, u"sending"},
    {OutboxState::Sent, u"sent"},
    {OutboxState::Parked, u"parked"},
}};

OutboxState stateFromKey(const QString &key)
{
    OutboxState state = OutboxState::Parked; // the safe reading: a person looks at it, nothing sends it blindly
    if (!enumFromKey(kStateKeys, key, &state))
        qCWarning(lcStorage) << "unknown outbox state" << key;
    return state;
}

} // namespace

QString outboxStateKey(OutboxState state)
{
    return enumKey(kStateKeys, state);
}

Outbox::Outbox(Database &database)
    : m_database(database)
{}

QList<OutboxItem> Outbox::select(const QString &sqlText, const QVariantList &values) const
{
    return sql::rows(m_database.db(), sqlText, values, [](const QSqlQuery &q) {
        OutboxItem item;
        item.id = q.value(0).toLongLong();
        item.caseId = q.value(1).toString();
        item.revision = q.value(2).toInt();
        item.payload = q.value(3).toString().toUtf8();
        item.state = stateFromKey(q.value(4).toString());
        item.attempts = q.value(5).toInt();
        item.nextAttemptAt = sql::toDateTime(q.value(6));
        item.lastError = q.value(7).toString();
        item.createdAt = sql::toDateTime(q.value(8));
        item.sentAt = sql::toDateTime(q.value(9));
        item.kind = q.value(10).toString() == u"handover"_s ? OutboxKind::Handover : OutboxKind::CaseRevision;
        return item;
    });
}

QList<OutboxItem> Outbox::pending(int limit, const QDateTime &now) const
{
    return select(
        u"SELECT o.id, o.case_id, o.revision, o.payload, o.state, o.attempts, o.next_attempt_at,"
        u" o.last_error, o.created_at, o.sent_at, o.kind FROM outbox o WHERE o.state = ? AND (o.next_attempt_at IS NULL OR "
        u"o.next_attempt_at <= ?)"
        u" AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.case_id = o.case_id AND e.revision < o.revision"
        u" AND e.state IN (?, ?)) ORDER BY o.id LIMIT ?"_s,
        {outboxStateKey(OutboxState::Pending), sql::fromDateTime(now), outboxStateKey(OutboxState::Pending),
         outboxStateKey(OutboxState::Sending), limit});
}

QList<OutboxItem> Outbox::parked(int limit) const
{
    return select(u"SELECT id, case_id, revision, payload, state, attempts, next_attempt_at, last_error, created_at,"
                  u" sent_at, kind FROM outbox WHERE state = ? ORDER BY id LIMIT ?"_s,
                  {outboxStateKey(OutboxState::Parked), limit});
}

std::optional<OutboxItem> Outbox::latestForCase(const QString &caseId) const
{
    const QList<OutboxItem> found = select(u"SELECT id, case_id, revision, payload, state, attempts, next_attempt_at,"
                                           u" last_error, created_at, sent_at, kind FROM outbox WHERE case_id = ?"
                                           u" ORDER BY revision DESC LIMIT 1"_s,
                                           {caseId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<OutboxItem> Outbox::item(qint64 id) const
{
    const QList<OutboxItem> found = select(u"SELECT id, case_id, revision, payload, state, attempts, next_attempt_at,"
                                           u" last_error, created_at, sent_at, kind FROM outbox WHERE id = ?"_s,
                                           {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool Outbox::transition(qint64 id, const QList<OutboxState> &from, OutboxState to, const QVariant &lastError,
                        const QDateTime &nextAt, QString *error, const QDateTime &sentAt)
{
    QSqlQuery q(m_database.db());
    QString detail;
    // "state IN (?, ?)" gets the same state twice when only one source state is allowed; a NULL
    // lastError keeps the previous one (a new attempt does not erase why the last one failed).
    if (!sql::prepare(q,
                      u"UPDATE outbox SET state = ?, last_error = coalesce(?, last_error), next_attempt_at = ?,"
                      u" attempts = CASE WHEN ? THEN attempts + 1 WHEN ? THEN 0 ELSE attempts END,"
                      u" sent_at = CASE WHEN ? THEN ? ELSE sent_at END"
                      u" WHERE id = ? AND state IN (?, ?)"_s,
                      &detail)) {
        sql::setError(error, detail);
        return false;
    }
    const bool sent = to == OutboxState::Sent;
    q.addBindValue(outboxStateKey(to));
    q.addBindValue(lastError);
    q.addBindValue(sql::fromDateTime(nextAt));
    q.addBindValue(to == OutboxState::Sending ? 1 : 0);
    q.addBindValue(from.contains(OutboxState::Parked) && to == OutboxState::Pending ? 1 : 0);
    q.addBindValue(sent ? 1 : 0);
    q.addBindValue(sent ? sql::fromDateTime(sentAt.isValid() ? sentAt.toUTC() : QDateTime::currentDateTimeUtc()) : QVariant());
    q.addBindValue(id);
    q.addBindValue(outboxStateKey(from.first()));
    q.addBindValue(outboxStateKey(from.last()));
    if (!sql::exec(q, &detail)) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot update outbox row %1: %2").arg(id).arg(detail));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        const std::optional<OutboxItem> current = item(id);
        sql::setError(error, current ? QCoreApplication::translate("ow::Storage", "Outbox row %1 cannot go from %2 to %3.")
                                           .arg(QString::number(id), outboxStateKey(current->state), outboxStateKey(to))
                                     : QCoreApplication::translate("ow::Storage", "There is no outbox row %1.").arg(id));
        return false;
    }
    return true;
}

bool Outbox::markSending(const QList<qint64> &ids, QString *error)
{
    QString detail;
    const bool ok = m_database.transaction(
        [&] {
            for (qint64 id : ids)
                if (!transition(id, {OutboxState::Pending}, OutboxState::Sending, QVariant(), {}, &detail))
                    return false;
            return true;
        },
        &detail);
    if (!ok)
        sql::setError(error, detail);
    return ok;
}

bool Outbox::markSent(qint64 id, const QString &officialNumber, QString *error, const QDateTime &sentAt)
{
    QString detail;
    const bool ok = m_database.transaction(
        [&] {
            if (!transition(id, {OutboxState::Sending}, OutboxState::Sent, QString(u""_s), {}, &detail, sentAt))
                return false;
            // The hall reporter's 'synced' stream follows this sequence, not sent_at (migration 0010). The case
            // keeps the latest time (schema 17), max(sent_at) of its rows: what every reader of the delivery
            // reads, as retention removes the rows. Written now, while the case's row is among the newest,
            // where growing it splits no old page.
            QSqlQuery change(m_database.db());
            if (!sql::run(change, u"INSERT INTO case_changes (stream, case_id) SELECT ?, case_id FROM outbox WHERE id = ?"_s,
                          {u"synced"_s, id}, &detail)
                || !sql::run(
                    change,
                    u"UPDATE cases SET delivered_at = max(coalesce(delivered_at, ''), (SELECT sent_at FROM outbox WHERE id = ?))"
                    u" WHERE id = (SELECT case_id FROM outbox WHERE id = ?)"_s,
                    {id, id}, &detail))
                return false;
            if (officialNumber.isEmpty())
                return true;
            return sql::run(change,
                            u"UPDATE cases SET official_number = ? WHERE id = (SELECT case_id FROM outbox WHERE id = ?)"_s,
                            {officialNumber, id}, &detail);
        },
        &detail);
    if (!ok)
        sql::setError(error, detail);
    return ok;
}

bool Outbox::markParked(qint64 id, const QString &reason, QString *error)
{
    return transition(id, {OutboxState::Pending, OutboxState::Sending}, OutboxState::Parked, reason, {}, error);
}

bool Outbox::scheduleRetry(qint64 id, const QDateTime &nextAt, const QString &error, QString *errorOut)
{
    return transition(id, {OutboxState::Sending}, OutboxState::Pending, error, nextAt, errorOut);
}

bool Outbox::unpark(qint64 id, QString *error)
{
    return transition(id, {OutboxState::Parked}, OutboxState::Pending, QVariant(), {}, error);
}

int Outbox::resetStaleSending(QString *error)
{
    QSqlQuery q(m_database.db());
    QString detail;
    if (!sql::prepare(q, u"UPDATE outbox SET state = ?, next_attempt_at = NULL WHERE state = ?"_s, &detail)) {
        sql::setError(error, detail);
        return -1;
    }
    q.addBindValue(outboxStateKey(OutboxState::Pending));
    q.addBindValue(outboxStateKey(OutboxState::Sending));
    if (!sql::exec(q, &detail)) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot reset interrupted sends: %1").arg(detail));
        return -1;
    }
    const int reset = q.numRowsAffected();
    if (reset > 0)
        qCInfo(lcStorage) << reset << "outbox rows were left sending by an interrupted run; pending again";
    return reset;
}

OutboxCounts Outbox::counts() const
{
    OutboxCounts counts;
    QSqlQuery q(m_database.db());
    if (!sql::run(q, u"SELECT state, count(*) FROM outbox GROUP BY state"_s, nullptr))
        return counts;
    while (q.next()) {
        const int n = q.value(1).toInt();
        switch (stateFromKey(q.value(0).toString())) {
        case OutboxState::Pending: counts.pending = n; break;
        case OutboxState::Sending: counts.sending = n; break;
        case OutboxState::Sent: counts.sent = n; break;
        case OutboxState::Parked: counts.parked += n; break;
        }
    }
    counts.oldestUnsentAt =
        sql::toDateTime(sql::scalar(m_database.db(), u"SELECT min(created_at) FROM outbox WHERE state IN (?, ?)"_s,
                                    {outboxStateKey(OutboxState::Pending), outboxStateKey(OutboxState::Sending)}));
    return counts;
}

bool Outbox::removeDelivered(const QDateTime &sentBefore, bool dryRun, int limit, PruneCursor &cursor, QString *error)
{
    // The state is checked again in the DELETE, whatever happened since the selection. The case's delivered_at
    // already holds the time (markSent; migration 0017 for older rows).
    return cursor.removeBatch(
        m_database, limit, dryRun,
        u"SELECT id, sent_at IS NOT NULL AND sent_at < ?"
        u" AND id < (SELECT max(id) FROM outbox)"
        u" AND id <= coalesce((SELECT CAST(position AS INTEGER) FROM hall_report_cursors"
        u" WHERE stream = 'revisions'), CASE WHEN EXISTS (SELECT 1 FROM hall_report_cursors) THEN 0 ELSE id END)"
        u" FROM outbox WHERE state = ? AND id > ? ORDER BY id LIMIT ?"_s,
        {sql::fromDateTime(sentBefore), outboxStateKey(OutboxState::Sent), cursor.start(), limit},
        u"DELETE FROM outbox WHERE id = ? AND state = ?"_s, {outboxStateKey(OutboxState::Sent)},
        QCoreApplication::translate("ow::Storage", "Cannot remove delivered revisions: %1"), error);
}

bool Outbox::dropPayloads(const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    // Deleted, then written again without the payload, under the same id. An UPDATE that shrinks a row
    // leaves its page as large as before (SQLite merges pages only after a delete): the file would keep
    // the payloads' space for ever. Deleting a batch of neighbouring rows frees whole pages, which the
    // incremental vacuum then gives back; the rows written again fill a few pages.
    QList<QVariantList> rows;
    QSqlQuery q(m_database.db());
    for (qint64 id : ids) {
        if (!sql::run(q,
                      u"SELECT id, case_id, revision, state, attempts, next_attempt_at, last_error, created_at, sent_at,"
                      u" kind FROM outbox WHERE id = ? AND state = ?"_s,
                      {id, outboxStateKey(OutboxState::Sent)}, error))
            return false;
        if (q.next()) {
            QVariantList row;
            for (int i = 0; i < 10; ++i)
                row << q.value(i);
            rows << row;
        }
        q.finish();
    }
    const auto nullable = [](const QVariant &v) { return v.isNull() ? QVariant() : v; };
    for (const QVariantList &row : rows)
        if (!sql::run(q, u"DELETE FROM outbox WHERE id = ?"_s, {row.at(0)}, error))
            return false;
    for (const QVariantList &row : rows) {
        if (!sql::run(q,
                      u"INSERT INTO outbox (id, case_id, revision, payload, state, attempts, next_attempt_at, last_error,"
                      u" created_at, sent_at, kind) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)"_s,
                      {row.at(0), row.at(1), row.at(2), row.at(3), row.at(4), nullable(row.at(5)), row.at(6), row.at(7),
                       nullable(row.at(8)), row.at(9)},
                      error))
            return false;
    }
    return true;
}

} // namespace ow
