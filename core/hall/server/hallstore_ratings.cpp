// The hall store's bad ratings and their follow-ups (migration 0003): call-backs (回访) and
// rectifications (整改) recorded by a supervisor. The route checks what may be recorded; these only read
// and write, every value bound.
#include "core/hall/server/hallstore.h"
#include "core/storage/sqlsupport.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QJsonObject followUpJson(const QString &kind, const QString &note, const QString &at, const QString &actor)
{
    return {{u"kind"_s, kind}, {u"note"_s, note}, {u"at"_s, at}, {u"actor"_s, actor}};
}

} // namespace

QList<QJsonObject> HallStore::badRatings(const QDate &from, const QDate &to, RatingCounts *counts, QString *error)
{
    QList<QJsonObject> list;
    QSqlQuery q(m_db.db());
    const QVariantList days{sql::fromDate(from), sql::fromDate(to)};
    if (!sql::run(q, u"SELECT count(*), coalesce(sum(rating >= 4), 0) FROM tickets WHERE day >= ? AND day <= ? AND rating > 0"_s,
                  days, error)
        || !q.next())
        return list;
    counts->rated = q.value(0).toInt();
    counts->satisfied = q.value(1).toInt();
    // One statement: the bad ratings with their follow-ups in the order recorded (a LEFT JOIN keeps those
    // with none), grouped here by ticket.
    if (!sql::run(q,
                  u"SELECT t.id, t.data, f.kind, f.note, f.recorded_at, f.actor FROM tickets t"
                  u" LEFT JOIN rating_follow_ups f ON f.ticket_id = t.id"
                  u" WHERE t.day >= ? AND t.day <= ? AND t.rating BETWEEN 1 AND 2"
                  u" ORDER BY t.day, t.issued_at, t.id, f.id"_s,
                  days, error))
        return list;
    QString current;
    QJsonArray followUps;
    QJsonObject ticket;
    const auto flush = [&] {
        if (!current.isEmpty())
            list.append(QJsonObject{{u"ticket"_s, ticket}, {u"followUps"_s, followUps}});
    };
    while (q.next()) {
        if (q.value(0).toString() != current) {
            flush();
            current = q.value(0).toString();
            ticket = sql::toJsonObject(q.value(1));
            followUps = {};
        }
        if (!q.value(2).isNull())
            followUps.append(
                followUpJson(q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()));
    }
    flush();
    return list;
}

QJsonObject HallStore::storedTicket(const QString &ticketId, QString *error)
{
    QSqlQuery q(m_db.db());
    if (!sql::run(q, u"SELECT data FROM tickets WHERE id = ?"_s, {ticketId}, error) || !q.next())
        return {};
    return sql::toJsonObject(q.value(0));
}

int HallStore::followUpCount(const QString &ticketId, QString *error)
{
    QSqlQuery q(m_db.db());
    if (!sql::run(q, u"SELECT count(*) FROM rating_follow_ups WHERE ticket_id = ?"_s, {ticketId}, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QJsonObject HallStore::addFollowUp(const QString &ticketId, const QString &kind, const QString &note, const QString &actor,
                                   const QDateTime &at, QString *error)
{
    const QString when = sql::fromDateTime(at).toString();
    const bool ok = m_db.transaction(
        [&] {
            QSqlQuery q(m_db.db());
            return sql::run(q,
                            u"INSERT INTO rating_follow_ups (ticket_id, kind, note, recorded_at, actor) VALUES (?, ?, ?, ?, ?)"_s,
                            {ticketId, kind, note, when, actor}, error);
        },
        error);
    return ok ? followUpJson(kind, note, when, actor) : QJsonObject();
}

} // namespace ow
