#include "core/hall/protocol/hallmodels.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QDateTime timeOf(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

constexpr qsizetype LatestCalls = 10;

} // namespace

// Read on its own rather than through the engine's Ticket::fromJson (core/queue): a client must keep what
// a newer hall service sends, so a state it does not know stays as text (Ticket would make it "waiting")
// and the whole object is kept in json.
HallTicket HallTicket::fromJson(const QJsonObject &o)
{
    HallTicket t;
    t.id = o.value(u"id"_s).toString();
    t.code = o.value(u"code"_s).toString();
    t.number = o.value(u"number"_s).toInt();
    t.service = o.value(u"service"_s).toString();
    t.issuedService = o.value(u"issuedService"_s).toString();
    t.state = o.value(u"state"_s).toString();
    t.priority = o.value(u"priority"_s).toString();
    t.transferPriority = o.value(u"transferPriority"_s).toBool();
    const QJsonObject a = o.value(u"appointment"_s).toObject();
    t.bookingCode = a.value(u"bookingCode"_s).toString();
    t.slotStart = timeOf(a.value(u"slotStart"_s));
    t.windowId = o.value(u"windowId"_s).toString();
    t.assignedWindow = o.value(u"assignedWindow"_s).toString();
    t.issuedAt = timeOf(o.value(u"issuedAt"_s));
    t.calledAt = timeOf(o.value(u"calledAt"_s));
    t.completedAt = timeOf(o.value(u"completedAt"_s));
    t.order = o.value(u"order"_s).toInteger();
    t.recalls = o.value(u"recalls"_s).toInt();
    t.noShows = o.value(u"noShows"_s).toInt();
    t.outcome = o.value(u"outcome"_s).toString();
    t.rating = o.value(u"rating"_s).toInt();
    for (const QJsonValue &v : o.value(u"caseIds"_s).toArray())
        t.caseIds.append(v.toString());
    t.json = o;
    return t;
}

HallWindow HallWindow::fromJson(const QJsonObject &o)
{
    HallWindow w;
    w.id = o.value(u"id"_s).toString();
    w.name = o.value(u"name"_s).toString(w.id);
    for (const QJsonValue &v : o.value(u"services"_s).toArray())
        w.services.append({v.toObject().value(u"service"_s).toString(), v.toObject().value(u"weight"_s).toInt(1)});
    w.paused = o.value(u"paused"_s).toBool();
    w.pauseReason = o.value(u"pauseReason"_s).toString();
    w.currentTicketId = o.value(u"currentTicket"_s).toString();
    if (o.value(u"current"_s).isObject())
        w.current = HallTicket::fromJson(o.value(u"current"_s).toObject());
    w.comprehensive = o.value(u"comprehensive"_s).toBool();
    w.connected = o.value(u"connected"_s).toBool();
    w.json = o;
    return w;
}

HallEvent HallEvent::fromJson(const QJsonObject &o)
{
    HallEvent e;
    e.seq = o.value(u"seq"_s).toInteger();
    e.type = o.value(u"type"_s).toString();
    e.at = timeOf(o.value(u"at"_s));
    e.day = QDate::fromString(o.value(u"day"_s).toString(), Qt::ISODate);
    e.actor = o.value(u"actor"_s).toString();
    e.ticketId = o.value(u"ticketId"_s).toString();
    e.windowId = o.value(u"windowId"_s).toString();
    e.data = o.value(u"data"_s).toObject();
    if (o.value(u"ticket"_s).isObject())
        e.ticket = HallTicket::fromJson(o.value(u"ticket"_s).toObject());
    if (o.value(u"window"_s).isObject())
        e.window = HallWindow::fromJson(o.value(u"window"_s).toObject());
    const QJsonObject waiting = o.value(u"waiting"_s).toObject();
    for (auto it = waiting.begin(); it != waiting.end(); ++it)
        e.waiting.insert(it.key(), it.value().toInt());
    if (e.type == u"case_reported"_s) {
        CaseSummary summary;
        if (CaseSummary::fromJson(e.data, &summary))
            e.caseSummary = summary;
    }
    e.json = o;
    return e;
}

