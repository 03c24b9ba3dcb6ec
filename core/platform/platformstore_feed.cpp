// PlatformStore, second half: the status feed, moving cases along, ratings, and what tests read back.
#include "core/domain/ratingreasons.h"
#include "core/json/jsonreader.h"
#include "core/platform/platformlog.h"
#include "core/platform/platformstore.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

int rank(const QString &status)
{
    const QStringList order{PlatformStatus::accepted(), PlatformStatus::inProgress(), PlatformStatus::completed(),
                            PlatformStatus::delivered(), PlatformStatus::handedOver()};
    return int(order.indexOf(status));
}

PlatformResult databaseProblem(const QString &what, const QString &error)
{
    qCWarning(lcPlatform).noquote() << what << "failed:" << error;
    return PlatformProblem::make(500, PlatformProblem::ServerError, PlatformText::tr("The platform's database failed."));
}

} // namespace

PlatformResult PlatformStore::changes(const QString &device, const QString &since, int limit)
{
    bool ok = true;
    const qint64 after = since.isEmpty() ? 0 : since.toLongLong(&ok);
    if (!ok || after < 0)
        return PlatformProblem::make(400, PlatformProblem::BadRequest,
                                     PlatformText::tr("The cursor \"%1\" is not one this platform gave.").arg(since));
    limit = std::clamp(limit, 1, 1000);
    QSqlQuery q(m_database.db());
    QString error;
    if (!sql::run(
            q,
            u"SELECT s.seq, s.case_id, s.status, s.department, s.at, c.official_number FROM status_changes s"
            u" JOIN cases c ON c.id = s.case_id AND c.device = s.device WHERE s.device = ? AND s.seq > ? ORDER BY s.seq LIMIT ?"_s,
            {device, after, limit + 1 /* one more than asked tells whether there is more */}, &error))
        return databaseProblem(u"changes"_s, error);
    QJsonArray list;
    qint64 last = after;
    bool more = false;
    while (q.next()) {
        if (list.size() == limit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        list.append(QJsonObject{{u"cursor"_s, QString::number(last)},
                                {u"caseId"_s, q.value(1).toString()},
                                {u"status"_s, q.value(2).toString()},
                                {u"department"_s, q.value(3).toString()},
                                {u"at"_s, q.value(4).toString()},
                                {u"officialNumber"_s, q.value(5).toString()}});
    }
    return {200, QJsonObject{{u"changes"_s, list}, {u"nextCursor"_s, QString::number(last)}, {u"hasMore"_s, more}}};
}

PlatformResult PlatformStore::advance(const QString &caseId, const QString &target, const QString &department)
{
    PlatformResult result;
    QString error;
    const bool ok = m_database.transaction(
        [&] {
            QSqlQuery q(m_database.db());
            if (!sql::run(q, u"SELECT status, hall_status, department, device, official_number FROM cases WHERE id = ?"_s,
                          {caseId}, &error))
                return false;
            if (!q.next()) {
                result = PlatformProblem::make(404, PlatformProblem::NotFound,
                                               PlatformText::tr("The platform has no case %1.").arg(caseId));
                return true;
            }
            const QString status = q.value(0).toString();
            const QString hallStatus = q.value(1).toString();
            const QString held = q.value(2).toString();
            const QString device = q.value(3).toString();
            const QString number = q.value(4).toString();
            q.finish();
            const QString to = target.isEmpty() ? PlatformStatus::next(status) : target;
            if (status == PlatformStatus::notApplicable()) {
                result =
                    PlatformProblem::make(409, PlatformProblem::CannotAdvance,
                                          PlatformText::tr("A one-time notice or a case not accepted is not handled further."));
                return true;
            }
            if (hallStatus == u"awaiting_supplement"_s) {
                result = PlatformProblem::make(409, PlatformProblem::CannotAdvance,
                                               PlatformText::tr("The case waits for the applicant's missing materials (容缺)."));
                return true;
            }
            if (rank(to) <= rank(status)) {
                result = PlatformProblem::make(409, PlatformProblem::CannotAdvance,
                                               PlatformText::tr("The case is %1 and cannot move to \"%2\".").arg(status, to));
                return true;
            }
            QString dept = department;
            if (dept.isEmpty())
                dept = to == PlatformStatus::delivered() ? PlatformText::tr("Unified pick-up window") : held;
            if (!sql::run(q, u"UPDATE cases SET status = ?, department = ?, updated_at = ? WHERE id = ?"_s,
                          {to, dept, sql::nowUtc(), caseId}, &error)
                || !recordChange(caseId, device, to, dept, &error))
                return false;
            result = {200, QJsonObject{{u"caseId"_s, caseId},
                                       {u"status"_s, to},
                                       {u"department"_s, dept},
                                       {u"officialNumber"_s, number},
                                       {u"at"_s, sql::nowUtc()}}};
            return true;
        },
        &error);
    return ok ? result : databaseProblem(u"advance"_s, error);
}

int PlatformStore::advanceSome(int max)
{
    const QStringList ids = sql::rows(
        m_database.db(), u"SELECT id FROM cases WHERE status IN (?, ?, ?) AND hall_status <> ? ORDER BY updated_at LIMIT ?"_s,
        {PlatformStatus::accepted(), PlatformStatus::inProgress(), PlatformStatus::completed(), u"awaiting_supplement"_s, max},
        [](const QSqlQuery &q) { return q.value(0).toString(); });
    int moved = 0;
    for (const QString &id : ids)
        moved += advance(id, {}, {}).status == 200 ? 1 : 0;
    return moved;
}

PlatformResult PlatformStore::addEvaluation(const QByteArray &body, const QString &device)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object();
    JsonReader r(e);
    const QString id = r.string(u"id", {.need = Need::Required, .maxLength = 64});
    const QString caseId = r.string(u"caseId", {.need = Need::Required, .maxLength = 256});
    const int score = r.integer(u"score", {.need = Need::Required, .min = 1, .max = 5});
    const QDateTime ratedAt = r.dateTime(u"ratedAt", Need::Required);
    r.string(u"comment", {.maxLength = 500});
    const QString channel = r.string(u"channel", {.maxLength = 16});
    const QStringList reasons = r.strings(u"reasons", {.maxItems = 16}, {.need = Need::Required, .maxLength = 32});
    if (!r.ok() || QUuid::fromString(id).isNull()
        || !QStringList{QString(), u"window"_s, u"kiosk"_s, u"online"_s}.contains(channel))
        return PlatformProblem::make(
            400, PlatformProblem::BadRequest,
            PlatformText::tr("A rating needs a UUID id, a case id, a score from 1 to 5 and the time it was given."));
    if (!checkRatingReasons(score, reasons, nullptr))
        return PlatformProblem::make(400, PlatformProblem::BadRequest,
                                     PlatformText::tr("A rating's reasons are keys of the rating list, for a score of 1 or 2."));
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(e).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
    PlatformResult result;
    QString error;
    const bool ok = m_database.transaction(
        [&] {
            QSqlQuery q(m_database.db());
            if (!sql::run(
                    q, u"SELECT (SELECT device FROM cases WHERE id = ?), (SELECT content_hash FROM evaluations WHERE id = ?)"_s,
                    {caseId, id}, &error)
                || !q.next())
                return false;
            const QVariant owner = q.value(0);
            const QVariant held = q.value(1);
            q.finish();
            // Only the device that created the case rates it; to any other the case is not there (putOne).
            if (!owner.isNull() && owner.toString() != device) {
                result = notThisDevicesCase(caseId);
                return true;
            }
            const bool caseKnown = !owner.isNull();
            if (!held.isNull()) {
                result = held.toString() == hash
                             ? PlatformResult{200, QJsonObject{{u"id"_s, id}, {u"outcome"_s, u"unchanged"_s}}}
                             : PlatformProblem::make(
                                 409, PlatformProblem::EvaluationConflict,
                                 PlatformText::tr("Rating %1 was delivered before with different content.").arg(id));
                return true;
            }
            if (!caseKnown) {
                result = PlatformProblem::make(404, PlatformProblem::NotFound,
                                               PlatformText::tr("The platform has no case %1.").arg(caseId));
                return true;
            }
            if (!sql::run(q,
                          u"INSERT INTO evaluations (id, case_id, score, comment, channel, rated_at, content_hash, device,"
                          u" received_at, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {id, caseId, score, e.value(u"comment"_s).toString(), channel, sql::fromDateTime(ratedAt), hash, device,
                           sql::nowUtc(), reasons.join(u',')},
                          &error))
                return false;
            result = {201, QJsonObject{{u"id"_s, id}, {u"outcome"_s, u"created"_s}}};
            return true;
        },
        &error);
    return ok ? result : databaseProblem(u"evaluation"_s, error);
}

