// Bookings (预约, docs/hall-api.md "Bookings"): the day's slots of a service with their free places, making
// a booking (the hall picks its code), finding, moving and cancelling one. Supervisors and windows only; a
// kiosk only checks a booking in (POST /tickets). Capacity is checked here, before the engine's operation:
// the server's event loop runs one request at a time, so nothing books the place in between.
#include "core/hall/server/hallserver_p.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

constexpr int MaxFound = 200;
constexpr qsizetype MaxNameLength = 50;

QHttpServerResponse refuse(hallhttp::Status status, const QString &code, const QString &detail)
{
    return hallhttp::problem(status, code, detail);
}

// A mobile number (11 digits from 1) or a landline with its area code (0 + 2 or 3 digits, '-' optional,
// 7 or 8 digits).
bool validPhone(const QString &phone)
{
    static const QRegularExpression pattern(u"^(1[0-9]{10}|0[0-9]{2,3}-?[0-9]{7,8})$"_s);
    return pattern.match(phone).hasMatch();
}

// Two letters (no I or O, which read as digits) and four digits, from the system's random source: a code
// does not tell the next one.
QString randomCode()
{
    static const QString letters = u"ABCDEFGHJKLMNPQRSTUVWXYZ"_s;
    QRandomGenerator *random = QRandomGenerator::system();
    QString code;
    for (int i = 0; i < 2; ++i)
        code.append(letters.at(int(random->bounded(qsizetype(letters.size())))));
    return code + QString::number(random->bounded(10000)).rightJustified(4, u'0');
}

} // namespace

// The slot of `service` that starts at `start`, or a refusal: not a slot of the plan, in the past, too
// far ahead, or full (`ignore`: the booking being moved does not count against its own slot).
std::optional<QHttpServerResponse> HallServer::bookableSlot(const QString &service, const QDateTime &start, const QString &ignore,
                                                            QDateTime *end) const
{
    const QueueEngine &engine = m_core->engine();
    const BookingPlan &plan = m_core->config().bookings;
    const ServiceBookings *s = plan.service(service);
    if (!s)
        return refuse(hallhttp::Status::BadRequest, u"no_bookings"_s, HallText::tr("Service %1 takes no bookings.").arg(service));
    const QTimeZone zone = engine.config().timeZone;
    const QDateTime local = start.toTimeZone(zone);
    const QList<BookingSlot> daySlots = plan.slotsOn(service, local.date());
    const auto slot =
        std::find_if(daySlots.begin(), daySlots.end(), [&](const BookingSlot &b) { return b.start == local.time(); });
    if (slot == daySlots.end())
        return refuse(hallhttp::Status::BadRequest, u"unknown_slot"_s,
                      HallText::tr("%1 is not the start of a booking slot of service %2.")
                          .arg(local.toString(u"yyyy-MM-dd HH:mm"_s), service));
    const QDateTime now = engine.clock().now();
    if (start <= now)
        return refuse(hallhttp::Status::Conflict, u"slot_past"_s, HallText::tr("The slot has already begun."));
    if (local.date() > engine.dayOf(now).addDays(BookingPlan::MaxDaysAhead))
        return refuse(hallhttp::Status::BadRequest, u"slot_too_far"_s,
                      HallText::tr("Bookings are taken at most %1 days ahead.").arg(BookingPlan::MaxDaysAhead));
    if (bookedIn(service, start, ignore) >= s->capacity)
        return refuse(hallhttp::Status::Conflict, u"slot_full"_s,
                      HallText::tr("The slot at %1 is full.").arg(local.toString(u"yyyy-MM-dd HH:mm"_s)));
    *end = QDateTime(local.date(), slot->end, zone).toUTC();
    return std::nullopt;
}

int HallServer::bookedIn(const QString &service, const QDateTime &start, const QString &ignore) const
{
    int booked = 0;
    for (const Booking &b : m_core->engine().state().bookings)
        booked += b.service == service && b.slotStart == start && !b.cancelled && b.code != ignore;
    return booked;
}

