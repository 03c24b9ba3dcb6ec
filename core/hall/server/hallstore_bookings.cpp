// The hall store's bookings as the clerks see them (migration 0004): the engine writes the booking itself
// (code, day, slot, state) in HallStore::commit; the person who booked is written here, in the same
// transaction, and read back only by the bookings routes (supervisors and windows).
#include "core/hall/server/hallstore.h"
#include "core/storage/sqlsupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

const QString BookingColumns = u"SELECT data, name, phone, state, created_at FROM bookings"_s;

QJsonObject bookingRow(const QSqlQuery &q)
{
    QJsonObject o = sql::toJsonObject(q.value(0));
    o.insert(u"name"_s, q.value(1).toString());
    o.insert(u"phone"_s, q.value(2).toString());
    o.insert(u"state"_s, q.value(3).toString());
    o.insert(u"createdAt"_s, q.value(4).toString());
    o.remove(u"cancelled"_s); // "state" says it
    return o;
}

} // namespace

bool HallStore::bookingCodeUsed(const QString &code, bool *used, QString *error)
{
    QSqlQuery q(m_db.db());
    if (!sql::run(q, u"SELECT count(*) FROM bookings WHERE code = ?"_s, {code}, error) || !q.next())
        return false;
    *used = q.value(0).toInt() > 0;
    return true;
}

bool HallStore::writeBookingContact(const QString &code, const QString &name, const QString &phone, const QDateTime &createdAt,
                                    QString *error)
{
    QSqlQuery q(m_db.db());
    return sql::run(q, u"UPDATE bookings SET name = ?, phone = ?, created_at = ? WHERE code = ?"_s,
                    {name, phone, sql::fromDateTime(createdAt), code}, error);
}

QList<QJsonObject> HallStore::findBookings(const QDate &day, const QDate &today, const QString &text, int limit, QString *error)
{
    QList<QJsonObject> list;
    QSqlQuery q(m_db.db());
    // instr() rather than LIKE: what the clerk typed is matched as it is, '%' and '_' included.
    const QString sqlText = BookingColumns + (day.isValid() ? u" WHERE day = ?"_s : u" WHERE day >= ?"_s)
                            + u" AND (? = '' OR instr(code, ?) > 0 OR instr(phone, ?) > 0 OR instr(name, ?) > 0)"
                              u" ORDER BY day, json_extract(data, '$.slotStart'), code LIMIT ?"_s;
    if (!sql::run(q, sqlText, {sql::fromDate(day.isValid() ? day : today), text, text.toUpper(), text, text, limit}, error))
        return list;
    while (q.next())
        list.append(bookingRow(q));
    return list;
}

QJsonObject HallStore::storedBooking(const QString &code, QString *error)
{
    QSqlQuery q(m_db.db());
    if (!sql::run(q, BookingColumns + u" WHERE code = ?"_s, {code}, error) || !q.next())
        return {};
    return bookingRow(q);
}

int HallStore::forgetBookingContacts(const QDate &before, QString *error)
{
    QSqlQuery q(m_db.db());
    if (!sql::run(q, u"UPDATE bookings SET name = '', phone = '' WHERE day < ? AND (name <> '' OR phone <> '')"_s,
                  {sql::fromDate(before)}, error))
        return -1;
    return q.numRowsAffected();
}

} // namespace ow
