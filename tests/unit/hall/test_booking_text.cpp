// The booking SMS (core/hall/protocol/bookingtext.h): the slot in the hall's time zone, the code and the
// check-in window.
#include "core/hall/protocol/bookingtext.h"
#include "tests/support/test_support.h"

using namespace Qt::StringLiterals;

TEST_CASE("the booking SMS names the hall, the service, the local slot, the code and the check-in minutes")
{
    ow::BookingSms sms;
    sms.hallName = u"示范大厅"_s;
    sms.serviceName = u"不动产登记"_s;
    sms.code = u"KX4821"_s;
    sms.slotStart = QDateTime(QDate(2026, 11, 30), QTime(16, 0), Qt::UTC); // 00:00 on Dec 1 in Shanghai
    sms.slotEnd = QDateTime(QDate(2026, 11, 30), QTime(16, 30), Qt::UTC);
    sms.timeZone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    sms.earlyMinutes = 60;
    sms.lateMinutes = 15;
    const QString text = ow::bookingSmsText(sms);
    owtest::checkContainsAll(text,
                             {u"示范大厅"_s, u"不动产登记"_s, u"2026-12-01"_s, u"00:00-00:30"_s, u"KX4821"_s, u"60"_s, u"15"_s});
}

TEST_CASE("a booking SMS without a code or a slot is empty")
{
    ow::BookingSms sms;
    sms.timeZone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    sms.slotStart = QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC);
    sms.slotEnd = sms.slotStart.addSecs(1800);
    CHECK(ow::bookingSmsText(sms).isEmpty());
    sms.code = u"KX4821"_s;
    CHECK_FALSE(ow::bookingSmsText(sms).isEmpty());
    sms.slotEnd = {};
    CHECK(ow::bookingSmsText(sms).isEmpty());
}