QJsonObject HallServer::bookingSlots(const QString &service, const QDate &day) const
{
    const QTimeZone zone = m_core->engine().config().timeZone;
    const ServiceBookings *s = m_core->config().bookings.service(service);
    QJsonArray daySlots;
    for (const BookingSlot &slot : m_core->config().bookings.slotsOn(service, day)) {
        const QDateTime start = QDateTime(day, slot.start, zone).toUTC();
        const int booked = bookedIn(service, start, {});
        daySlots.append(QJsonObject{{u"start"_s, start.toString(Qt::ISODate)},
                                    {u"end"_s, QDateTime(day, slot.end, zone).toUTC().toString(Qt::ISODate)},
                                    {u"time"_s, QString(slot.start.toString(u"HH:mm"_s) + u'-' + slot.end.toString(u"HH:mm"_s))},
                                    {u"capacity"_s, s->capacity},
                                    {u"booked"_s, booked},
                                    {u"free"_s, std::max(0, s->capacity - booked)}});
    }
    const QueueConfig &queue = m_core->engine().config();
    return {{u"service"_s, service},
            {u"serviceName"_s, queue.service(service) ? queue.service(service)->name : QString()},
            {u"hallName"_s, queue.hallName},
            {u"timeZone"_s, QString::fromUtf8(zone.id())},
            {u"earlyMinutes"_s, queue.rules.appointmentEarlyMinutes},
            {u"lateMinutes"_s, queue.rules.appointmentLateMinutes},
            {u"day"_s, day.toString(Qt::ISODate)},
            {u"slots"_s, daySlots}};
}

QHttpServerResponse HallServer::createBooking(const Admitted &a)
{
    JsonReader r(a.body);
    if (a.body.contains(u"code"_s)) { // the form before the hall kept slots: the caller names code and slot
        Booking b;
        b.code = r.string(u"code", hallhttp::RequiredText);
        b.service = r.string(u"service", hallhttp::RequiredText);
        b.slotStart = r.dateTime(u"slotStart", Need::Required, true);
        b.slotEnd = r.dateTime(u"slotEnd", Need::Required, true);
        if (!r.ok())
            return hallhttp::badRequest(r.error());
        return run([&](QueueEngine &e) { return e.registerBooking(b, a.device.actor()); },
                   [](const QueueResult &r) {
                       return QJsonObject{{u"booking"_s, r.bookings.isEmpty() ? QJsonObject() : r.bookings.begin()->toJson()}};
                   },
                   201);
    }
    if (!r.onlyKeys({u"service", u"slotStart", u"name", u"phone"}))
        return hallhttp::badRequest(r.error());
    Booking b;
    b.service = r.string(u"service", {.need = Need::Required, .maxLength = 16, .trim = true});
    b.slotStart = r.dateTime(u"slotStart", Need::Required, true);
    const QString name = r.string(u"name", {.need = Need::Required, .maxLength = MaxNameLength, .trim = true});
    const QString phone = r.string(u"phone", {.need = Need::Required, .maxLength = 16, .trim = true});
    if (!r.ok())
        return hallhttp::badRequest(r.error());
    if (!validPhone(phone))
        return hallhttp::badRequest(HallText::tr("\"phone\" must be a mobile number (11 digits from 1) or a landline "
                                                 "with its area code, such as 010-12345678."),
                                    u"invalid_phone"_s);
    if (!m_core->engine().config().service(b.service))
        return refuse(hallhttp::Status::BadRequest, u"unknown_service"_s, HallText::tr("There is no service %1.").arg(b.service));
    if (auto refused = bookableSlot(b.service, b.slotStart, {}, &b.slotEnd))
        return std::move(*refused);
    for (int attempt = 0; attempt < 50 && b.code.isEmpty(); ++attempt) {
        const QString code = randomCode();
        bool used = true;
        QString error;
        if (!m_core->store().bookingCodeUsed(code, &used, &error))
            return hallhttp::storageFailed(error);
        if (!used && !m_core->engine().state().bookings.contains(code))
            b.code = code;
    }
    if (b.code.isEmpty())
        return hallhttp::storageFailed(HallText::tr("No free booking code was found."));
    const QDateTime createdAt = m_core->engine().clock().now();
    return run(
        [&](QueueEngine &e) { return e.registerBooking(b, a.device.actor()); },
        [this, &b](const QueueResult &) {
            return QJsonObject{{u"booking"_s, storedBookingJson(b.code)}};
        },
        201, [&](HallStore &store, QString *error) { return store.writeBookingContact(b.code, name, phone, createdAt, error); });
}

QJsonObject HallServer::storedBookingJson(const QString &code)
{
    QString error;
    return m_core->store().storedBooking(code, &error);
}

