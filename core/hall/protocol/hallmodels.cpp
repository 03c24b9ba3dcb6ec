#include "core/hall/protocol/hallmodels.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

constexpr qsizetype LatestCalls = 10;

} // namespace

HallCall HallEvent::call() const
{
    return {seq, type, at, windowId, window.isValid() ? window.name : windowId, ticket};
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

} // namespace ow