QList<PlatformCaseRecord> PlatformStore::select(const QString &sqlText, const QVariantList &values) const
{
    return sql::rows(m_database.db(), sqlText, values, [](const QSqlQuery &q) {
        return PlatformCaseRecord{q.value(0).toString(), q.value(1).toInt(),    q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toInt()};
    });
}

std::optional<PlatformCaseRecord> PlatformStore::record(const QString &caseId) const
{
    const QList<PlatformCaseRecord> found = select(u"SELECT id, revision, official_number, case_number, status, department,"
                                                   u" device, deliveries FROM cases WHERE id = ?"_s,
                                                   {caseId});
    return found.isEmpty() ? std::nullopt : std::optional<PlatformCaseRecord>(found.first());
}

QList<PlatformCaseRecord> PlatformStore::records() const
{
    return select(u"SELECT id, revision, official_number, case_number, status, department, device, deliveries"
                  u" FROM cases ORDER BY created_at, id"_s,
                  {});
}

namespace {

int scalarInt(const QSqlDatabase &db, const QString &sqlText)
{
    QSqlQuery q(db);
    return sql::run(q, sqlText, nullptr) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

int PlatformStore::caseCount() const
{
    return scalarInt(m_database.db(), u"SELECT count(*) FROM cases"_s);
}
int PlatformStore::evaluationCount() const
{
    return scalarInt(m_database.db(), u"SELECT count(*) FROM evaluations"_s);
}
int PlatformStore::numbersIssued() const
{
    return scalarInt(m_database.db(), u"SELECT coalesce(sum(last_seq), 0) FROM number_sequences"_s);
}

} // namespace ow