HallCall HallEvent::call() const
{
    return {seq, type, at, windowId, window.isValid() ? window.name : windowId, ticket};
}

HallSnapshot HallSnapshot::fromJson(const QJsonObject &o)
{
    HallSnapshot s;
    s.seq = o.value(u"seq"_s).toInteger();
    s.hallCode = o.value(u"hall"_s).toObject().value(u"code"_s).toString();
    s.hallName = o.value(u"hall"_s).toObject().value(u"name"_s).toString();
    const QString zone = o.value(u"hall"_s).toObject().value(u"timeZone"_s).toString();
    if (!zone.isEmpty())
        s.timeZone = QTimeZone(zone.toUtf8()); // invalid when this PC's zone data lacks the id
    s.day = QDate::fromString(o.value(u"day"_s).toString(), Qt::ISODate);
    s.policyKind = o.value(u"policy"_s).toObject().value(u"kind"_s).toString();
    for (const QJsonValue &v : o.value(u"priorityCategories"_s).toArray())
        s.priorities.append({v.toObject().value(u"id"_s).toString(), v.toObject().value(u"name"_s).toString()});
    for (const QJsonValue &v : o.value(u"services"_s).toArray()) {
        const QJsonObject so = v.toObject();
        s.services.append({so.value(u"code"_s).toString(), so.value(u"name"_s).toString(), so.value(u"waiting"_s).toInt(),
                           so.value(u"issued"_s).toInt()});
    }
    for (const QJsonValue &v : o.value(u"windows"_s).toArray())
        s.windows.append(HallWindow::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(u"waiting"_s).toArray())
        s.waiting.append(HallTicket::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(u"latestCalls"_s).toArray()) {
        const QJsonObject c = v.toObject();
        s.latestCalls.append({c.value(u"seq"_s).toInteger(), c.value(u"type"_s).toString(), timeOf(c.value(u"at"_s)),
                              c.value(u"windowId"_s).toString(), c.value(u"windowName"_s).toString(),
                              HallTicket::fromJson(c.value(u"ticket"_s).toObject())});
    }
    return s;
}

bool HallSnapshot::apply(const HallEvent &event)
{
    if (event.type == u"day_started"_s)
        return false;
    // Every other event carries the window after it (window_services_changed, window_connected, …), and
    // case_reported changes nothing here but its sequence number.
    seq = event.seq;
    if (event.ticket.isValid()) {
        const HallTicket &t = event.ticket;
        waiting.removeIf([&](const HallTicket &w) { return w.id == t.id; });
        if (t.isWaiting()) {
            const auto at = std::upper_bound(waiting.begin(), waiting.end(), t.order,
                                             [](qint64 order, const HallTicket &w) { return order < w.order; });
            waiting.insert(at, t);
        }
        for (HallWindow &w : windows) {
            if (w.currentTicketId == t.id) { // keep the window's copy of its ticket fresh (cases, recalls)
                w.current = t;
                w.json.insert(u"current"_s, t.json);
            }
        }
        for (HallServiceInfo &s : services) {
            if (s.code == t.service && event.type == u"ticket_issued"_s)
                s.issued = std::max(s.issued, t.number);
        }
    }
    if (event.window.isValid()) {
        // A window this snapshot has not seen (added to the hall's configuration since) is appended, so
        // every face, the dashboard included, shows it without waiting for a new snapshot.
        const auto known =
            std::find_if(windows.begin(), windows.end(), [&](const HallWindow &w) { return w.id == event.window.id; });
        if (known != windows.end())
            *known = event.window;
        else
            windows.append(event.window);
    }
    for (HallServiceInfo &s : services) {
        if (event.waiting.contains(s.code))
            s.waiting = event.waiting.value(s.code);
    }
    if (event.type == u"ticket_called"_s || event.type == u"ticket_recalled"_s) {
        latestCalls.prepend(event.call());
        while (latestCalls.size() > LatestCalls)
            latestCalls.removeLast();
    }
    return true;
}

