#include "core/hall/protocol/hallbookings.h"

#include "core/json/jsonreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

constexpr qsizetype MaxSlots = 1000; // a day of the hall has at most 300 (bookingplan.h)
constexpr qsizetype MaxFound = 1000; // the hall answers at most 200
constexpr IntRule Places{.need = Need::Required, .min = 0, .max = 100000};
constexpr TextRule Short{.maxLength = 64};

} // namespace

bool HallBookingSlot::read(JsonReader &r, HallBookingSlot *out)
{
    HallBookingSlot s;
    s.start = r.dateTime(u"start", Need::Required, true);
    s.end = r.dateTime(u"end", Need::Required, true);
    s.time = r.string(u"time", Short);
    s.capacity = r.integer(u"capacity", Places);
    s.booked = r.integer(u"booked", Places);
    s.free = r.integer(u"free", Places);
    return r.finish(out, std::move(s), nullptr);
}

bool HallBooking::read(JsonReader &r, HallBooking *out)
{
    HallBooking b;
    b.code = r.string(u"code", {.need = Need::Required, .maxLength = 32});
    b.service = r.string(u"service", {.need = Need::Required, .maxLength = 64});
    b.slotStart = r.dateTime(u"slotStart", Need::Required, true);
    b.slotEnd = r.dateTime(u"slotEnd", Need::Required, true);
    b.day = r.date(u"day");
    b.name = r.string(u"name", {.maxLength = 200});
    b.phone = r.string(u"phone", Short);
    b.state = r.has(u"state") ? r.string(u"state", Short) : u"active"_s;
    b.ticketId = r.string(u"ticketId", {.maxLength = 256});
    return r.finish(out, std::move(b), nullptr);
}

bool readBookingDay(const QJsonObject &body, HallBookingDay *out, QString *error)
{
    JsonReader r(body);
    HallBookingDay day;
    day.service = r.string(u"service", {.need = Need::Required, .maxLength = 64});
    day.serviceName = r.string(u"serviceName", {.maxLength = 200});
    day.hallName = r.string(u"hallName", {.maxLength = 200});
    day.timeZone = QTimeZone(r.string(u"timeZone", Short).toUtf8());
    day.day = r.date(u"day", Need::Required);
    day.earlyMinutes = r.integer(u"earlyMinutes", {.min = 0, .max = 100000});
    day.lateMinutes = r.integer(u"lateMinutes", {.min = 0, .max = 100000});
    day.slotList = r.items<HallBookingSlot>(u"slots", {.need = Need::Required, .maxItems = MaxSlots});
    return r.finish(out, std::move(day), error);
}

bool readBookings(const QJsonObject &body, QList<HallBooking> *out, QString *error)
{
    JsonReader r(body);
    QList<HallBooking> bookings = r.items<HallBooking>(u"bookings", {.need = Need::Required, .maxItems = MaxFound});
    return r.finish(out, std::move(bookings), error);
}

bool readBooking(const QJsonObject &body, HallBooking *out, QString *error)
{
    JsonReader r(body);
    JsonReader b = r.object(u"booking", Need::Required);
    HallBooking booking;
    HallBooking::read(b, &booking);
    return r.finish(out, std::move(booking), error);
}

} // namespace ow
