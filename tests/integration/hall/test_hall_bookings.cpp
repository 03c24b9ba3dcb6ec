// Bookings against the real hall on loopback (docs/hall-api.md, "Bookings"): slots fill up to their
// capacity, find, move, cancel, check-in, roles, bounded inputs, and a restart. The demo hall takes
// bookings for B: 30-minute slots 09:00-11:30 and 13:30-17:00, 4 a slot, and keeps who booked 30 days. The clock stands at Monday
// 2026-11-30 09:30 in Shanghai.
#include "core/queue/clock.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(1, 30), Qt::UTC);
const QString Tuesday9 = u"2026-12-01T01:00:00Z"_s;  // 09:00 in Shanghai
const QString Tuesday10 = u"2026-12-01T02:00:00Z"_s; // 10:00

QByteArray bookingBody(const QString &slotStart, const QString &name = u"张三"_s, const QString &phone = u"13800138000"_s,
                       const QString &service = u"B"_s)
{
    return QJsonDocument(
               QJsonObject{{u"service"_s, service}, {u"slotStart"_s, slotStart}, {u"name"_s, name}, {u"phone"_s, phone}})
        .toJson(QJsonDocument::Compact);
}

void checkProblem(const HttpAnswer &a, int status, const QString &code)
{
    INFO(a.raw.toStdString());
    CHECK(a.status == status);
    CHECK(a.contentType == "application/problem+json");
    CHECK(a.body.value(u"code"_s).toString() == code);
    CHECK_FALSE(a.body.value(u"detail"_s).toString().isEmpty());
}

QString book(const QUrl &url, const QString &slotStart, const QString &name = u"张三"_s, const QString &phone = u"13800138000"_s)
{
    const HttpAnswer a = post(url, u"/api/v1/bookings"_s, windowToken(5), bookingBody(slotStart, name, phone));
    INFO(a.raw.toStdString());
    REQUIRE(a.status == 201);
    return a.body.value(u"booking"_s).toObject().value(u"code"_s).toString();
}

QJsonObject slotAt(const QUrl &url, const QString &day, const QString &start)
{
    const HttpAnswer a = get(url, u"/api/v1/booking-slots?service=B&day="_s + day, supervisorToken());
    REQUIRE(a.status == 200);
    for (const QJsonValue &v : a.body.value(u"slots"_s).toArray()) {
        if (v.toObject().value(u"start"_s).toString() == start)
            return v.toObject();
    }
    return {};
}

QJsonArray found(const QUrl &url, const QString &query)
{
    const HttpAnswer a = get(url, u"/api/v1/bookings?"_s + query, windowToken(5));
    INFO(a.raw.toStdString());
    REQUIRE(a.status == 200);
    return a.body.value(u"bookings"_s).toArray();
}

} // namespace

TEST_CASE("a booking slot takes bookings up to its capacity and then answers slot_full")
{
    ow::ManualClock clock(Now);
    LocalHall hall(hallConfig(), &clock);
    REQUIRE(hall.start());
    const HttpAnswer daySlots = get(hall.url, u"/api/v1/booking-slots?service=B&day=2026-12-01"_s, windowToken(5));
    REQUIRE(daySlots.status == 200);
    CHECK(daySlots.body.value(u"slots"_s).toArray().size() == 12);
    CHECK(slotAt(hall.url, u"2026-12-01"_s, Tuesday9).value(u"free"_s).toInt() == 4);
    QStringList codes;
    for (int i = 0; i < 4; ++i)
        codes.append(book(hall.url, Tuesday9, u"申请人"_s + QString::number(i)));
    static const QRegularExpression codePattern(u"^[A-Z]{2}[0-9]{4}$"_s);
    for (const QString &code : std::as_const(codes))
        CHECK(codePattern.match(code).hasMatch());
    CHECK(QSet<QString>(codes.begin(), codes.end()).size() == 4);
    checkProblem(post(hall.url, u"/api/v1/bookings"_s, supervisorToken(), bookingBody(Tuesday9)), 409, u"slot_full"_s);
    const QJsonObject slot = slotAt(hall.url, u"2026-12-01"_s, Tuesday9);
    CHECK(slot.value(u"booked"_s).toInt() == 4);
    CHECK(slot.value(u"free"_s).toInt() == 0);
    CHECK(slot.value(u"time"_s).toString() == u"09:00-09:30"_s);
}

