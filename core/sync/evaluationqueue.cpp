#include "core/sync/evaluationqueue.h"

#include "core/domain/ratingreasons.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ow {

EvaluationQueue::EvaluationQueue(Database &database)
    : m_database(database)
{}

std::optional<QString> EvaluationQueue::add(const QString &caseId, int score, const QString &comment, const QString &channel,
                                            QString *error)
{
    if (score < 1 || score > 5) {
        sql::setError(error, QCoreApplication::translate("ow::Sync", "A rating is from 1 to 5, not %1.").arg(score));
        return std::nullopt;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_database.db());
    QString detail;
    if (!sql::prepare(q, u"INSERT INTO evaluations (id, case_id, score, comment, channel, rated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                      &detail)) {
        sql::setError(error, detail);
        return std::nullopt;
    }
    for (const QVariant &v : QVariantList{id, caseId, score, comment.left(500), channel, sql::nowUtc()})
        q.addBindValue(v);
    if (!sql::exec(q, &detail)) {
        sql::setError(error, QCoreApplication::translate("ow::Sync", "The rating was not saved: %1").arg(detail));
        return std::nullopt;
    }
    return id;
}

QString EvaluationQueue::hallRatingId(const QString &ticketId, const QString &caseNumber)
{
    // A name-based UUID (version 5): the same ticket and case give the same id on every machine and every read.
    static const QUuid Namespace(u"6c1f5d2e-8b0a-4f43-9e57-2a4d9c3b7e10"_s);
    return QUuid::createUuidV5(Namespace, QString(ticketId + u'/' + caseNumber)).toString(QUuid::WithoutBraces);
}

bool EvaluationQueue::addFromHall(const HallRating &rating, bool *added, QString *error)
{
    *added = false;
    if (rating.score < 1 || rating.score > 5 || rating.ticketId.isEmpty() || rating.caseNumber.isEmpty()
        || !checkRatingReasons(rating.score, rating.reasons, nullptr))
        return true; // not a rating the platform would take: nothing to keep
    QSqlQuery q(m_database.db());
    // Only a case of this database has a row in cases; the id makes a second read change nothing.
    const bool ok =
        sql::run(q,
                 u"INSERT INTO evaluations (id, case_id, score, comment, channel, rated_at, reasons, ticket_id)"
                 u" SELECT ?, id, ?, ?, 'window', ?, ?, ? FROM cases WHERE case_number = ? ON CONFLICT (id) DO NOTHING"_s,
                 {hallRatingId(rating.ticketId, rating.caseNumber), rating.score, rating.comment.left(500),
                  sql::fromDateTime(rating.ratedAt.isValid() ? rating.ratedAt : QDateTime::currentDateTimeUtc()),
                  rating.reasons.join(u','), rating.ticketId, rating.caseNumber},
                 error);
    *added = ok && q.numRowsAffected() == 1;
    return ok;
}

QList<QueuedRating> EvaluationQueue::due(int limit, const QDateTime &now) const
{
    // The platform answers 404 to a rating of a case it does not have yet, so wait for the case first
    // (delivered_at: written by the sync when the platform confirmed it, kept when retention removes the rows).
    return sql::rows(m_database.db(),
                     u"SELECT e.id, e.case_id, e.score, e.comment, e.channel, e.rated_at, e.attempts, e.reasons, e.ticket_id"
                     u" FROM evaluations e"
                     u" WHERE e.state = ? AND (e.next_attempt_at IS NULL OR e.next_attempt_at <= ?)"
                     u" AND EXISTS (SELECT 1 FROM cases c WHERE c.id = e.case_id AND c.delivered_at IS NOT NULL)"
                     u" ORDER BY e.rated_at LIMIT ?"_s,
                     {u"pending"_s, sql::fromDateTime(now), limit}, [](const QSqlQuery &q) {
                         const QString reasons = q.value(7).toString();
                         return QueuedRating{q.value(0).toString(), q.value(1).toString(),
                                             q.value(2).toInt(),    q.value(3).toString(),
                                             q.value(4).toString(), sql::toDateTime(q.value(5)),
                                             q.value(6).toInt(),    reasons.isEmpty() ? QStringList() : reasons.split(u','),
                                             q.value(8).toString()};
                     });
}

QByteArray EvaluationQueue::body(const QueuedRating &e)
{
    QJsonObject o{{u"id"_s, e.id},           {u"caseId"_s, e.caseId},
                  {u"score"_s, e.score},     {u"comment"_s, e.comment},
                  {u"channel"_s, e.channel}, {u"ratedAt"_s, e.ratedAt.toUTC().toString(Qt::ISODateWithMs)}};
    // Only when there are reasons: a rating saved before they existed is resent byte for byte (the
    // platform compares a resend's content with what it has).
    if (!e.reasons.isEmpty())
        o.insert(u"reasons"_s, QJsonArray::fromStringList(e.reasons));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool EvaluationQueue::update(const QString &sqlText, const QVariantList &values, QString *error)
{
    QSqlQuery q(m_database.db());
    if (!sql::run(q, sqlText, values, error))
        return false;
    if (q.numRowsAffected() != 1) {
        sql::setError(
            error,
            QCoreApplication::translate("ow::Sync", "The rating %1 is not in the expected state.").arg(values.last().toString()));
        return false;
    }
    return true;
}

bool EvaluationQueue::markSent(const QString &id, QString *error)
{
    return update(u"UPDATE evaluations SET state = 'sent', attempts = attempts + 1, last_error = '', sent_at = ?"
                  u" WHERE state = 'pending' AND id = ?"_s,
                  {sql::nowUtc(), id}, error);
}

bool EvaluationQueue::scheduleRetry(const QString &id, const QDateTime &nextAt, const QString &reason, QString *error)
{
    return update(u"UPDATE evaluations SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                  u" WHERE state = 'pending' AND id = ?"_s,
                  {sql::fromDateTime(nextAt), reason, id}, error);
}

bool EvaluationQueue::markParked(const QString &id, const QString &reason, QString *error)
{
    return update(u"UPDATE evaluations SET state = 'parked', attempts = attempts + 1, last_error = ?"
                  u" WHERE state = 'pending' AND id = ?"_s,
                  {reason, id}, error);
}

bool EvaluationQueue::unpark(const QString &id, QString *error)
{
    return update(u"UPDATE evaluations SET state = 'pending', attempts = 0, next_attempt_at = NULL"
                  u" WHERE state = 'parked' AND id = ?"_s,
                  {id}, error);
}

namespace {

int countIn(const QSqlDatabase &db, const QString &state)
{
    return sql::scalar(db, u"SELECT count(*) FROM evaluations WHERE state = ?"_s, {state}).toInt();
}

} // namespace

int EvaluationQueue::pendingCount() const
{
    return countIn(m_database.db(), u"pending"_s);
}
int EvaluationQueue::parkedCount() const
{
    return countIn(m_database.db(), u"parked"_s);
}

QString EvaluationQueue::state(const QString &id) const
{
    return sql::scalar(m_database.db(), u"SELECT state FROM evaluations WHERE id = ?"_s, {id}).toString();
}

} // namespace ow
