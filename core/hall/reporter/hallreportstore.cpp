#include "core/hall/reporter/hallreportstore.h"

#include "core/domain/case.h"
#include "core/storage/database.h"
#include "core/storage/outbox.h"
#include "core/storage/sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QString streamKey(HallReportStore::Stream stream)
{
    switch (stream) {
    case HallReportStore::Stream::Revisions: return u"revisions"_s;
    case HallReportStore::Stream::Synced: return u"synced"_s;
    case HallReportStore::Stream::Statuses: return u"statuses"_s;
    }
    return {};
}

QString wireDecision(const QString &key)
{
    Decision d;
    if (!decisionFromKey(key, &d))
        return {};
    switch (d) {
    case Decision::Accept: return QString(CaseSummary::Accepted);
    case Decision::AcceptWithDeficiency: return QString(CaseSummary::AcceptedDeficiency);
    case Decision::OneTimeNotice: return QString(CaseSummary::OneTimeNotice);
    case Decision::NotAccepted: return QString(CaseSummary::NotAccepted);
    }
    return {};
}

} // namespace

HallReportStore::HallReportStore(Database &database, const QString &hallWindowId, int windowNumber)
    : m_database(database),
      m_windowId(hallWindowId),
      m_windowNumber(windowNumber)
{}

QString HallReportStore::cursor(Stream stream, QString *error) const
{
    QSqlQuery q(m_database.db());
    if (!sql::run(q, u"SELECT position FROM hall_report_cursors WHERE stream = ?"_s, {streamKey(stream)}, error) || !q.next())
        return u"0"_s;
    return q.value(0).toString();
}

bool HallReportStore::setCursor(Stream stream, const QString &position, QString *error)
{
    QSqlQuery q(m_database.db());
    return sql::run(q,
                    u"INSERT INTO hall_report_cursors (stream, position, updated_at) VALUES (?, ?, ?) "
                    u"ON CONFLICT (stream) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at"_s,
                    {streamKey(stream), position, sql::nowUtc()}, error);
}

bool HallReportStore::next(Stream stream, int limit, Batch *out, QString *error)
{
    Batch batch;
    batch.stream = stream;
    QString detail;
    const QString position = cursor(stream, &detail);
    if (!detail.isEmpty()) {
        sql::setError(error, detail);
        return false;
    }
    QSqlQuery q(m_database.db());
    bool ok = false;
    if (stream == Stream::Revisions) {
        ok = sql::run(q,
                      u"SELECT o.id, o.case_id FROM outbox o JOIN cases c ON c.id = o.case_id "
                      u"WHERE o.id > ? AND c.window_no = ? ORDER BY o.id LIMIT ?"_s,
                      {position.toLongLong(), m_windowNumber, limit}, &detail);
    } else {
        // Synced and Statuses: the change sequence the sync and the status pulls append to (migration 0010).
        ok = sql::run(q,
                      u"SELECT ch.seq, ch.case_id FROM case_changes ch JOIN cases c ON c.id = ch.case_id "
                      u"WHERE ch.seq > ? AND ch.stream = ? AND c.window_no = ? ORDER BY ch.seq LIMIT ?"_s,
                      {position.toLongLong(), streamKey(stream), m_windowNumber, limit}, &detail);
    }
    if (!ok) {
        sql::setError(error, detail);
        return false;
    }
    QStringList cases;
    while (q.next()) {
        ++batch.rows;
        const QString caseId = q.value(1).toString();
        if (!cases.contains(caseId))
            cases.append(caseId);
        // Revisions: the outbox id; Synced and Statuses: the change's seq. Never a time (see the header).
        batch.endPosition = q.value(0).toString();
    }
    q.finish();
    for (const QString &caseId : std::as_const(cases)) {
        const std::optional<CaseSummary> s = summary(caseId, &detail);
        if (!detail.isEmpty()) {
            sql::setError(error, detail);
            return false;
        }
        if (s) {
            batch.summaries.append(*s);
            batch.caseRowIds.append(caseId);
        }
    }
    *out = batch;
    return true;
}

bool HallReportStore::confirm(const Batch &batch, QString *error)
{
    if (batch.rows == 0)
        return true;
    return setCursor(batch.stream, batch.endPosition, error);
}

bool HallReportStore::refuse(const Batch &batch, const QString &reason, QString *error)
{
    return m_database.transaction(
        [&] {
            QSqlQuery q(m_database.db());
            for (const QString &caseId : batch.caseRowIds) {
                if (!sql::run(q,
                              u"INSERT INTO hall_report_refusals (case_id, reason, refused_at) VALUES (?, ?, ?) "
                              u"ON CONFLICT (case_id) DO UPDATE SET reason = excluded.reason, refused_at = excluded.refused_at"_s,
                              {caseId, reason, sql::nowUtc()}, error))
                    return false;
            }
            return confirm(batch, error);
        },
        error);
}

