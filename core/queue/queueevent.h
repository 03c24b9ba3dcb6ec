#pragma once
// What happened, not only what is: every change to the queue is an event with a sequence number that
// increases by one across all events and days. The engine changes its state only by applying events, so
// replaying a day's events rebuilds the day, statistics are folded from events, and the hall's boards
// see exactly the events the database stored.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ow {

enum class QueueEventType {
    DayStarted,
    BookingRegistered,
    TicketIssued,
    TicketCalled,
    TicketRecalled,
    TicketNoShow,
    TicketTransferred,
    TicketCompleted,
    TicketCasesLinked,
    TicketRated,
    WindowPaused,
    WindowResumed,
    // Recorded in the same log (one sequence) though they do not change who is called next, except
    // WindowServicesChanged: a window's case summary arrived, a supervisor reassigned a window, a window
    // device opened or closed its event stream.
    CaseReported,
    WindowServicesChanged,
    WindowConnected,
    WindowDisconnected,
    // A booking moved to another slot of its service, or cancelled before check-in (hall-api.md, "Bookings").
    BookingMoved,
    BookingCancelled,
};

QString queueEventTypeName(QueueEventType type);
std::optional<QueueEventType> queueEventTypeFromName(const QString &name);

struct QueueEvent {
    qint64 seq = 0;
    QueueEventType type = QueueEventType::DayStarted;
    QDateTime at;  // UTC
    QDate day;     // the hall's day the event belongs to
    QString actor; // who asked: "window:W03", "kiosk:kiosk-1", "supervisor:office", "hall"
    QString ticketId;
    QString windowId;
    QJsonObject data; // the type's fields (docs/hall-api.md, "Event stream")

    QJsonObject toJson() const;
    static std::optional<QueueEvent> fromJson(const QJsonObject &o);
};

} // namespace ow
