#pragma once
// The hall's bookings on the wire (docs/hall-api.md, "Bookings"): a slot with its free places and a booking
// as supervisors and windows see it (with the name and phone of who booked). Read through JsonReader,
// bounded, refused whole when a field does not read (hallmodels_read.cpp says why).

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace ow {

class JsonReader;

struct HallBookingSlot {
    QDateTime start; // UTC
    QDateTime end;
    QString time; // "09:00-09:30" in the hall's time zone
    int capacity = 0;
    int booked = 0;
    int free = 0;

    static bool read(JsonReader &r, HallBookingSlot *out);
};

// GET /booking-slots: the slots and what the booking SMS needs (bookingtext.h).
struct HallBookingDay {
    QString service;
    QString serviceName;
    QString hallName;
    QTimeZone timeZone; // the hall's; invalid when this PC does not know the id
    QDate day;
    int earlyMinutes = 0; // check-in opens before the slot
    int lateMinutes = 0;  // and closes after its end
    QList<HallBookingSlot> slotList;
};

struct HallBooking {
    QString code;
    QString service;
    QDateTime slotStart;
    QDateTime slotEnd;
    QDate day;
    QString name; // empty for a booking registered with its code (the older form)
    QString phone;
    QString state; // active | cancelled | checked_in
    QString ticketId;

    bool isActive() const { return state == QStringLiteral("active"); }
    static bool read(JsonReader &r, HallBooking *out);
};

// The answers: GET /booking-slots, GET /bookings, and one booking ({"booking": …}).
bool readBookingDay(const QJsonObject &body, HallBookingDay *out, QString *error);
bool readBookings(const QJsonObject &body, QList<HallBooking> *out, QString *error);
bool readBooking(const QJsonObject &body, HallBooking *out, QString *error);

} // namespace ow
