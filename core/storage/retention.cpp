#include "core/storage/retention.h"

#include "core/domain/case.h"
#include "core/storage/applicantrepository.h"
#include "core/storage/casechanges.h"
#include "core/storage/database.h"
#include "core/storage/outbox.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Rows per batch: a few milliseconds of work, so a decision never waits longer than that for the lock.
constexpr int kBatch = 200;

} // namespace

RetentionRun::RetentionRun(Database &database, const RetentionPolicy &policy, const QDateTime &now, bool dryRun)
    : m_database(database),
      m_policy(policy),
      m_now(now.toUTC()),
      m_dryRun(dryRun)
{}

bool RetentionRun::step(QString *error)
{
    if (!m_payloads.done)
        return Outbox(m_database).removeDelivered(m_now.addDays(-m_policy.payloadDays), m_dryRun, kBatch, m_payloads, error);
    if (!m_applicants.done)
        return ApplicantRepository(m_database)
            .prunePersonalData(m_now.addDays(-m_policy.personalDataDays), m_dryRun, kBatch, m_applicants, error);
    if (!m_changes.done)
        return CaseChanges::removeReported(m_database, m_dryRun, kBatch * 5, m_changes, error);
    return true;
}

QDateTime RetentionRun::documentCutoff() const
{
    return m_now.addDays(-std::min(m_policy.documentDays, m_policy.personalDataDays));
}

bool RetentionRun::documentsMayGo(const QString &caseNumber) const
{
    QSqlQuery q(m_database.db());
    // Not while the platform lacks any revision of it: until then the hall's copy is the only record.
    if (!sql::run(q,
                  u"SELECT 1 FROM cases c WHERE c.case_number = ? AND c.status IN (?, ?, ?, ?) AND c.updated_at < ?"
                  u" AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.case_id = c.id AND o.state <> ?)"_s,
                  {caseNumber, caseStatusKey(CaseStatus::Completed), caseStatusKey(CaseStatus::Rejected),
                   caseStatusKey(CaseStatus::Notified), caseStatusKey(CaseStatus::HandedOver),
                   sql::fromDateTime(documentCutoff()), outboxStateKey(OutboxState::Sent)},
                  nullptr))
        return false;
    const bool found = q.next();
    q.finish();
    return found;
}

QString RetentionRun::auditAction()
{
    return u"retention"_s;
}

QDateTime RetentionRun::lastRun(Database &database)
{
    QSqlQuery q(database.db());
    // Newest first through the index on at: a store that ran retention yesterday finds it in a few rows.
    if (!sql::run(q, u"SELECT at FROM audit_trail WHERE action = ? ORDER BY at DESC LIMIT 1"_s, {auditAction()}, nullptr)
        || !q.next())
        return {};
    const QDateTime at = sql::toDateTime(q.value(0));
    q.finish();
    return at;
}

namespace StoreSpace {

qint64 fileBytes(const Database &database)
{
    return QFileInfo(database.path()).size() + QFileInfo(database.path() + u"-wal"_s).size();
}

bool isIncremental(Database &database)
{
    QSqlQuery q(database.db());
    const bool incremental = sql::run(q, u"PRAGMA auto_vacuum"_s, nullptr) && q.next() && q.value(0).toInt() == 2;
    q.finish();
    return incremental;
}

bool makeIncremental(Database &database, QString *error)
{
    QSqlQuery q(database.db());
    QString detail;
    // VACUUM cannot run inside a transaction, which is why this is no migration.
    if (!sql::run(q, u"PRAGMA auto_vacuum = INCREMENTAL"_s, &detail) || !sql::run(q, u"VACUUM"_s, &detail)) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot rewrite the database: %1").arg(detail));
        return false;
    }
    return true;
}

bool reclaim(Database &database, bool *more, QString *error)
{
    // Up to 2048 pages (8 MiB) a step, in one transaction: one sync for the lot. The pragma frees one page
    // each time it is stepped, and Qt steps a statement without result columns once per exec: so one exec
    // a page. (Until stop 28 it ran once a step, each its own transaction: one page and one sync a step,
    // hours of both for the gigabytes a million-case store frees.)
    qint64 left = 0;
    const bool ok = database.transaction(
        [&](QString *detail) {
            QSqlQuery q(database.db());
            if (!sql::run(q, u"PRAGMA freelist_count"_s, detail) || !q.next())
                return false;
            left = q.value(0).toLongLong();
            q.finish();
            if (!sql::prepare(q, u"PRAGMA incremental_vacuum(1)"_s, detail))
                return false;
            for (int i = 0; i < 2048 && left > 0; ++i, --left) {
                if (!sql::exec(q, detail))
                    return false;
                q.finish();
            }
            return true;
        },
        QCoreApplication::translate("ow::Storage", "Cannot give free space back: %1"), error);
    *more = ok && left > 0;
    return ok;
}

bool checkpoint(Database &database, QString *error)
{
    QSqlQuery q(database.db());
    QString detail;
    const bool ok = sql::run(q, u"PRAGMA wal_checkpoint(TRUNCATE)"_s, &detail);
    q.finish();
    if (!ok)
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot write the log back: %1").arg(detail));
    return ok;
}

} // namespace StoreSpace

} // namespace ow
