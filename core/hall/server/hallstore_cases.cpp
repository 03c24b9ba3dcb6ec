// The hall store's case summaries and ticket↔case links (migration 0002). The routes decide what is
// newer; these only read and write, every value bound.
#include "core/hall/server/hallstore.h"
#include "core/storage/sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

bool HallStore::summaryVersion(const QString &caseId, QString *windowId, QDateTime *updatedAt, QString *error)
{
    QSqlQuery q(m_db.db());
    if (!sql::run(q, u"SELECT window_id, updated_at FROM case_summaries WHERE case_id = ?"_s, {caseId}, error))
        return false;
    if (q.next()) {
        *windowId = q.value(0).toString();
        *updatedAt = sql::toDateTime(q.value(1));
    } else {
        windowId->clear();
        *updatedAt = {};
    }
    return true;
}

QString HallStore::ticketOfCase(const QString &caseId, QString *error)
{
    QSqlQuery q(m_db.db());
    if (!sql::run(q, u"SELECT ticket_id FROM ticket_cases WHERE case_id = ?"_s, {caseId}, error) || !q.next())
        return {};
    return q.value(0).toString();
}

bool HallStore::writeSummary(const CaseSummary &s, QString *error)
{
    QSqlQuery q(m_db.db());
    return sql::run(q,
                    u"INSERT INTO case_summaries (case_id, window_id, ticket_id, day, decided_at, updated_at, decision, data) "
                    u"VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET window_id = excluded.window_id, "
                    u"ticket_id = excluded.ticket_id, day = excluded.day, decided_at = excluded.decided_at, "
                    u"updated_at = excluded.updated_at, decision = excluded.decision, data = excluded.data"_s,
                    {s.caseId, s.windowId, s.ticketId, sql::fromDate(s.day), sql::fromDateTime(s.decidedAt),
                     sql::fromDateTime(s.updatedAt), s.decision,
                     QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact))},
                    error);
}

bool HallStore::writeCaseLinks(const QueueEvent &linked, QString *error)
{
    QSqlQuery q(m_db.db());
    for (const QJsonValue &v : linked.data.value(u"caseIds"_s).toArray()) {
        const QString caseId = v.toString();
        if (!sql::run(q, u"INSERT OR IGNORE INTO ticket_cases (case_id, ticket_id) VALUES (?, ?)"_s, {caseId, linked.ticketId},
                      error))
            return false;
        // A summary that arrived before its ticket link learns its ticket now.
        if (!sql::run(q, u"UPDATE case_summaries SET ticket_id = ? WHERE case_id = ? AND ticket_id = ''"_s,
                      {linked.ticketId, caseId}, error))
            return false;
    }
    return true;
}

QList<QJsonObject> HallStore::summaries(const QDate &from, const QDate &to, QString *error)
{
    QList<QJsonObject> list;
    QSqlQuery q(m_db.db());
    if (!sql::run(q,
                  u"SELECT data, ticket_id FROM case_summaries WHERE day >= ? AND day <= ? ORDER BY day, decided_at, case_id"_s,
                  {sql::fromDate(from), sql::fromDate(to)}, error))
        return list;
    while (q.next()) {
        QJsonObject o = sql::toJsonObject(q.value(0));
        o.insert(u"ticketId"_s, q.value(1).toString()); // the column: a later link fills it in
        list.append(o);
    }
    return list;
}

QList<QJsonObject> HallStore::tickets(const QDate &from, const QDate &to, QString *error)
{
    QList<QJsonObject> list;
    QSqlQuery q(m_db.db());
    if (!sql::run(q, u"SELECT data FROM tickets WHERE day >= ? AND day <= ? ORDER BY day, issued_at, id"_s,
                  {sql::fromDate(from), sql::fromDate(to)}, error))
        return list;
    while (q.next())
        list.append(sql::toJsonObject(q.value(0)));
    return list;
}

} // namespace ow
