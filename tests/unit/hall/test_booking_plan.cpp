// The booking slots of the hall config (core/hall/server/bookingplan.h): what a good "bookings" part gives,
// and each refusal with the place it names.
#include "core/hall/server/hallconfig.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject demoRoot()
{
    QFile file(u":/onewindow/hall/demo-hall.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject withBookings(const QJsonObject &service)
{
    QJsonObject root = demoRoot();
    root.insert(u"bookings"_s, QJsonObject{{u"services"_s, QJsonArray{service}}});
    return root;
}

QJsonObject serviceB()
{
    return {{u"service"_s, u"B"_s},
            {u"slotMinutes"_s, 30},
            {u"capacity"_s, 4},
            {u"periods"_s, QJsonArray{u"13:30-17:00"_s, u"09:00-11:30"_s}},
            {u"saturdayPeriods"_s, QJsonArray{u"09:00-10:00"_s}}};
}

QString refusal(const QJsonObject &service)
{
    ow::HallConfig config;
    QString error;
    CHECK_FALSE(ow::HallConfig::fromJson(withBookings(service), &config, &error));
    return error;
}

} // namespace

TEST_CASE("the booking slots of a service are cut from its periods on working days and Saturdays")
{
    ow::HallConfig config;
    QString error;
    REQUIRE(ow::HallConfig::fromJson(withBookings(serviceB()), &config, &error));
    const ow::ServiceBookings *b = config.bookings.service(u"B"_s);
    REQUIRE(b);
    CHECK(b->capacity == 4);
    const QList<ow::BookingSlot> monday = config.bookings.slotsOn(u"B"_s, QDate(2026, 11, 30));
    REQUIRE(monday.size() == 12); // 5 in the morning, 7 in the afternoon
    CHECK(monday.first().start == QTime(9, 0));
    CHECK(monday.at(4).end == QTime(11, 30));
    CHECK(monday.at(5).start == QTime(13, 30));
    CHECK(monday.last().end == QTime(17, 0));
    CHECK(config.bookings.slotsOn(u"B"_s, QDate(2026, 12, 5)).size() == 2); // a Saturday: 5+X
    CHECK(config.bookings.slotsOn(u"B"_s, QDate(2026, 12, 6)).isEmpty());   // a Sunday
    CHECK(config.bookings.slotsOn(u"A"_s, QDate(2026, 11, 30)).isEmpty());  // A takes no bookings
    CHECK(config.bookings.slotsOn(u"B"_s, QDate(2026, 10, 1)).isEmpty());   // National Day
}

TEST_CASE("the demo hall takes bookings for B and C")
{
    const ow::HallConfig demo = ow::HallConfig::demo();
    CHECK(demo.bookings.service(u"B"_s));
    CHECK(demo.bookings.service(u"C"_s));
    CHECK_FALSE(demo.bookings.service(u"A"_s));
}

TEST_CASE("a bookings part with an unknown service, bad periods or a capacity out of range is refused")
{
    QJsonObject s = serviceB();
    s.insert(u"service"_s, u"Z"_s);
    CHECK(refusal(s).contains(u"there is no service Z"_s));

    s = serviceB();
    s.insert(u"periods"_s, QJsonArray{u"09:00-11:30"_s, u"11:00-12:00"_s});
    CHECK(refusal(s).contains(u"overlap at 11:00"_s));

    s = serviceB();
    s.insert(u"periods"_s, QJsonArray{u"09:00-09:45"_s});
    CHECK(refusal(s).contains(u"whole number of 30-minute slots"_s));

    s = serviceB();
    s.insert(u"periods"_s, QJsonArray{u"9h-10h"_s});
    CHECK(refusal(s).contains(u"not a period like 09:00-11:30"_s));

    s = serviceB();
    s.insert(u"periods"_s, QJsonArray{u"11:00-10:00"_s});
    CHECK(refusal(s).contains(u"not a period"_s));

    for (int capacity : {0, 1001}) {
        s = serviceB();
        s.insert(u"capacity"_s, capacity);
        CHECK(refusal(s).contains(u"capacity"_s));
    }

    s = serviceB();
    s.insert(u"slotMinutes"_s, 5);
    s.insert(u"periods"_s, QJsonArray{u"00:00-23:55"_s}); // 287 slots: fine alone
    s.insert(u"saturdayPeriods"_s, QJsonArray{});
    ow::HallConfig config;
    QString error;
    CHECK(ow::HallConfig::fromJson(withBookings(s), &config, &error));
    s.insert(u"periods"_s, QJsonArray{u"00:00-23:55"_s, u"23:55-23:59"_s});
    CHECK_FALSE(refusal(s).isEmpty());

    s = serviceB();
    s.insert(u"capacityy"_s, 3);
    CHECK(refusal(s).contains(u"capacityy"_s));

    s = serviceB();
    s.remove(u"periods"_s);
    s.remove(u"saturdayPeriods"_s);
    CHECK(refusal(s).contains(u"needs \"periods\""_s));

    QJsonObject root = withBookings(serviceB());
    root.insert(u"bookings"_s, QJsonObject{{u"services"_s, QJsonArray{serviceB(), serviceB()}}});
    ow::HallConfig twice;
    CHECK_FALSE(ow::HallConfig::fromJson(root, &twice, &error));
    CHECK(error.contains(u"listed twice"_s));
}

TEST_CASE("the hall keeps who booked for keepContactDays after the booking's day, 30 unless the config says")
{
    ow::HallConfig config;
    QString error;
    REQUIRE(ow::HallConfig::fromJson(withBookings(serviceB()), &config, &error));
    CHECK(config.bookings.keepContactDays() == 30);

    QJsonObject root = withBookings(serviceB());
    QJsonObject bookings = root.value(u"bookings"_s).toObject();
    bookings.insert(u"keepContactDays"_s, 7);
    root.insert(u"bookings"_s, bookings);
    REQUIRE(ow::HallConfig::fromJson(root, &config, &error));
    CHECK(config.bookings.keepContactDays() == 7);

    for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(3651), QJsonValue(u"30"_s)}) {
        bookings.insert(u"keepContactDays"_s, bad);
        root.insert(u"bookings"_s, bookings);
        CHECK_FALSE(ow::HallConfig::fromJson(root, &config, &error));
        CHECK(error.contains(u"keepContactDays"_s));
    }
    bookings.remove(u"keepContactDays"_s);
    bookings.insert(u"keepContactDay"_s, 7); // a misspelt key is refused, not ignored
    root.insert(u"bookings"_s, bookings);
    CHECK_FALSE(ow::HallConfig::fromJson(root, &config, &error));
    CHECK(error.contains(u"keepContactDay"_s));
}