TEST_CASE("bookings are found by code, phone or name and keep no more than name and phone")
{
    ow::ManualClock clock(Now);
    LocalHall hall(hallConfig(), &clock);
    REQUIRE(hall.start());
    const QString zhang = book(hall.url, Tuesday9, u"张三"_s, u"13800138000"_s);
    const QString li = book(hall.url, Tuesday10, u"李四"_s, u"010-12345678"_s);
    CHECK(found(hall.url, u"q="_s + zhang.toLower()).first().toObject().value(u"name"_s).toString() == u"张三"_s);
    const QJsonArray byPhone = found(hall.url, u"q=12345678"_s);
    REQUIRE(byPhone.size() == 1);
    CHECK(byPhone.first().toObject().value(u"code"_s).toString() == li);
    CHECK(byPhone.first().toObject().value(u"state"_s).toString() == u"active"_s);
    CHECK(found(hall.url, u"q="_s + QString::fromUtf8(QUrl::toPercentEncoding(u"李"_s))).size() == 1);
    CHECK(found(hall.url, u"day=2026-12-01"_s).size() == 2);
    CHECK(found(hall.url, u"day=2026-12-02"_s).isEmpty());
    CHECK(found(hall.url, u"q=nobody"_s).isEmpty());
    // The log that boards read names the booking, never the person.
    const HttpAnswer events = get(hall.url, u"/api/v1/events?types=booking_registered"_s, boardToken());
    REQUIRE(events.status == 200);
    CHECK(events.body.value(u"events"_s).toArray().size() == 2);
    CHECK_FALSE(events.raw.contains("13800138000"));
    CHECK_FALSE(events.raw.contains(u"张三"_s.toUtf8()));
}

TEST_CASE("moving a booking checks the new slot's capacity and cancelling frees the place")
{
    ow::ManualClock clock(Now);
    LocalHall hall(hallConfig(), &clock);
    REQUIRE(hall.start());
    for (int i = 0; i < 4; ++i)
        book(hall.url, Tuesday10);
    const QString code = book(hall.url, Tuesday9);
    checkProblem(post(hall.url, u"/api/v1/bookings/"_s + code + u"/move"_s, windowToken(5),
                      QJsonDocument(QJsonObject{{u"slotStart"_s, Tuesday10}}).toJson()),
                 409, u"slot_full"_s);
    checkProblem(
        post(hall.url, u"/api/v1/bookings/"_s + code + u"/move"_s, windowToken(5), R"({"slotStart":"2026-12-01T01:10:00Z"})"),
        400, u"unknown_slot"_s);
    const HttpAnswer moved = post(hall.url, u"/api/v1/bookings/"_s + code + u"/move"_s, supervisorToken(),
                                  R"({"slotStart":"2026-12-01T05:30:00Z"})"); // 13:30
    INFO(moved.raw.toStdString());
    REQUIRE(moved.status == 200);
    CHECK(moved.body.value(u"booking"_s).toObject().value(u"slotEnd"_s).toString().startsWith(u"2026-12-01T06:00:00"_s));
    CHECK(moved.body.value(u"booking"_s).toObject().value(u"name"_s).toString() == u"张三"_s);
    CHECK(slotAt(hall.url, u"2026-12-01"_s, Tuesday9).value(u"free"_s).toInt() == 4);
    CHECK(slotAt(hall.url, u"2026-12-01"_s, u"2026-12-01T05:30:00Z"_s).value(u"free"_s).toInt() == 3);

    const QString full = found(hall.url, u"day=2026-12-01"_s).first().toObject().value(u"code"_s).toString();
    const HttpAnswer cancelled = post(hall.url, u"/api/v1/bookings/"_s + full + u"/cancel"_s, windowToken(5));
    REQUIRE(cancelled.status == 200);
    CHECK(cancelled.body.value(u"booking"_s).toObject().value(u"state"_s).toString() == u"cancelled"_s);
    CHECK(slotAt(hall.url, u"2026-12-01"_s, Tuesday10).value(u"free"_s).toInt() == 1);
    checkProblem(post(hall.url, u"/api/v1/bookings/"_s + full + u"/cancel"_s, windowToken(5)), 409, u"booking_cancelled"_s);
    checkProblem(
        post(hall.url, u"/api/v1/bookings/"_s + full + u"/move"_s, windowToken(5), R"({"slotStart":"2026-12-01T06:00:00Z"})"),
        409, u"booking_cancelled"_s);
    checkProblem(
        post(hall.url, u"/api/v1/bookings/"_s + full + u"/move"_s, windowToken(5), R"({"slotStart":"2026-12-01T01:10:00Z"})"),
        409, u"booking_cancelled"_s); // not "unknown_slot": a cancelled booking moves nowhere
    checkProblem(post(hall.url, u"/api/v1/bookings/NOPE01/cancel"_s, windowToken(5)), 404, u"booking_not_found"_s);
    const HttpAnswer events = get(hall.url, u"/api/v1/events?types=booking_moved,booking_cancelled"_s, boardToken());
    CHECK(events.body.value(u"events"_s).toArray().size() == 2);
}