const HallWindow *HallSnapshot::window(const QString &id) const
{
    for (const HallWindow &w : windows) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

const HallServiceInfo *HallSnapshot::service(const QString &code) const
{
    for (const HallServiceInfo &s : services) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

QString HallSnapshot::serviceName(const QString &code) const
{
    const HallServiceInfo *s = service(code);
    return s ? s->name : code;
}

QList<HallTicket> HallSnapshot::waitingFor(const QString &code) const
{
    QList<HallTicket> list;
    for (const HallTicket &t : waiting) {
        if (t.service == code)
            list.append(t);
    }
    return list;
}

QJsonObject HallSnapshot::summary() const
{
    QJsonObject serviceObject;
    for (const HallServiceInfo &s : services)
        serviceObject.insert(s.code, QJsonObject{{u"waiting"_s, s.waiting}, {u"issued"_s, s.issued}});
    QJsonObject windowObject;
    for (const HallWindow &w : windows) {
        windowObject.insert(w.id, QJsonObject{{u"paused"_s, w.paused},
                                              {u"pauseReason"_s, w.pauseReason},
                                              {u"services"_s, windowServicesJson(w.services)},
                                              {u"connected"_s, w.connected},
                                              {u"priorityStreak"_s, w.json.value(u"priorityStreak"_s)},
                                              {u"current"_s, w.current.isValid() ? QJsonValue(w.current.json) : QJsonValue()}});
    }
    QJsonArray waitingArray;
    for (const HallTicket &t : waiting)
        waitingArray.append(t.json);
    QJsonArray calls;
    for (const HallCall &c : latestCalls)
        calls.append(QJsonObject{{u"seq"_s, c.seq},
                                 {u"type"_s, c.type},
                                 {u"windowId"_s, c.windowId},
                                 {u"windowName"_s, c.windowName},
                                 {u"ticket"_s, c.ticket.code}});
    return {{u"seq"_s, seq},
            {u"day"_s, day.toString(Qt::ISODate)},
            {u"services"_s, serviceObject},
            {u"windows"_s, windowObject},
            {u"waiting"_s, waitingArray},
            {u"latestCalls"_s, calls}};
}

HallFigures HallFigures::fromJson(const QJsonObject &o)
{
    HallFigures f;
    f.issued = o.value(u"issued"_s).toInt();
    f.called = o.value(u"called"_s).toInt();
    f.served = o.value(u"served"_s).toInt();
    f.noShows = o.value(u"noShows"_s).toInt();
    f.dropped = o.value(u"dropped"_s).toInt();
    f.transferredIn = o.value(u"transferredIn"_s).toInt();
    f.transferredOut = o.value(u"transferredOut"_s).toInt();
    f.ratings = o.value(u"ratings"_s).toInt();
    f.avgWaitSeconds = o.value(u"avgWaitSeconds"_s).toDouble();
    f.maxWaitSeconds = o.value(u"maxWaitSeconds"_s).toDouble();
    f.avgServiceSeconds = o.value(u"avgServiceSeconds"_s).toDouble();
    f.avgRating = o.value(u"avgRating"_s).toDouble();
    return f;
}

HallStatistics HallStatistics::fromJson(const QJsonObject &o)
{
    HallStatistics s;
    s.day = QDate::fromString(o.value(u"day"_s).toString(), Qt::ISODate);
    for (const QJsonValue &v : o.value(u"services"_s).toArray())
        s.services.insert(v.toObject().value(u"service"_s).toString(), HallFigures::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(u"windows"_s).toArray())
        s.windows.insert(v.toObject().value(u"window"_s).toString(), HallFigures::fromJson(v.toObject()));
    s.totals = HallFigures::fromJson(o.value(u"totals"_s).toObject());
    return s;
}

} // namespace ow
