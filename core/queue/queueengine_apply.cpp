// Applying events: the only code that changes the queue's state. It trusts the event (the operations
// checked the request) but never crashes on a replayed event that names something unknown.
#include "core/queue/queueengine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

bool QueueEngine::canApply(const QueueEvent &event) const
{
    if (event.seq != m_state.lastSeq + 1)
        return false;
    if (event.type == QueueEventType::DayStarted)
        return event.day.isValid() && (!m_state.day.isValid() || event.day > m_state.day);
    if (event.day != m_state.day)
        return false;
    switch (event.type) {
    case QueueEventType::BookingRegistered: return true;
    case QueueEventType::BookingMoved:
    case QueueEventType::BookingCancelled: return m_state.bookings.contains(event.data.value(u"code"_s).toString());
    case QueueEventType::TicketIssued:
        return !m_state.tickets.contains(event.ticketId) && m_config.service(event.data.value(u"service"_s).toString());
    case QueueEventType::WindowPaused:
    case QueueEventType::WindowResumed:
    case QueueEventType::WindowServicesChanged: return m_state.windows.contains(event.windowId);
    case QueueEventType::CaseReported:
    case QueueEventType::WindowConnected:
    case QueueEventType::WindowDisconnected: return true;
    case QueueEventType::TicketCasesLinked:
    case QueueEventType::TicketRated: return m_state.tickets.contains(event.ticketId);
    default: // the window operations name both
        return m_state.tickets.contains(event.ticketId) && m_state.windows.contains(event.windowId);
    }
}

bool QueueEngine::apply(const QueueEvent &event)
{
    if (!canApply(event)) {
        qCWarning(lcQueue) << "refused to apply event" << event.seq << queueEventTypeName(event.type) << "after"
                           << m_state.lastSeq;
        return false;
    }
    applyEvent(event, nullptr);
    return true;
}

void QueueEngine::applyEvent(const QueueEvent &event, QueueResult *changes)
{
    m_state.lastSeq = event.seq;
    switch (event.type) {
    case QueueEventType::DayStarted: applyDayStarted(event, changes); return;
    case QueueEventType::BookingRegistered: {
        Booking b;
        b.code = event.data.value(u"code"_s).toString();
        b.service = event.data.value(u"service"_s).toString();
        b.slotStart = queueTimeFrom(event.data.value(u"slotStart"_s));
        b.slotEnd = queueTimeFrom(event.data.value(u"slotEnd"_s));
        b.day = QDate::fromString(event.data.value(u"day"_s).toString(), Qt::ISODate);
        m_state.bookings.insert(b.code, b);
        if (changes)
            changes->bookings.insert(b.code, b);
        return;
    }
    case QueueEventType::BookingMoved:
    case QueueEventType::BookingCancelled: {
        Booking &b = m_state.bookings[event.data.value(u"code"_s).toString()];
        if (event.type == QueueEventType::BookingCancelled) {
            b.cancelled = true;
        } else {
            b.slotStart = queueTimeFrom(event.data.value(u"slotStart"_s));
            b.slotEnd = queueTimeFrom(event.data.value(u"slotEnd"_s));
            b.day = QDate::fromString(event.data.value(u"day"_s).toString(), Qt::ISODate);
        }
        if (changes)
            changes->bookings.insert(b.code, b);
        return;
    }
    case QueueEventType::WindowPaused:
    case QueueEventType::WindowResumed:
    case QueueEventType::WindowServicesChanged: applyWindowEvent(event, changes); return;
    case QueueEventType::CaseReported:
    case QueueEventType::WindowConnected:
    case QueueEventType::WindowDisconnected: return; // the log only
    default: applyTicketEvent(event, changes); return;
    }
}

void QueueEngine::applyDayStarted(const QueueEvent &event, QueueResult *changes)
{
    for (const QJsonValue &v : event.data.value(u"expired"_s).toArray()) {
        auto it = m_state.tickets.find(v.toString());
        if (it == m_state.tickets.end())
            continue;
        it->state = TicketState::Expired;
        if (changes)
            changes->tickets.insert(it->id, *it);
    }
    for (WindowState &w : m_state.windows) {
        w.currentTicket.clear();
        w.priorityStreak = 0;
        if (changes)
            changes->windows.insert(w.id, w);
    }
    // Yesterday is closed: its tickets stay in storage, not in the engine; numbering starts again at 1.
    m_state.tickets.clear();
    m_state.counters.clear();
    m_state.day = event.day;
    for (auto it = m_state.bookings.begin(); it != m_state.bookings.end();) {
        if (it->day < event.day)
            it = m_state.bookings.erase(it);
        else
            ++it;
    }
}

void QueueEngine::applyWindowEvent(const QueueEvent &event, QueueResult *changes)
{
    WindowState &w = m_state.windows[event.windowId];
    w.id = event.windowId;
    if (event.type == QueueEventType::WindowServicesChanged) {
        w.services.clear();
        for (const QJsonValue &v : event.data.value(u"services"_s).toArray())
            w.services.append({v.toObject().value(u"service"_s).toString(), v.toObject().value(u"weight"_s).toInt(1)});
        for (WindowConfig &c : m_config.windows) {
            if (c.id == w.id && !w.services.isEmpty())
                c.services = w.services;
        }
    } else if (event.type == QueueEventType::WindowPaused) {
        w.paused = true;
        w.pauseReason = event.data.value(u"reason"_s).toString();
        w.pausedAt = event.at;
    } else {
        w.paused = false;
        w.pauseReason.clear();
        w.pausedAt = {};
    }
    if (changes)
        changes->windows.insert(w.id, w);
}

