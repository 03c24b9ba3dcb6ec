#include "core/hall/server/hallstore.h"

#include "core/hall/protocol/halltext.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// A queue event's message as it was stored.
QJsonObject payloadOf(const QSqlQuery &q)
{
    return sql::toJsonObject(q.value(0));
}

} // namespace

QList<Migration> HallStore::migrations(QString *error)
{
    return Migrations::fromResources(u":/onewindow/hall/migrations"_s, error);
}

bool HallStore::open(const QString &path, QString *error)
{
    const QList<Migration> list = migrations(error);
    if (list.isEmpty())
        return false;
    return m_db.open(path, list, error);
}

bool HallStore::load(QueueState *state, QString *error)
{
    QueueState s;
    QSqlQuery q(m_db.db());
    if (!sql::run(q, u"SELECT state FROM hall_meta WHERE id = 1"_s, error))
        return false;
    if (!q.next()) {
        *state = s; // a new hall
        return true;
    }
    s.metaFromJson(sql::toJsonObject(q.value(0)));
    q.finish();

    if (!sql::run(q, u"SELECT coalesce(max(seq), 0) FROM queue_events"_s, error) || !q.next())
        return false;
    if (q.value(0).toLongLong() != s.lastSeq) {
        sql::setError(error, HallText::tr("The hall database is inconsistent: the state says event %1, the log ends at %2.")
                                 .arg(s.lastSeq)
                                 .arg(q.value(0).toLongLong()));
        return false;
    }
    q.finish();

    if (!sql::run(q, u"SELECT data FROM tickets WHERE day = ?"_s, {sql::fromDate(s.day)}, error))
        return false;
    while (q.next()) {
        const Ticket t = Ticket::fromJson(sql::toJsonObject(q.value(0)));
        if (t.id.isEmpty()) { // not written by this program: never let it into the queue
            qCWarning(lcStorage) << "ignoring a ticket row without a record";
            continue;
        }
        s.tickets.insert(t.id, t);
    }
    if (!sql::run(q, u"SELECT data FROM windows"_s, error))
        return false;
    while (q.next()) {
        const WindowState w = WindowState::fromJson(sql::toJsonObject(q.value(0)));
        s.windows.insert(w.id, w);
    }
    if (!sql::run(q, u"SELECT data FROM bookings WHERE day >= ?"_s, {s.day.isValid() ? sql::fromDate(s.day) : QVariant(u""_s)},
                  error))
        return false;
    while (q.next()) {
        const Booking b = Booking::fromJson(sql::toJsonObject(q.value(0)));
        s.bookings.insert(b.code, b);
    }
    *state = s;
    return true;
}

bool HallStore::commit(const QueueResult &result, const QueueState &state, const QList<QJsonObject> &messages, QString *error,
                       const std::function<bool(QString *error)> &alsoWrite)
{
    QString detail;
    const bool ok = m_db.transaction(
        [&] {
            for (qsizetype i = 0; i < result.events.size(); ++i) {
                if (!writeEvent(result.events.at(i), messages.value(i, result.events.at(i).toJson()), &detail))
                    return false;
                if (result.events.at(i).type == QueueEventType::TicketCasesLinked
                    && !writeCaseLinks(result.events.at(i), &detail))
                    return false;
            }
            for (const Ticket &t : result.tickets) {
                if (!writeTicket(t, &detail))
                    return false;
            }
            for (const WindowState &w : result.windows) {
                if (!writeWindow(w, &detail))
                    return false;
            }
            for (const Booking &b : result.bookings) {
                if (!writeBooking(b, &detail))
                    return false;
            }
            if (alsoWrite && !alsoWrite(&detail))
                return false;
            return writeMeta(state, &detail);
        },
        &detail);
    if (!ok)
        sql::setError(error, detail);
    return ok;
}

bool HallStore::writeEvent(const QueueEvent &e, const QJsonObject &message, QString *error)
{
    QSqlQuery q(m_db.db());
    return sql::run(q,
                    u"INSERT INTO queue_events (seq, day, type, at, actor, ticket_id, window_id, payload) "
                    u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {e.seq, sql::fromDate(e.day), queueEventTypeName(e.type), sql::fromDateTime(e.at), e.actor,
                     sql::nullIfEmpty(e.ticketId), sql::nullIfEmpty(e.windowId), compact(message)},
                    error);
}

