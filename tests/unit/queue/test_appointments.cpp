// Appointments (预约): registration, check-in by booking code within its window, served at or after the slot.
#include "tests/unit/queue/queuefixture.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// 10:00-10:30 local (02:00-02:30 UTC) on the test day.
ow::Booking booking(const QString &code, const QString &service = u"B"_s, int hourUtc = 2)
{
    const QDateTime start(QDate(2026, 11, 28), QTime(hourUtc, 0), Qt::UTC);
    return {code, service, start, start.addSecs(1800), {}, {}};
}

} // namespace

TEST_CASE("a booking is registered once, for a known service and a real slot of today or later")
{
    owtest::Hall h;
    h.engine.startDayIfNeeded(u"hall"_s);
    const ow::QueueResult r = h.engine.registerBooking(booking(u"yy-1"_s), u"sup"_s);
    REQUIRE(r.ok());
    CHECK(r.bookings.value(u"YY-1"_s).day == QDate(2026, 11, 28));
    CHECK(h.engine.registerBooking(booking(u"YY-1"_s), u"sup"_s).error.code == u"booking_exists"_s);
    CHECK(h.engine.registerBooking(booking(u"YY-2"_s, u"Q"_s), u"sup"_s).error.code == u"unknown_service"_s);
    ow::Booking backwards = booking(u"YY-3"_s);
    std::swap(backwards.slotStart, backwards.slotEnd);
    CHECK(h.engine.registerBooking(backwards, u"sup"_s).error.code == u"invalid_booking"_s);
    ow::Booking yesterday = booking(u"YY-4"_s);
    yesterday.slotStart = yesterday.slotStart.addDays(-1);
    yesterday.slotEnd = yesterday.slotEnd.addDays(-1);
    CHECK(h.engine.registerBooking(yesterday, u"sup"_s).error.code == u"invalid_booking"_s);
    CHECK(h.engine.registerBooking(booking(u"有空格 "_s), u"sup"_s).error.code == u"invalid_booking"_s);
}

TEST_CASE("check-in opens before the slot, closes after it, and works once")
{
    owtest::Hall h; // early 60 min, late 15 min; the slot is 10:00-10:30
    h.engine.startDayIfNeeded(u"hall"_s);
    REQUIRE(h.engine.registerBooking(booking(u"YY1"_s), u"sup"_s).ok());
    REQUIRE(h.engine.registerBooking(booking(u"YY2"_s), u"sup"_s).ok());

    h.clock.set(QDateTime(QDate(2026, 11, 28), QTime(0, 59), Qt::UTC)); // 08:59
    CHECK(h.engine.issue({{}, {}, u"YY1"_s}, u"k"_s).error.code == u"booking_too_early"_s);
    h.clock.set(QDateTime(QDate(2026, 11, 28), QTime(1, 0), Qt::UTC));        // 09:00
    const ow::QueueResult r = h.engine.issue({u"A"_s, {}, u"YY1"_s}, u"k"_s); // the booking's service wins
    REQUIRE(r.ok());
    const ow::Ticket &t = h.engine.state().tickets.value(r.ticketId);
    CHECK(t.code == u"B001"_s);
    CHECK(t.appointment.bookingCode == u"YY1"_s);
    CHECK(h.engine.state().bookings.value(u"YY1"_s).ticketId == t.id);
    CHECK(h.engine.issue({{}, {}, u"YY1"_s}, u"k"_s).error.code == u"booking_used"_s);
    CHECK(h.engine.issue({{}, {}, u"NOPE"_s}, u"k"_s).error.code == u"booking_not_found"_s);

    h.clock.set(QDateTime(QDate(2026, 11, 28), QTime(2, 46), Qt::UTC)); // 10:46, 16 min after the end
    CHECK(h.engine.issue({{}, {}, u"YY2"_s}, u"k"_s).error.code == u"booking_missed"_s);
}

TEST_CASE("a booking for another day is refused at check-in and forgotten after its day")
{
    owtest::Hall h;
    h.engine.startDayIfNeeded(u"hall"_s);
    ow::Booking tomorrow = booking(u"YY9"_s);
    tomorrow.slotStart = tomorrow.slotStart.addDays(1);
    tomorrow.slotEnd = tomorrow.slotEnd.addDays(1);
    REQUIRE(h.engine.registerBooking(tomorrow, u"sup"_s).ok());
    REQUIRE(h.engine.registerBooking(booking(u"YY8"_s), u"sup"_s).ok());
    CHECK(h.engine.issue({{}, {}, u"YY9"_s}, u"k"_s).error.code == u"booking_other_day"_s);
    h.clock.set(tomorrow.slotStart);
    CHECK(h.engine.issue({{}, {}, u"YY9"_s}, u"k"_s).ok());
    CHECK_FALSE(h.engine.state().bookings.contains(u"YY8"_s)); // yesterday's booking is gone
}

TEST_CASE("an appointment is not called before its slot, and is called at or after it")
{
    owtest::Hall h(owtest::smallHall(u"weighted"_s, 2));
    h.engine.startDayIfNeeded(u"hall"_s);
    REQUIRE(h.engine.registerBooking(booking(u"YY1"_s), u"sup"_s).ok()); // 10:00
    h.clock.set(QDateTime(QDate(2026, 11, 28), QTime(1, 30), Qt::UTC));  // 09:30
    REQUIRE(h.keep(h.engine.issue({{}, {}, u"YY1"_s}, u"k"_s)).ok());
    CHECK(h.next(u"W2"_s).isEmpty()); // only the appointment waits, and its slot has not started
    h.clock.set(QDateTime(QDate(2026, 11, 28), QTime(1, 59, 59), Qt::UTC));
    CHECK(h.next(u"W2"_s).isEmpty());
    h.issue(u"B"_s);
    CHECK(h.next(u"W2"_s) == u"B002"_s);
    h.done(u"W2"_s);
    h.clock.set(QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC));
    h.issue(u"B"_s);
    CHECK(h.next(u"W2"_s) == u"B001"_s); // at the slot: appointment class, ahead of the normal B003
    CHECK(h.engine.classOf(h.ticket(u"B001"_s), h.clock.now()) == ow::TicketClass::Appointment);
}

TEST_CASE("a supervisor may call an appointment before its slot")
{
    owtest::Hall h;
    h.engine.startDayIfNeeded(u"hall"_s);
    REQUIRE(h.engine.registerBooking(booking(u"YY1"_s), u"sup"_s).ok());
    REQUIRE(h.engine.issue({{}, {}, u"YY1"_s}, u"k"_s).ok());
    CHECK(h.engine.callTicket(u"W2"_s, u"B001"_s, u"supervisor:s"_s).ok());
}
