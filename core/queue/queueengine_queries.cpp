// Read-only questions about the queue, and the candidates a window may call.
#include "core/queue/queueengine.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

const Ticket *QueueEngine::ticket(const QString &idOrCode) const
{
    const auto it = m_state.tickets.constFind(idOrCode);
    if (it != m_state.tickets.constEnd())
        return &it.value();
    if (idOrCode.isEmpty() || idOrCode.size() > 8)
        return nullptr;
    const QString code = idOrCode.toUpper();
    for (const Ticket &t : m_state.tickets) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

const WindowState *QueueEngine::window(const QString &id) const
{
    const auto it = m_state.windows.constFind(id);
    return it == m_state.windows.constEnd() ? nullptr : &it.value();
}

QList<const Ticket *> QueueEngine::waitingTickets() const
{
    QList<const Ticket *> list;
    for (const Ticket &t : m_state.tickets) {
        if (t.state == TicketState::Waiting)
            list.append(&t);
    }
    std::sort(list.begin(), list.end(), [](const Ticket *a, const Ticket *b) { return a->order < b->order; });
    return list;
}

int QueueEngine::waitingCount(const QString &service) const
{
    return int(std::count_if(m_state.tickets.cbegin(), m_state.tickets.cend(),
                             [&](const Ticket &t) { return t.state == TicketState::Waiting && t.service == service; }));
}

int QueueEngine::waitingAhead(const Ticket &ticket) const
{
    return int(std::count_if(m_state.tickets.cbegin(), m_state.tickets.cend(), [&](const Ticket &t) {
        return t.state == TicketState::Waiting && t.service == ticket.service && t.order < ticket.order;
    }));
}

int QueueEngine::placeInLine(const Ticket &ticket, const QDateTime &now) const
{
    if (ticket.state != TicketState::Waiting)
        return -1;
    // An appointment is not called before its slot: its place is the one it will have then.
    const QDateTime at = ticket.appointment.isValid() && now < ticket.appointment.slotStart ? ticket.appointment.slotStart : now;
    int fewest = -1;
    for (const WindowConfig &w : m_config.windows) {
        const bool reaches = ticket.assignedWindow.isEmpty() ? w.serves(ticket.service) : w.id == ticket.assignedWindow;
        if (!reaches)
            continue;
        // Only as far as the fewest calls found so far: a window that reaches it later does not count.
        const QList<const Ticket *> order = callOrder(w.id, at, fewest < 0 ? -1 : fewest);
        const auto it = std::find_if(order.cbegin(), order.cend(), [&](const Ticket *t) { return t->id == ticket.id; });
        if (it != order.cend())
            fewest = int(it - order.cbegin());
    }
    // Not among any window's candidates (a held no-show, a window removed from the config): the plain count.
    return fewest >= 0 ? fewest : waitingAhead(ticket);
}

QList<const Ticket *> QueueEngine::callOrder(const QString &windowId, const QDateTime &now, qsizetype limit) const
{
    QList<const Ticket *> order;
    QList<QueueCandidate> list = candidates(windowId, now);
    int streak = m_state.windows.value(windowId).priorityStreak;
    // Call-next replayed on a copy: the chosen candidate leaves, the streak moves as a call moves it.
    while (!list.isEmpty() && (limit < 0 || order.size() < limit)) {
        const QueueCandidate *chosen = m_policy->choose(list, streak);
        if (!chosen)
            break;
        order.append(chosen->ticket);
        streak = chosen->cls == TicketClass::Normal ? 0 : streak + 1;
        list.removeAt(chosen - list.constData());
    }
    return order;
}

QList<const Ticket *> QueueEngine::waitingLater(const QString &windowId, const QDateTime &now) const
{
    const WindowConfig *window = m_config.window(windowId);
    if (!window)
        return {};
    const QList<const Ticket *> callable = callOrder(windowId, now);
    QList<const Ticket *> later;
    for (const Ticket *t : waitingTickets()) {
        const bool reaches = t->assignedWindow.isEmpty() ? window->serves(t->service) : t->assignedWindow == windowId;
        if (reaches && !callable.contains(t))
            later.append(t);
    }
    return later;
}

QDate QueueEngine::dayOf(const QDateTime &t) const
{
    return t.toTimeZone(m_config.timeZone).date();
}

TicketClass QueueEngine::classOf(const Ticket &ticket, const QDateTime &now) const
{
    if (ticket.appointment.isValid() && now >= ticket.appointment.slotStart)
        return TicketClass::Appointment;
    if (ticket.isPriority())
        return TicketClass::Priority;
    return TicketClass::Normal;
}

QList<QueueCandidate> QueueEngine::candidates(const QString &windowId, const QDateTime &now) const
{
    const WindowConfig *window = m_config.window(windowId);
    if (!window)
        return {};
    QList<QueueCandidate> ready;
    QList<QueueCandidate> held;
    for (const Ticket &t : m_state.tickets) {
        if (t.state != TicketState::Waiting)
            continue;
        int weight = window->weightOf(t.service);
        if (!t.assignedWindow.isEmpty()) {
            if (t.assignedWindow != windowId)
                continue;
            weight = std::max(weight, 1); // sent here on purpose, even for a service the window does not list
        }
        if (weight == 0)
            continue;
        if (t.appointment.isValid() && now < t.appointment.slotStart)
            continue; // an appointment is served at or after its slot
        const QueueCandidate c{&t, classOf(t, now), double(std::max<qint64>(0, t.enqueuedAt.msecsTo(now))) * weight};
        if (t.holdUntilCalls > m_state.counters.value(t.service).calls)
            held.append(c);
        else
            ready.append(c);
    }
    // A re-queued no-show waits for N other calls of its service, unless nobody else of that service waits.
    for (const QueueCandidate &c : std::as_const(held)) {
        const bool othersWait = std::any_of(ready.cbegin(), ready.cend(),
                                            [&](const QueueCandidate &r) { return r.ticket->service == c.ticket->service; });
        if (!othersWait)
            ready.append(c);
    }
    return ready;
}

} // namespace ow
