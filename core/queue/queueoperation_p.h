#pragma once
// One engine operation in progress: the time it happens at (read from the clock once, so all its events
// agree), the events it made and the records they changed. Internal to core/queue.

#include "core/queue/queueengine.h"

#include <QCoreApplication>

namespace ow {

class QueueOperation
{
public:
    // Starts the hall's day first when the clock has passed midnight: every operation sees today.
    QueueOperation(QueueEngine &engine, const QString &actor);

    QueueEngine &engine;
    const QDateTime now;
    const QString actor;
    QueueResult result;

    void emitEvent(QueueEventType type, const QString &ticketId, const QString &windowId, const QJsonObject &data);
    QueueResult fail(QueueError::Kind kind, const QString &code, const QString &message);
    QueueResult done() { return std::move(result); }

    // Checks shared by the window operations; each returns false after fail() set the error.
    WindowState *window(const QString &windowId);
    WindowState *openWindow(const QString &windowId); // exists and is not paused
    Ticket *currentTicket(const QString &windowId);   // the ticket at the window
    Ticket *ticket(const QString &ref);               // today's ticket by id or code
};

QString ticketStateText(TicketState state); // translated, for messages
// What registering and moving a booking tell everyone: its code, service and slot, never the person who booked.
QJsonObject bookingSlotData(const QString &code, const QString &service, const QDateTime &slotStart, const QDateTime &slotEnd,
                            const QDate &day);

} // namespace ow