bool HallStore::writeTicket(const Ticket &t, QString *error)
{
    QSqlQuery q(m_db.db());
    return sql::run(q,
                    u"INSERT INTO tickets (id, day, code, service, state, priority, window_id, issued_at, "
                    u"called_at, completed_at, rating, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    u"ON CONFLICT (id) DO UPDATE SET service = excluded.service, state = excluded.state, "
                    u"priority = excluded.priority, window_id = excluded.window_id, called_at = excluded.called_at, "
                    u"completed_at = excluded.completed_at, rating = excluded.rating, data = excluded.data"_s,
                    {t.id, sql::fromDate(t.day), t.code, t.service, ticketStateName(t.state), t.priority, t.windowId,
                     sql::fromDateTime(t.issuedAt), sql::fromDateTime(t.calledAt), sql::fromDateTime(t.completedAt), t.rating,
                     compact(t.toJson())},
                    error);
}

bool HallStore::writeWindow(const WindowState &w, QString *error)
{
    QSqlQuery q(m_db.db());
    return sql::run(q,
                    u"INSERT INTO windows (id, paused, current_ticket, data) VALUES (?, ?, ?, ?) "
                    u"ON CONFLICT (id) DO UPDATE SET paused = excluded.paused, "
                    u"current_ticket = excluded.current_ticket, data = excluded.data"_s,
                    {w.id, w.paused ? 1 : 0, w.currentTicket, compact(w.toJson())}, error);
}

bool HallStore::writeBooking(const Booking &b, QString *error)
{
    QSqlQuery q(m_db.db());
    return sql::run(q,
                    u"INSERT INTO bookings (code, day, service, ticket_id, data, state) VALUES (?, ?, ?, ?, ?, ?) "
                    u"ON CONFLICT (code) DO UPDATE SET day = excluded.day, ticket_id = excluded.ticket_id, "
                    u"data = excluded.data, state = excluded.state"_s,
                    {b.code, sql::fromDate(b.day), b.service, b.ticketId, compact(b.toJson()),
                     b.cancelled ? u"cancelled"_s : (b.ticketId.isEmpty() ? u"active"_s : u"checked_in"_s)},
                    error);
}

bool HallStore::writeMeta(const QueueState &state, QString *error)
{
    QSqlQuery q(m_db.db());
    return sql::run(q,
                    u"INSERT INTO hall_meta (id, state, updated_at) VALUES (1, ?, ?) "
                    u"ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at"_s,
                    {compact(state.metaToJson()), sql::nowUtc()}, error);
}

QList<QJsonObject> HallStore::messagesSince(qint64 since, int limit, const QStringList &types, QString *error)
{
    // The types travel as one bound JSON array, so the statement is one text whatever their number.
    return sql::rows(m_db.db(),
                     u"SELECT payload FROM queue_events WHERE seq > ? "
                     u"AND (? = 0 OR type IN (SELECT value FROM json_each(?))) ORDER BY seq LIMIT ?"_s,
                     {since, types.size(), compact(QJsonArray::fromStringList(types)), limit}, payloadOf, error);
}

QList<QueueEvent> HallStore::eventsOfDay(const QDate &day, QString *error)
{
    QList<QueueEvent> list;
    QSqlQuery q(m_db.db());
    if (!sql::run(q, u"SELECT payload FROM queue_events WHERE day = ? ORDER BY seq"_s, {sql::fromDate(day)}, error))
        return list;
    while (q.next()) {
        if (const auto e = QueueEvent::fromJson(sql::toJsonObject(q.value(0))))
            list.append(*e);
    }
    return list;
}

QList<QJsonObject> HallStore::latestCalls(const QDate &day, int count, QString *error)
{
    return sql::rows(m_db.db(), u"SELECT payload FROM queue_events WHERE day = ? AND type IN (?, ?) ORDER BY seq DESC LIMIT ?"_s,
                     {sql::fromDate(day), queueEventTypeName(QueueEventType::TicketCalled),
                      queueEventTypeName(QueueEventType::TicketRecalled), count},
                     payloadOf, error);
}

} // namespace ow
