#pragma once
// The queue's state as plain values: tickets, windows, bookings and the day's counters. The engine owns
// one QueueState and changes it only by applying events; persistence stores these records as they are
// after each operation, and the JSON forms below are what the database, the API and the tests compare.

#include "core/queue/queueconfig.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

enum class TicketState { Waiting, Called, Completed, NoShow, Expired };
QString ticketStateName(TicketState state);
std::optional<TicketState> ticketStateFromName(const QString &name);

// The classes a policy orders (see QueuePolicy).
enum class TicketClass { Normal, Priority, Appointment };
QString ticketClassName(TicketClass cls);

// Outcomes a window records when it completes a ticket; the case decisions plus the non-case ones.
QStringList ticketOutcomes();

// A time in the queue's JSON (events, records, the API): ISO 8601 UTC with milliseconds; invalid when the
// value is not a string or not a time.
QDateTime queueTimeFrom(const QJsonValue &value);

struct Appointment {
    QString bookingCode; // empty: a walk-in ticket
    QDateTime slotStart;
    QDateTime slotEnd;
    bool isValid() const { return !bookingCode.isEmpty(); }
};

// The longest note a transfer carries to the next window (the hall refuses longer ones).
inline constexpr qsizetype MaxTransferNote = 100;

struct Ticket {
    QString id;   // "20261128-A017": unique across days, so ratings and case links never collide
    QString code; // "A017": what the board shows and the voice calls
    int number = 0;
    QDate day;
    QString service; // the service whose queue it is in now (a transfer changes it)
    QString issuedService;
    QString priority; // 绿色通道 category id, empty for none
    bool transferPriority = false;
    QString transferNote; // the last transfer's note for the next window (≤ 100 characters); "" for none
    Appointment appointment;
    TicketState state = TicketState::Waiting;
    QString windowId;       // the window that called or served it last
    QString assignedWindow; // while waiting after a transfer to a window: only that window calls it
    QDateTime issuedAt;
    QDateTime enqueuedAt; // entered the current queue visit (issue or transfer); a no-show keeps it
    QDateTime calledAt;
    QDateTime completedAt;
    qint64 order = 0; // position key among waiting tickets, lower is earlier
    int recalls = 0;
    int noShows = 0;
    int holdUntilCalls = 0;   // a re-queued no-show waits until its service made this many calls
    bool waitCounted = false; // this visit's wait already went into the statistics
    QString outcome;
    int rating = 0;
    QString ratingComment;
    QStringList ratingReasons; // core/domain/ratingreasons.h keys, for a rating of 1 or 2
    QDateTime ratedAt;
    QStringList caseIds;

    bool isPriority() const { return !priority.isEmpty() || transferPriority; }
    QJsonObject toJson() const;
    static Ticket fromJson(const QJsonObject &o);
};

struct WindowState {
    QString id;
    bool paused = false;
    QString pauseReason;
    QDateTime pausedAt;
    QString currentTicket;  // id of the ticket at the window, empty when free
    int priorityStreak = 0; // priority/appointment calls in a row, for the N:1 policy
    // A supervisor's reassignment (window_services_changed); empty: the config's services. Kept with the
    // window's record so it survives a restart, and kept across days until changed again.
    QList<WindowService> services;

    QJsonObject toJson() const;
    static WindowState fromJson(const QJsonObject &o);
};

struct Booking {
    QString code;
    QString service;
    QDateTime slotStart;
    QDateTime slotEnd;
    QDate day;              // the hall's local day of the slot
    QString ticketId;       // set once checked in
    bool cancelled = false; // booking_cancelled: its place is free again and it cannot be checked in

    QJsonObject toJson() const;
    static Booking fromJson(const QJsonObject &o);
};

struct ServiceCounter {
    int lastNumber = 0; // numbers handed out today; never goes back, so numbers are never reused
    int calls = 0;      // calls made from this service's queue today
};

struct QueueState {
    QDate day;          // invalid until the first operation starts a day
    qint64 lastSeq = 0; // the last event's sequence number; never restarts
    qint64 nextOrder = 1;
    QHash<QString, Ticket> tickets;          // today's, by id
    QHash<QString, WindowState> windows;     // by id
    QHash<QString, ServiceCounter> counters; // today's, by service code
    QHash<QString, Booking> bookings;        // today's and later, by code

    // The small part that is neither a ticket, a window nor a booking (persisted as one row).
    QJsonObject metaToJson() const;
    void metaFromJson(const QJsonObject &o);
    // Everything, with keys sorted: two states are equal when these are equal.
    QJsonObject toJson() const;
};

} // namespace ow
