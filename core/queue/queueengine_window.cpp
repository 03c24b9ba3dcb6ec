// The operations of a window: call next, call a specific ticket, recall, no-show, transfer, complete.
#include "core/queue/queueengine.h"
#include "core/queue/queueoperation_p.h"
#include "core/queue/queuetext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QueueError unknownOutcome(const QString &outcome)
{
    return {QueueError::Kind::Invalid, u"unknown_outcome"_s,
            QueueText::tr("Unknown outcome \"%1\"; use one of: %2.").arg(outcome, ticketOutcomes().join(u", "_s))};
}

// Completes the ticket at the window, when the caller asked to finish it on the way to the next call.
bool completeBeforeCall(QueueEngine &engine, QueueOperation &op, const QString &windowId, const QString &outcome)
{
    const WindowState *w = engine.window(windowId);
    if (!w || w->currentTicket.isEmpty() || !engine.ticket(w->currentTicket))
        return true; // (a window pointing at a ticket that is not there is free, not stuck)
    if (outcome.isEmpty()) {
        const Ticket *t = engine.ticket(w->currentTicket);
        op.result.error = {QueueError::Kind::Conflict, u"window_busy"_s,
                           QueueText::tr("Window %1 still has ticket %2: complete it, transfer it or record a no-show first.")
                               .arg(engine.config().windowName(windowId), t ? t->code : w->currentTicket)};
        return false;
    }
    if (!ticketOutcomes().contains(outcome)) {
        op.result.error = unknownOutcome(outcome);
        return false;
    }
    const Ticket *t = engine.ticket(w->currentTicket);
    const qint64 serviceMs = t && t->calledAt.isValid() ? t->calledAt.msecsTo(op.now) : 0;
    op.result.completedTicketId = w->currentTicket;
    op.emitEvent(QueueEventType::TicketCompleted, w->currentTicket, windowId,
                 {{u"service"_s, t ? t->service : QString()}, {u"outcome"_s, outcome}, {u"serviceMs"_s, serviceMs}});
    return true;
}

void emitCall(QueueOperation &op, const Ticket &t, const QString &windowId, const QString &via, TicketClass cls)
{
    const bool countsWait = !t.waitCounted;
    op.emitEvent(QueueEventType::TicketCalled, t.id, windowId,
                 {{u"service"_s, t.service},
                  {u"via"_s, via},
                  {u"class"_s, ticketClassName(cls)},
                  {u"waitMs"_s, countsWait ? t.enqueuedAt.msecsTo(op.now) : 0},
                  {u"countsWait"_s, countsWait}});
    op.result.ticketId = t.id;
}

} // namespace

QueueResult QueueEngine::callNext(const QString &windowId, const QString &actor, const QString &completeOutcome)
{
    QueueOperation op(*this, actor);
    if (!op.openWindow(windowId) || !completeBeforeCall(*this, op, windowId, completeOutcome))
        return op.done();
    const QList<QueueCandidate> list = candidates(windowId, op.now);
    if (list.isEmpty())
        return op.done(); // nobody to call is an answer, not an error
    const QueueCandidate *chosen = m_policy->choose(list, m_state.windows.value(windowId).priorityStreak);
    if (!chosen)
        return op.done();
    const Ticket chosenTicket = *chosen->ticket; // the list points into the state the event changes
    emitCall(op, chosenTicket, windowId, u"next"_s, chosen->cls);
    return op.done();
}

QueueResult QueueEngine::callTicket(const QString &windowId, const QString &ticketRef, const QString &actor,
                                    const QString &completeOutcome)
{
    QueueOperation op(*this, actor);
    if (!op.openWindow(windowId))
        return op.done();
    const Ticket *t = op.ticket(ticketRef);
    if (!t)
        return op.done();
    if (t->state != TicketState::Waiting)
        return op.fail(QueueError::Kind::Conflict, u"ticket_not_waiting"_s,
                       QueueText::tr("Ticket %1 is not waiting (it is %2).").arg(t->code, ticketStateText(t->state)));
    const Ticket chosen = *t;
    if (!completeBeforeCall(*this, op, windowId, completeOutcome))
        return op.done();
    // Explicit: the policy, the appointment slot and a no-show hold do not apply.
    emitCall(op, chosen, windowId, u"specific"_s, classOf(chosen, op.now));
    return op.done();
}

