#include "core/sync/syncstore.h"

#include "core/storage/database.h"
#include "core/storage/outbox.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

SyncStore::SyncStore(Database &database)
    : m_database(database)
{}

QString SyncStore::value(const QString &key) const
{
    return sql::scalar(m_database.db(), u"SELECT value FROM sync_state WHERE key = ?"_s, {key}).toString();
}

bool SyncStore::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_database.db());
    return sql::run(q,
                    u"INSERT INTO sync_state (key, value, updated_at) VALUES (?, ?, ?)"
                    u" ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s,
                    {key, value, sql::nowUtc()}, error);
}

std::optional<CaseStatus> SyncStore::localStatus(const QString &caseId, QString *officialNumber) const
{
    QSqlQuery q(m_database.db());
    if (!sql::run(q, u"SELECT status, official_number FROM cases WHERE id = ?"_s, {caseId}, nullptr) || !q.next())
        return std::nullopt;
    CaseStatus status = CaseStatus::Accepted;
    if (!caseStatusFromKey(q.value(0).toString(), &status))
        return std::nullopt;
    if (officialNumber)
        *officialNumber = q.value(1).toString();
    return status;
}

bool SyncStore::recordProgress(const QString &caseId, const CaseProgress &progress, QString *error)
{
    QSqlQuery q(m_database.db());
    // The case view lists the moves (schema 13): one row when the status or the department changed.
    const QVariant changedAt =
        sql::fromDateTime(progress.changedAt.isValid() ? progress.changedAt : QDateTime::currentDateTimeUtc());
    if (!sql::run(q,
                  u"INSERT INTO case_progress_moves (case_id, platform_status, department, changed_at)"
                  u" SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM case_progress WHERE case_id = ?"
                  u" AND platform_status = ? AND department = ?)"_s,
                  {caseId, progress.platformStatus, progress.department, changedAt, caseId, progress.platformStatus,
                   progress.department},
                  error))
        return false;
    return sql::run(q,
                    u"INSERT INTO case_progress (case_id, platform_status, department, changed_at) VALUES (?, ?, ?, ?)"
                    u" ON CONFLICT (case_id) DO UPDATE SET platform_status = excluded.platform_status,"
                    u" department = excluded.department, changed_at = excluded.changed_at"_s,
                    {caseId, progress.platformStatus, progress.department, changedAt}, error);
}

std::optional<CaseProgress> SyncStore::progress(const QString &caseId) const
{
    QSqlQuery q(m_database.db());
    if (!sql::run(q, u"SELECT platform_status, department, changed_at FROM case_progress WHERE case_id = ?"_s, {caseId}, nullptr)
        || !q.next())
        return std::nullopt;
    return CaseProgress{q.value(0).toString(), q.value(1).toString(), sql::toDateTime(q.value(2))};
}

QDateTime SyncStore::nextDueAt() const
{
    // NULL next_attempt_at means "due now"; coalesce makes it sort first. A rating counts only once its
    // case is delivered (EvaluationQueue::due), or a rating of a parked case would look due for ever.
    const QVariant min =
        sql::scalar(m_database.db(),
                    u"SELECT min(t) FROM ("
                    u" SELECT coalesce(next_attempt_at, '0000') AS t FROM outbox WHERE state = ?"
                    u" UNION ALL SELECT coalesce(e.next_attempt_at, '0000') FROM evaluations e WHERE e.state = ?"
                    u" AND EXISTS (SELECT 1 FROM cases c WHERE c.id = e.case_id AND c.delivered_at IS NOT NULL))"_s,
                    {outboxStateKey(OutboxState::Pending), u"pending"_s});
    if (min.isNull())
        return {};
    const QString t = min.toString();
    return t == u"0000"_s ? QDateTime::currentDateTimeUtc() : sql::toDateTime(t);
}

int SyncStore::readyForPickup() const
{
    return sql::scalar(m_database.db(), u"SELECT count(*) FROM cases WHERE status = ?"_s,
                       {caseStatusKey(CaseStatus::ReadyForPickup)})
        .toInt();
}

QList<ParkedItem> SyncStore::parkedItems(int limit) const
{
    return sql::rows(m_database.db(),
                     u"SELECT 0, CAST(o.id AS TEXT), o.case_id, c.case_number, o.revision, o.attempts, o.last_error,"
                     u" o.created_at FROM outbox o JOIN cases c ON c.id = o.case_id WHERE o.state = ?"
                     u" UNION ALL SELECT 1, e.id, e.case_id, c.case_number, 0, e.attempts, e.last_error, e.rated_at"
                     u" FROM evaluations e JOIN cases c ON c.id = e.case_id WHERE e.state = ?"
                     u" ORDER BY 8 LIMIT ?"_s,
                     {outboxStateKey(OutboxState::Parked), u"parked"_s, limit}, [](const QSqlQuery &q) {
                         ParkedItem item;
                         item.kind = q.value(0).toInt() == 0 ? ParkedItem::Kind::CaseRevision : ParkedItem::Kind::Evaluation;
                         item.key = q.value(1).toString();
                         item.caseId = q.value(2).toString();
                         item.caseNumber = q.value(3).toString();
                         item.revision = q.value(4).toInt();
                         item.attempts = q.value(5).toInt();
                         item.reason = q.value(6).toString();
                         item.createdAt = sql::toDateTime(q.value(7));
                         return item;
                     });
}

} // namespace ow