void HallServer::registerBookingRoutes()
{
    QHttpServer &http = *m_http;
    http.route(u"/api/v1/booking-slots"_s, Method::Get,
               admitted(HallAction::Bookings, [this](const QHttpServerRequest &request, const Admitted &) {
                   const QString service = request.query().queryItemValue(u"service"_s);
                   const QDate day = QDate::fromString(request.query().queryItemValue(u"day"_s), Qt::ISODate);
                   const QDate today = m_core->engine().dayOf(m_core->engine().clock().now());
                   if (!day.isValid() || day < today || day > today.addDays(BookingPlan::MaxDaysAhead))
                       return hallhttp::badRequest(HallText::tr("\"day\" must be a date like 2026-11-28, from today to "
                                                                "%1 days ahead.")
                                                       .arg(BookingPlan::MaxDaysAhead));
                   if (!m_core->config().bookings.service(service))
                       return refuse(hallhttp::Status::BadRequest, u"no_bookings"_s,
                                     HallText::tr("Service %1 takes no bookings.").arg(service.left(16)));
                   return hallhttp::json(bookingSlots(service, day));
               }));
    http.route(u"/api/v1/booking-slots"_s, Method::AnyKnown, [] { return hallhttp::methodNotAllowed(); });

    http.route(
        u"/api/v1/bookings"_s, Method::Post,
        admitted(HallAction::Bookings, [this](const QHttpServerRequest &, const Admitted &a) { return createBooking(a); }));
    http.route(u"/api/v1/bookings"_s, Method::Get,
               admitted(HallAction::Bookings, [this](const QHttpServerRequest &request, const Admitted &) {
                   const QString dayText = request.query().queryItemValue(u"day"_s);
                   const QString text = request.query().queryItemValue(u"q"_s).trimmed();
                   const QDate day = QDate::fromString(dayText, Qt::ISODate);
                   if ((!dayText.isEmpty() && !day.isValid()) || text.size() > MaxNameLength)
                       return hallhttp::badRequest(HallText::tr("\"day\" must be a date like 2026-11-28 and \"q\" at most "
                                                                "%1 characters.")
                                                       .arg(MaxNameLength));
                   QString error;
                   const QDate today = m_core->engine().dayOf(m_core->engine().clock().now());
                   const QList<QJsonObject> found = m_core->store().findBookings(day, today, text, MaxFound + 1, &error);
                   if (!error.isEmpty())
                       return hallhttp::storageFailed(error);
                   QJsonArray list;
                   for (qsizetype i = 0; i < std::min<qsizetype>(found.size(), MaxFound); ++i)
                       list.append(found.at(i));
                   return hallhttp::json({{u"bookings"_s, list}, {u"truncated"_s, found.size() > MaxFound}});
               }));
    http.route(u"/api/v1/bookings"_s, Method::AnyKnown, [] { return hallhttp::methodNotAllowed(); });

    http.route(u"/api/v1/bookings/<arg>/move"_s, Method::Post,
               admittedWithArg(HallAction::Bookings, [this](const QString &ref, const QHttpServerRequest &, const Admitted &a) {
                   JsonReader r(a.body);
                   const QDateTime start = r.dateTime(u"slotStart", Need::Required, true);
                   if (!r.ok())
                       return hallhttp::badRequest(r.error());
                   const QString code = ref.trimmed().toUpper();
                   const auto it = m_core->engine().state().bookings.constFind(code);
                   if (it == m_core->engine().state().bookings.constEnd())
                       return refuse(hallhttp::Status::NotFound, u"booking_not_found"_s,
                                     HallText::tr("There is no booking %1 from today on.").arg(code.left(32)));
                   if (it->cancelled || !it->ticketId.isEmpty()) // the engine refuses it in its words, whatever the slot
                       return run([&](QueueEngine &e) { return e.moveBooking(code, start, start, a.device.actor()); },
                                  [](const QueueResult &) { return QJsonObject(); });
                   QDateTime end;
                   if (auto refused = bookableSlot(it->service, start, code, &end))
                       return std::move(*refused);
                   return run([&](QueueEngine &e) { return e.moveBooking(code, start, end, a.device.actor()); },
                              [this, code](const QueueResult &) {
                                  return QJsonObject{{u"booking"_s, storedBookingJson(code)}};
                              });
               }));
    http.route(u"/api/v1/bookings/<arg>/move"_s, Method::AnyKnown, [](const QString &) { return hallhttp::methodNotAllowed(); });

    http.route(u"/api/v1/bookings/<arg>/cancel"_s, Method::Post,
               admittedWithArg(HallAction::Bookings, [this](const QString &ref, const QHttpServerRequest &, const Admitted &a) {
                   const QString code = ref.trimmed().toUpper();
                   return run([&](QueueEngine &e) { return e.cancelBooking(code, a.device.actor()); },
                              [this, code](const QueueResult &) {
                                  return QJsonObject{{u"booking"_s, storedBookingJson(code)}};
                              });
               }));
    http.route(u"/api/v1/bookings/<arg>/cancel"_s, Method::AnyKnown,
               [](const QString &) { return hallhttp::methodNotAllowed(); });
}

} // namespace ow