QueueResult QueueEngine::recall(const QString &windowId, const QString &actor)
{
    QueueOperation op(*this, actor);
    const Ticket *t = op.currentTicket(windowId);
    if (!t)
        return op.done();
    op.result.ticketId = t->id;
    op.emitEvent(QueueEventType::TicketRecalled, t->id, windowId, {{u"service"_s, t->service}, {u"recalls"_s, t->recalls + 1}});
    return op.done();
}

QueueResult QueueEngine::noShow(const QString &windowId, const QString &actor)
{
    QueueOperation op(*this, actor);
    const Ticket *t = op.currentTicket(windowId);
    if (!t)
        return op.done();
    const qint64 sinceCall = t->calledAt.secsTo(op.now);
    if (sinceCall < m_config.rules.noShowGraceSeconds)
        return op.fail(QueueError::Kind::Conflict, u"grace_not_elapsed"_s,
                       QueueText::tr("Ticket %1 was called %2 s ago; a no-show can be recorded after %3 s.")
                           .arg(t->code)
                           .arg(sinceCall)
                           .arg(m_config.rules.noShowGraceSeconds));
    // First no-show: back into the queue, called again after N others of its service. Second: dropped.
    const bool requeue = t->noShows == 0;
    const int hold = requeue ? m_state.counters.value(t->service).calls + m_config.rules.noShowRequeueAfter : 0;
    op.result.ticketId = t->id;
    op.result.requeued = requeue;
    op.emitEvent(QueueEventType::TicketNoShow, t->id, windowId,
                 {{u"service"_s, t->service}, {u"requeued"_s, requeue}, {u"holdUntilCalls"_s, hold}});
    return op.done();
}

QueueResult QueueEngine::transfer(const QString &windowId, const TransferRequest &request, const QString &actor)
{
    QueueOperation op(*this, actor);
    const Ticket *t = op.currentTicket(windowId);
    if (!t)
        return op.done();
    const QString toService = request.toService.isEmpty() ? t->service : request.toService;
    if (!m_config.service(toService))
        return op.fail(QueueError::Kind::Invalid, u"unknown_service"_s, QueueText::tr("There is no service %1.").arg(toService));
    if (!request.toWindow.isEmpty() && !m_config.window(request.toWindow))
        return op.fail(QueueError::Kind::Invalid, u"unknown_window"_s,
                       QueueText::tr("There is no window %1.").arg(request.toWindow));
    if (request.toWindow.isEmpty() && toService == t->service)
        return op.fail(QueueError::Kind::Invalid, u"invalid_transfer"_s,
                       QueueText::tr("A transfer needs another service or a window."));
    if (request.toWindow.isEmpty()
        && !std::any_of(m_config.windows.cbegin(), m_config.windows.cend(),
                        [&](const WindowConfig &w) { return w.serves(toService); }))
        return op.fail(
            QueueError::Kind::Invalid, u"invalid_transfer"_s,
            QueueText::tr("No window serves %1; transfer to a window instead.").arg(m_config.service(toService)->name));
    const QString note = request.note.trimmed();
    if (note.size() > MaxTransferNote)
        return op.fail(QueueError::Kind::Invalid, u"transfer_note_too_long"_s,
                       QueueText::tr("A transfer note has at most %1 characters.").arg(MaxTransferNote));
    op.result.ticketId = t->id;
    QJsonObject data{{u"fromService"_s, t->service},
                     {u"toService"_s, toService},
                     {u"toWindow"_s, request.toWindow},
                     {u"priority"_s, request.priority},
                     {u"order"_s, m_state.nextOrder}};
    if (!note.isEmpty())
        data.insert(u"note"_s, note); // events of a transfer without a note stay as they were
    op.emitEvent(QueueEventType::TicketTransferred, t->id, windowId, data);
    return op.done();
}

QueueResult QueueEngine::complete(const QString &windowId, const QString &outcome, const QString &actor)
{
    QueueOperation op(*this, actor);
    const Ticket *t = op.currentTicket(windowId);
    if (!t)
        return op.done();
    if (!ticketOutcomes().contains(outcome)) {
        op.result.error = unknownOutcome(outcome);
        return op.done();
    }
    op.result.ticketId = t->id;
    completeBeforeCall(*this, op, windowId, outcome);
    op.result.completedTicketId.clear();
    return op.done();
}

} // namespace ow