void QueueEngine::applyTicketEvent(const QueueEvent &event, QueueResult *changes)
{
    const QJsonObject &d = event.data;
    if (event.type == QueueEventType::TicketIssued) {
        Ticket t;
        t.id = event.ticketId;
        t.code = d.value(u"code"_s).toString();
        t.number = d.value(u"number"_s).toInt();
        t.day = m_state.day;
        t.service = d.value(u"service"_s).toString();
        t.issuedService = t.service;
        t.priority = d.value(u"priority"_s).toString();
        const QJsonObject a = d.value(u"appointment"_s).toObject();
        t.appointment = {a.value(u"bookingCode"_s).toString(), queueTimeFrom(a.value(u"slotStart"_s)),
                         queueTimeFrom(a.value(u"slotEnd"_s))};
        t.issuedAt = event.at;
        t.enqueuedAt = event.at;
        t.order = d.value(u"order"_s).toInteger();
        m_state.tickets.insert(t.id, t);
        ServiceCounter &counter = m_state.counters[t.service];
        counter.lastNumber = std::max(counter.lastNumber, t.number);
        m_state.nextOrder = std::max(m_state.nextOrder, t.order + 1);
        auto booking = m_state.bookings.find(t.appointment.bookingCode);
        if (t.appointment.isValid() && booking != m_state.bookings.end()) {
            booking->ticketId = t.id;
            if (changes)
                changes->bookings.insert(booking->code, *booking);
        }
        if (changes)
            changes->tickets.insert(t.id, t);
        return;
    }

    Ticket &t = m_state.tickets[event.ticketId];
    // Cases and ratings name the window for the record only; they do not change it.
    const bool atWindow = event.type != QueueEventType::TicketCasesLinked && event.type != QueueEventType::TicketRated;
    const auto found = m_state.windows.find(event.windowId);
    WindowState *w = atWindow && found != m_state.windows.end() ? &found.value() : nullptr;
    // The events that take a ticket away from its window free the window.
    const auto freeWindow = [&] {
        if (w && w->currentTicket == t.id)
            w->currentTicket.clear();
    };
    switch (event.type) {
    case QueueEventType::TicketCalled:
        t.state = TicketState::Called;
        t.windowId = event.windowId;
        t.calledAt = event.at;
        t.assignedWindow.clear();
        t.holdUntilCalls = 0;
        if (d.value(u"countsWait"_s).toBool())
            t.waitCounted = true;
        m_state.counters[t.service].calls += 1;
        if (w) {
            w->currentTicket = t.id;
            if (d.value(u"via"_s).toString() == u"next"_s)
                w->priorityStreak = d.value(u"class"_s).toString() == u"normal"_s ? 0 : w->priorityStreak + 1;
        }
        break;
    case QueueEventType::TicketRecalled: t.recalls = d.value(u"recalls"_s).toInt(); break;
    case QueueEventType::TicketNoShow:
        freeWindow();
        t.noShows += 1;
        if (d.value(u"requeued"_s).toBool()) {
            t.state = TicketState::Waiting;
            t.holdUntilCalls = d.value(u"holdUntilCalls"_s).toInt();
        } else {
            t.state = TicketState::NoShow;
        }
        break;
    case QueueEventType::TicketTransferred:
        freeWindow();
        t.state = TicketState::Waiting;
        t.service = d.value(u"toService"_s).toString();
        t.assignedWindow = d.value(u"toWindow"_s).toString();
        t.transferPriority = d.value(u"priority"_s).toBool();
        t.transferNote = d.value(u"note"_s).toString(); // a later transfer without a note clears the old one
        t.enqueuedAt = event.at;
        t.order = d.value(u"order"_s).toInteger();
        t.waitCounted = false; // a new queue visit: its wait counts
        t.holdUntilCalls = 0;
        m_state.nextOrder = std::max(m_state.nextOrder, t.order + 1);
        break;
    case QueueEventType::TicketCompleted:
        freeWindow();
        t.state = TicketState::Completed;
        t.completedAt = event.at;
        t.outcome = d.value(u"outcome"_s).toString();
        break;
    case QueueEventType::TicketCasesLinked:
        for (const QJsonValue &v : d.value(u"caseIds"_s).toArray()) {
            if (!t.caseIds.contains(v.toString()))
                t.caseIds.append(v.toString());
        }
        break;
    case QueueEventType::TicketRated:
        t.rating = d.value(u"rating"_s).toInt();
        t.ratingComment = d.value(u"comment"_s).toString();
        t.ratedAt = event.at;
        t.ratingReasons.clear();
        for (const QJsonValue &v : d.value(u"reasons"_s).toArray())
            t.ratingReasons.append(v.toString());
        break;
    default: break;
    }
    if (changes) {
        changes->tickets.insert(t.id, t);
        if (w)
            changes->windows.insert(w->id, *w);
    }
}

} // namespace ow