TEST_CASE("a booking made today is checked in at the kiosk, and a cancelled one is refused")
{
    ow::ManualClock clock(Now);
    LocalHall hall(hallConfig(), &clock);
    REQUIRE(hall.start());
    const QString kept = book(hall.url, u"2026-11-30T02:00:00Z"_s); // 10:00 today: check-in opens at 09:00
    const QString dropped = book(hall.url, u"2026-11-30T02:00:00Z"_s);
    REQUIRE(post(hall.url, u"/api/v1/bookings/"_s + dropped + u"/cancel"_s, supervisorToken()).status == 200);
    const HttpAnswer ticket =
        post(hall.url, u"/api/v1/tickets"_s, kioskToken(), QJsonDocument(QJsonObject{{u"bookingCode"_s, kept}}).toJson());
    INFO(ticket.raw.toStdString());
    CHECK(ticket.status == 201);
    checkProblem(
        post(hall.url, u"/api/v1/tickets"_s, kioskToken(), QJsonDocument(QJsonObject{{u"bookingCode"_s, dropped}}).toJson()), 409,
        u"booking_cancelled"_s);
    checkProblem(post(hall.url, u"/api/v1/bookings/"_s + kept + u"/cancel"_s, supervisorToken()), 409, u"booking_used"_s);
    CHECK(found(hall.url, u"q="_s + kept).first().toObject().value(u"state"_s).toString() == u"checked_in"_s);
}

TEST_CASE("kiosks and boards neither make nor read bookings")
{
    ow::ManualClock clock(Now);
    LocalHall hall(hallConfig(), &clock);
    REQUIRE(hall.start());
    checkProblem(post(hall.url, u"/api/v1/bookings"_s, kioskToken(), bookingBody(Tuesday9)), 403, u"forbidden"_s);
    checkProblem(get(hall.url, u"/api/v1/bookings"_s, boardToken()), 403, u"forbidden"_s);
    checkProblem(get(hall.url, u"/api/v1/booking-slots?service=B&day=2026-12-01"_s, kioskToken()), 403, u"forbidden"_s);
    const QString code = book(hall.url, Tuesday9);
    checkProblem(post(hall.url, u"/api/v1/bookings/"_s + code + u"/cancel"_s, kioskToken()), 403, u"forbidden"_s);
    checkProblem(
        post(hall.url, u"/api/v1/bookings/"_s + code + u"/move"_s, boardToken(), R"({"slotStart":"2026-12-01T02:00:00Z"})"), 403,
        u"forbidden"_s);
}

