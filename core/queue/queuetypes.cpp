#include "core/queue/queuetypes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dayValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDate dayFrom(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

template <typename T>
QJsonObject sortedObject(const QHash<QString, T> &hash)
{
    QJsonObject o; // QJsonObject keeps its keys sorted, so the order of the hash does not matter
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        o.insert(it.key(), it.value().toJson());
    return o;
}

} // namespace

QDateTime queueTimeFrom(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QString ticketStateName(TicketState state)
{
    switch (state) {
    case TicketState::Waiting: return u"waiting"_s;
    case TicketState::Called: return u"called"_s;
    case TicketState::Completed: return u"completed"_s;
    case TicketState::NoShow: return u"no_show"_s;
    case TicketState::Expired: return u"expired"_s;
    }
    return {};
}

std::optional<TicketState> ticketStateFromName(const QString &name)
{
    for (TicketState s :
         {TicketState::Waiting, TicketState::Called, TicketState::Completed, TicketState::NoShow, TicketState::Expired}) {
        if (ticketStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString ticketClassName(TicketClass cls)
{
    switch (cls) {
    case TicketClass::Normal: return u"normal"_s;
    case TicketClass::Priority: return u"priority"_s;
    case TicketClass::Appointment: return u"appointment"_s;
    }
    return {};
}

QStringList ticketOutcomes()
{
    return {u"accepted"_s, u"accepted_deficiency"_s, u"one_time_notice"_s, u"not_accepted"_s, u"consulted"_s, u"collected"_s,
            u"other"_s};
}

QJsonObject Ticket::toJson() const
{
    QJsonObject o{
        {u"id"_s, id},
        {u"code"_s, code},
        {u"number"_s, number},
        {u"day"_s, dayValue(day)},
        {u"service"_s, service},
        {u"issuedService"_s, issuedService},
        {u"state"_s, ticketStateName(state)},
        {u"priority"_s, priority},
        {u"transferPriority"_s, transferPriority},
        {u"transferNote"_s, transferNote},
        {u"windowId"_s, windowId},
        {u"assignedWindow"_s, assignedWindow},
        {u"issuedAt"_s, timeValue(issuedAt)},
        {u"enqueuedAt"_s, timeValue(enqueuedAt)},
        {u"calledAt"_s, timeValue(calledAt)},
        {u"completedAt"_s, timeValue(completedAt)},
        {u"order"_s, order},
        {u"recalls"_s, recalls},
        {u"noShows"_s, noShows},
        {u"holdUntilCalls"_s, holdUntilCalls},
        {u"waitCounted"_s, waitCounted},
        {u"outcome"_s, outcome},
        {u"rating"_s, rating},
        {u"ratingComment"_s, ratingComment},
        {u"ratingReasons"_s, QJsonArray::fromStringList(ratingReasons)},
        {u"ratedAt"_s, timeValue(ratedAt)},
        {u"caseIds"_s, QJsonArray::fromStringList(caseIds)},
    };
    if (appointment.isValid()) {
        o.insert(u"appointment"_s, QJsonObject{{u"bookingCode"_s, appointment.bookingCode},
                                               {u"slotStart"_s, timeValue(appointment.slotStart)},
                                               {u"slotEnd"_s, timeValue(appointment.slotEnd)}});
    } else {
        o.insert(u"appointment"_s, QJsonValue::Null);
    }
    return o;
}

Ticket Ticket::fromJson(const QJsonObject &o)
{
    Ticket t;
    t.id = o.value(u"id"_s).toString();
    t.code = o.value(u"code"_s).toString();
    t.number = o.value(u"number"_s).toInt();
    t.day = dayFrom(o.value(u"day"_s));
    t.service = o.value(u"service"_s).toString();
    t.issuedService = o.value(u"issuedService"_s).toString();
    t.state = ticketStateFromName(o.value(u"state"_s).toString()).value_or(TicketState::Waiting);
    t.priority = o.value(u"priority"_s).toString();
    t.transferPriority = o.value(u"transferPriority"_s).toBool();
    t.transferNote = o.value(u"transferNote"_s).toString(); // absent in records older than the note: none
    const QJsonObject a = o.value(u"appointment"_s).toObject();
    t.appointment = {a.value(u"bookingCode"_s).toString(), queueTimeFrom(a.value(u"slotStart"_s)),
                     queueTimeFrom(a.value(u"slotEnd"_s))};
    t.windowId = o.value(u"windowId"_s).toString();
    t.assignedWindow = o.value(u"assignedWindow"_s).toString();
    t.issuedAt = queueTimeFrom(o.value(u"issuedAt"_s));
    t.enqueuedAt = queueTimeFrom(o.value(u"enqueuedAt"_s));
    t.calledAt = queueTimeFrom(o.value(u"calledAt"_s));
    t.completedAt = queueTimeFrom(o.value(u"completedAt"_s));
    t.order = o.value(u"order"_s).toInteger();
    t.recalls = o.value(u"recalls"_s).toInt();
    t.noShows = o.value(u"noShows"_s).toInt();
    t.holdUntilCalls = o.value(u"holdUntilCalls"_s).toInt();
    t.waitCounted = o.value(u"waitCounted"_s).toBool();
    t.outcome = o.value(u"outcome"_s).toString();
    t.rating = o.value(u"rating"_s).toInt();
    t.ratingComment = o.value(u"ratingComment"_s).toString();
    t.ratedAt = queueTimeFrom(o.value(u"ratedAt"_s));
    for (const QJsonValue &v : o.value(u"ratingReasons"_s).toArray())
        t.ratingReasons.append(v.toString());
    for (const QJsonValue &v : o.value(u"caseIds"_s).toArray())
        t.caseIds.append(v.toString());
    return t;
}

QJsonObject WindowState::toJson() const
{
    return {{u"id"_s, id},
            {u"paused"_s, paused},
            {u"pauseReason"_s, pauseReason},
            {u"pausedAt"_s, timeValue(pausedAt)},
            {u"currentTicket"_s, currentTicket},
            {u"priorityStreak"_s, priorityStreak},
            {u"services"_s, services.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(windowServicesJson(services))}};
}

WindowState WindowState::fromJson(const QJsonObject &o)
{
    WindowState w;
    w.id = o.value(u"id"_s).toString();
    w.paused = o.value(u"paused"_s).toBool();
    w.pauseReason = o.value(u"pauseReason"_s).toString();
    w.pausedAt = queueTimeFrom(o.value(u"pausedAt"_s));
    w.currentTicket = o.value(u"currentTicket"_s).toString();
    w.priorityStreak = o.value(u"priorityStreak"_s).toInt();
    for (const QJsonValue &v : o.value(u"services"_s).toArray())
        w.services.append({v.toObject().value(u"service"_s).toString(), v.toObject().value(u"weight"_s).toInt(1)});
    return w;
}

QJsonObject Booking::toJson() const
{
    return {{u"code"_s, code},
            {u"service"_s, service},
            {u"slotStart"_s, timeValue(slotStart)},
            {u"slotEnd"_s, timeValue(slotEnd)},
            {u"day"_s, dayValue(day)},
            {u"ticketId"_s, ticketId},
            {u"cancelled"_s, cancelled}};
}

Booking Booking::fromJson(const QJsonObject &o)
{
    Booking b;
    b.code = o.value(u"code"_s).toString();
    b.service = o.value(u"service"_s).toString();
    b.slotStart = queueTimeFrom(o.value(u"slotStart"_s));
    b.slotEnd = queueTimeFrom(o.value(u"slotEnd"_s));
    b.day = dayFrom(o.value(u"day"_s));
    b.ticketId = o.value(u"ticketId"_s).toString();
    b.cancelled = o.value(u"cancelled"_s).toBool();
    return b;
}

QJsonObject QueueState::metaToJson() const
{
    QJsonObject counterObject;
    for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
        counterObject.insert(it.key(), QJsonObject{{u"lastNumber"_s, it->lastNumber}, {u"calls"_s, it->calls}});
    }
    return {{u"day"_s, dayValue(day)}, {u"lastSeq"_s, lastSeq}, {u"nextOrder"_s, nextOrder}, {u"counters"_s, counterObject}};
}

void QueueState::metaFromJson(const QJsonObject &o)
{
    day = dayFrom(o.value(u"day"_s));
    lastSeq = o.value(u"lastSeq"_s).toInteger();
    nextOrder = std::max<qint64>(1, o.value(u"nextOrder"_s).toInteger());
    counters.clear();
    const QJsonObject c = o.value(u"counters"_s).toObject();
    for (auto it = c.begin(); it != c.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        counters.insert(it.key(), {v.value(u"lastNumber"_s).toInt(), v.value(u"calls"_s).toInt()});
    }
}

QJsonObject QueueState::toJson() const
{
    QJsonObject o = metaToJson();
    o.insert(u"tickets"_s, sortedObject(tickets));
    o.insert(u"windows"_s, sortedObject(windows));
    o.insert(u"bookings"_s, sortedObject(bookings));
    return o;
}

} // namespace ow
