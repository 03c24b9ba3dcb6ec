#pragma once
// The booking slots of the hall (预约时段): per service, the slots of a working day and of a Saturday
// ("5+X" Saturday service) and the number of bookings each slot takes, from the "bookings" part of the
// hall config (docs/hall-api.md, "Configuration file"). Days off come from the built-in working calendar
// (State Council holidays and their adjusted working days); a year it does not cover falls back to
// weekends only.

#include "core/calendar/workingcalendar.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QTime>

namespace ow {

class JsonReader;
struct QueueConfig;

struct BookingSlot {
    QTime start;
    QTime end;
};

struct ServiceBookings {
    QString service;
    int capacity = 1;            // bookings per slot, 1 to 1000
    QList<BookingSlot> weekday;  // on working days
    QList<BookingSlot> saturday; // empty: closed on Saturdays
};

class BookingPlan
{
public:
    static constexpr int MaxSlotsPerDay = 300;
    static constexpr int MaxDaysAhead = 90; // how far ahead a booking may be made
    // Days after a booking's day that the hall keeps the name and phone of who booked (个人信息保护:
    // no longer than the purpose needs; ADR 0035). Then both are blanked; code, slot and state stay.
    static constexpr int DefaultKeepContactDays = 30;

    // Reads "bookings" from the hall config; absent: no service takes bookings. False with r's problem.
    bool read(JsonReader &r, const QueueConfig &queue);

    const ServiceBookings *service(const QString &code) const;
    // The service's slots on that day: none on a day off or for a service without bookings.
    QList<BookingSlot> slotsOn(const QString &service, QDate day) const;
    bool isEmpty() const { return m_services.isEmpty(); }
    int keepContactDays() const { return m_keepContactDays; }

private:
    QHash<QString, ServiceBookings> m_services;
    int m_keepContactDays = DefaultKeepContactDays;
    WorkingCalendar m_calendar; // built-in; Saturday service is decided per service
};

} // namespace ow