TEST_CASE("a booking with a long name, a bad phone, a past or far slot or a bad day is refused")
{
    ow::ManualClock clock(Now);
    LocalHall hall(hallConfig(), &clock);
    REQUIRE(hall.start());
    const QString url = u"/api/v1/bookings"_s;
    checkProblem(post(hall.url, url, supervisorToken(), bookingBody(Tuesday9, QString(51, u'名'))), 400, u"bad_request"_s);
    CHECK(post(hall.url, url, supervisorToken(), bookingBody(Tuesday9, QString(50, u'名'))).status == 201);
    for (const QString &phone : {u"1380013800"_s, u"23800138000"_s, u"138001380001"_s, u"phone"_s})
        checkProblem(post(hall.url, url, supervisorToken(), bookingBody(Tuesday9, u"张三"_s, phone)), 400, u"invalid_phone"_s);
    checkProblem(post(hall.url, url, supervisorToken(), bookingBody(u"2026-11-30T01:00:00Z"_s)), 409, u"slot_past"_s);
    checkProblem(post(hall.url, url, supervisorToken(), bookingBody(u"2027-03-01T01:00:00Z"_s)), 400, u"slot_too_far"_s);
    checkProblem(post(hall.url, url, supervisorToken(), bookingBody(u"2026-12-06T01:00:00Z"_s)), 400,
                 u"unknown_slot"_s); // Sunday
    checkProblem(post(hall.url, url, supervisorToken(), bookingBody(Tuesday9, u"张三"_s, u"13800138000"_s, u"A"_s)), 400,
                 u"no_bookings"_s);
    checkProblem(post(hall.url, url, supervisorToken(), bookingBody(u"tomorrow"_s)), 400, u"bad_request"_s);
    checkProblem(post(hall.url, url, supervisorToken(),
                      R"({"service":"B","slotStart":"2026-12-01T01:00:00Z","name":"x","phone":"13800138000","idNumber":"1"})"),
                 400, u"bad_request"_s);
    for (const QString &day : {u"2026-13-01"_s, u"2026-11-29"_s, u"2027-03-01"_s})
        checkProblem(get(hall.url, u"/api/v1/booking-slots?service=B&day="_s + day, supervisorToken()), 400, u"bad_request"_s);
    checkProblem(get(hall.url, u"/api/v1/bookings?q="_s + QString(51, u'x'), supervisorToken()), 400, u"bad_request"_s);
    CHECK(slotAt(hall.url, u"2026-12-05"_s, u"2026-12-05T01:00:00Z"_s).value(u"capacity"_s).toInt() == 4); // Saturday service
}

TEST_CASE("bookings and who made them survive a restart of the hall")
{
    ow::ManualClock clock(Now);
    LocalHall hall(hallConfig(), &clock);
    REQUIRE(hall.start());
    const QString code = book(hall.url, Tuesday9, u"王五"_s, u"13912345678"_s);
    const QString cancelled = book(hall.url, Tuesday9);
    REQUIRE(post(hall.url, u"/api/v1/bookings/"_s + cancelled + u"/cancel"_s, supervisorToken()).status == 200);
    hall.server.stop();
    REQUIRE(hall.start());
    const QJsonArray list = found(hall.url, u"q=13912345678"_s);
    REQUIRE(list.size() == 1);
    CHECK(list.first().toObject().value(u"code"_s).toString() == code);
    CHECK(list.first().toObject().value(u"name"_s).toString() == u"王五"_s);
    CHECK(slotAt(hall.url, u"2026-12-01"_s, Tuesday9).value(u"free"_s).toInt() == 3);
    checkProblem(post(hall.url, u"/api/v1/bookings/"_s + cancelled + u"/cancel"_s, supervisorToken()), 409,
                 u"booking_cancelled"_s);
}

TEST_CASE("the hall blanks who booked once the booking's day is more than keepContactDays past, and nothing else")
{
    ow::ManualClock clock(Now);
    LocalHall hall(hallConfig(), &clock); // the demo keeps them 30 days
    REQUIRE(hall.start());
    const QString old = book(hall.url, Tuesday9, u"王五"_s, u"13912345678"_s);
    const QString later = book(hall.url, u"2027-01-05T01:00:00Z"_s, u"赵六"_s, u"13700001111"_s);

    // Read straight from the hall's file: GET /bookings shows no day before today.
    const auto contacts = [&hall](const QString &code) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"contacts"_s);
        db.setDatabaseName(hall.databasePath);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(u"SELECT name, phone, state FROM bookings WHERE code = ?"_s));
        q.addBindValue(code);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        const QStringList row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        q = QSqlQuery();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"contacts"_s);
        return row;
    };
    const auto restartAt = [&](const QDateTime &t) {
        clock.set(t);
        hall.server.stop();
        REQUIRE(hall.start()); // the day check runs at start, as it does each minute
    };

    restartAt(QDateTime(QDate(2026, 12, 31), QTime(1, 30), Qt::UTC)); // 30 days after the booking's day: kept
    CHECK(contacts(old) == QStringList{u"王五"_s, u"13912345678"_s, u"active"_s});

    restartAt(QDateTime(QDate(2027, 1, 1), QTime(1, 30), Qt::UTC)); // 31 days: gone
    CHECK(contacts(old) == QStringList{QString(), QString(), u"active"_s});
    CHECK(contacts(later) == QStringList{u"赵六"_s, u"13700001111"_s, u"active"_s});
    CHECK(found(hall.url, u"q=13700001111"_s).size() == 1);
    CHECK(found(hall.url, u"q=13912345678"_s).isEmpty());
}