int HallReportStore::refusedCount(QString *error) const
{
    QSqlQuery q(m_database.db());
    if (!sql::run(q, u"SELECT count(*) FROM hall_report_refusals"_s, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<CaseSummary> HallReportStore::summary(const QString &caseRowId, QString *error)
{
    QSqlQuery q(m_database.db());
    // The latest revision's outbox state says whether the platform has the case as it is now (no row left:
    // retention removed them, all delivered); delivered_at is the last confirmation; the 容缺
    // lines not yet received are what the applicant still owes; the lines a commitment replaced are counted
    // for the reform figures.
    if (!sql::run(q,
                  u"SELECT c.case_number, c.local_day, c.created_at, c.updated_at, c.decision, c.bundle_code, "
                  u"c.listed_count, c.collected_count, c.trips, c.promised_date, c.supplement_due, c.status, "
                  u"coalesce((SELECT o.state FROM outbox o WHERE o.case_id = c.id ORDER BY o.revision DESC LIMIT 1), ?), "
                  u"c.delivered_at, "
                  u"(SELECT count(*) FROM case_materials m WHERE m.case_key = c.case_key"
                  u" AND m.status = (SELECT id FROM line_statuses WHERE key = ?) AND m.received = 0), "
                  u"(SELECT count(*) FROM case_materials m WHERE m.case_key = c.case_key"
                  u" AND m.status = (SELECT id FROM line_statuses WHERE key = ?)), "
                  u"c.delivery_method, coalesce((SELECT p.changed_at FROM case_progress p WHERE p.case_id = c.id), c.updated_at) "
                  u"FROM cases c WHERE c.id = ?"_s,
                  {outboxStateKey(OutboxState::Sent), lineStatusKey(LineStatus::DeficiencyAllowed),
                   lineStatusKey(LineStatus::Commitment), caseRowId},
                  error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    CaseSummary s;
    s.caseId = q.value(0).toString();
    s.windowId = m_windowId;
    s.day = sql::toDate(q.value(1));
    s.decidedAt = sql::toDateTime(q.value(2));
    s.decision = wireDecision(q.value(4).toString());
    s.bundle = q.value(5).toString();
    s.materialsListed = q.value(6).toInt();
    s.materialsCollected = q.value(7).toInt();
    s.trips = std::max(1, q.value(8).toInt());
    const QDate promised = sql::toDate(q.value(9));
    const QDate supplementDue = sql::toDate(q.value(10));
    s.status = q.value(11).toString(); // the domain's key is the wire value (CaseSummary::status)
    s.synced = q.value(12).toString() == u"sent"_s;
    const QDateTime lastSent = sql::toDateTime(q.value(13));
    const QDateTime updated = sql::toDateTime(q.value(3));
    s.updatedAt = lastSent.isValid() && lastSent > updated ? lastSent : updated;
    const bool deficiency = s.decision == CaseSummary::AcceptedDeficiency;
    s.supplementsOutstanding = deficiency ? q.value(14).toInt() : 0;
    s.materialsByCommitment = q.value(15).toInt();
    s.delivery = q.value(16).toString(); // the domain's key is the wire value (CaseSummary::delivery)
    // Ready since the platform said so, as the pick-up list counts it (HandoverRepository::readyForPickup).
    if (s.status == CaseSummary::ReadyForPickup)
        s.readyDate = sql::toDateTime(q.value(17)).toLocalTime().date();
    q.finish();

    if (!sql::run(q,
                  u"SELECT v.code, v.version, v.name, v.department, v.snapshot FROM cases c "
                  u"JOIN case_matters cm ON cm.case_key = c.case_key "
                  u"JOIN matter_versions v ON v.code = cm.matter_code AND v.version = cm.matter_version "
                  u"WHERE c.id = ? ORDER BY cm.position"_s,
                  {caseRowId}, error))
        return std::nullopt;
    bool allInstant = true;
    while (q.next()) {
        s.matters.append({q.value(0).toString(), q.value(2).toString(), q.value(3).toString()});
        allInstant = isInstant(q.value(0).toString(), q.value(1).toInt(), q.value(4).toString()) && allInstant;
    }
    // 即办件: decided on the spot, so nothing is promised for later; a decision that takes nothing in
    // promises nothing either.
    s.instant = s.takesCaseIn() && !s.matters.isEmpty() && allInstant;
    s.promisedDate = s.takesCaseIn() && !s.instant ? promised : QDate();
    s.supplementDueDate = deficiency ? supplementDue : QDate();
    if (s.caseId.isEmpty() || s.decision.isEmpty() || !s.day.isValid() || !s.decidedAt.isValid()) {
        qCWarning(lcStorage) << "case" << caseRowId << "cannot be summarised for the hall";
        return std::nullopt;
    }
    return s;
}

bool HallReportStore::isInstant(const QString &code, int version, const QString &snapshot)
{
    const QString key = code + u'/' + QString::number(version);
    const auto it = m_instant.constFind(key);
    if (it != m_instant.constEnd())
        return *it;
    // The pinned version's snapshot (MatterJson): promisedLimitDays 0 or the "instant" tag (Matter::isInstant).
    const QJsonObject o = QJsonDocument::fromJson(snapshot.toUtf8()).object();
    const bool instant =
        o.value(u"promisedLimitDays"_s).toInt(-1) == 0 || o.value(u"tags"_s).toArray().contains(QJsonValue(u"instant"_s));
    m_instant.insert(key, instant);
    return instant;
}

} // namespace ow
