// The hall's clock (ADR 0030): one converter for every time a face or report shows.
#include "core/queue/halltime.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("times are shown on the hall's clock, and a hall that does not say is in China's zone")
{
    const QDateTime instant(QDate(2026, 11, 28), QTime(22, 25), Qt::UTC); // the next morning in Beijing
    const QLocale c = QLocale::c();
    const ow::HallTime shanghai(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    CHECK(shanghai.local(instant).time() == QTime(6, 25));
    CHECK(shanghai.date(instant) == QDate(2026, 11, 29));
    CHECK(shanghai.dateTime(instant) == u"2026-11-29 06:25"_s);
    CHECK(shanghai.time(instant, c) == c.toString(QTime(6, 25), QLocale::ShortFormat));

    const ow::HallTime newYork(QTimeZone(-5 * 3600));
    CHECK(newYork.dateTime(instant) == u"2026-11-28 17:25"_s);

    const ow::HallTime untold{QTimeZone()};
    CHECK(untold.zone().isValid());
    CHECK(untold.dateTime(instant) == u"2026-11-29 06:25"_s);

    CHECK(shanghai.time(QDateTime()).isEmpty());
    CHECK(shanghai.dateTime(QDateTime()).isEmpty());
    CHECK(shanghai.shortDateTime(QDateTime()).isEmpty());
}
