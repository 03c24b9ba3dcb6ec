// The kiosk's 绿色通道 for the elderly (core/domain/elderlypriority.h): an ID number whose birth date says 60
// or older today gets the priority; the birthday itself counts; a 29 February birthday turns on 1 March in a
// common year; a number that is not valid is refused with the validator's reason.
#include "core/domain/elderlypriority.h"
#include "tests/support/test_support.h"

using namespace Qt::StringLiterals;

namespace {

// A valid resident ID (GB 11643 check digit) for someone born on `birth`.
QString residentId(const QDate &birth)
{
    const QString body = u"110105"_s + birth.toString(u"yyyyMMdd"_s) + u"003"_s;
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + u"10X98765432"_s.at(sum % 11);
}

} // namespace

TEST_CASE("age in completed years turns on the birthday", "[elderly]")
{
    CHECK(ow::ageOn(QDate(1966, 12, 4), QDate(2026, 12, 4)) == 60);
    CHECK(ow::ageOn(QDate(1966, 12, 5), QDate(2026, 12, 4)) == 59);
    CHECK(ow::ageOn(QDate(1966, 11, 30), QDate(2026, 12, 4)) == 60);
    CHECK(ow::ageOn(QDate(1967, 1, 1), QDate(2026, 12, 31)) == 59);
    // Born on 29 February: still 59 on 28 February of a common year, 60 on 1 March.
    CHECK(ow::ageOn(QDate(1964, 2, 29), QDate(2024, 2, 28)) == 59);
    CHECK(ow::ageOn(QDate(1964, 2, 29), QDate(2024, 2, 29)) == 60);
    CHECK(ow::ageOn(QDate(1968, 2, 29), QDate(2027, 2, 28)) == 58);
    CHECK(ow::ageOn(QDate(1967, 2, 28), QDate(2027, 3, 1)) == 60);
}

TEST_CASE("the priority for the elderly starts on the 60th birthday", "[elderly]")
{
    const QDate today(2026, 12, 4);
    CHECK(ow::elderlyPriority(residentId(QDate(1966, 12, 4)), today).kind == ow::ElderlyVerdict::Kind::Elderly);
    CHECK(ow::elderlyPriority(residentId(QDate(1940, 1, 1)), today).kind == ow::ElderlyVerdict::Kind::Elderly);
    CHECK(ow::elderlyPriority(residentId(QDate(1966, 12, 5)), today).kind == ow::ElderlyVerdict::Kind::TooYoung);
    CHECK(ow::elderlyPriority(residentId(QDate(1990, 6, 1)), today).kind == ow::ElderlyVerdict::Kind::TooYoung);
    // The example printed in GB 11643, typed with a small x and spaces, as a kiosk's keypad may give it.
    CHECK(ow::elderlyPriority(u" 110105 19491231 002x"_s, today).kind == ow::ElderlyVerdict::Kind::Elderly);
}

TEST_CASE("a number that is not a valid ID gets no priority and says why", "[elderly]")
{
    const QDate today(2026, 12, 4);
    QString wrongDigit = residentId(QDate(1950, 3, 3));
    wrongDigit[17] = wrongDigit.at(17) == u'1' ? u'2' : u'1';
    for (const QString &typed : {wrongDigit, u""_s, u"12345"_s, u"110105202701010030"_s /* born in the future */}) {
        INFO(typed.toStdString());
        const ow::ElderlyVerdict v = ow::elderlyPriority(typed, today);
        CHECK(v.kind == ow::ElderlyVerdict::Kind::NotAnId);
        CHECK_FALSE(v.reason.isEmpty());
    }
}
