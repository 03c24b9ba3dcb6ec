// Check-digit validation of resident ID numbers and unified social credit codes.
#include "core/domain/caseids.h"
#include "core/domain/identifiers.h"
#include "tests/support/test_support.h"

#include <QTimeZone>
#include <QUuid>

#include <catch2/catch.hpp>
#include <functional>
#include <initializer_list>

using namespace Qt::StringLiterals;
using ow::IdKind;

namespace {
// A fixed "today" so the future-date checks do not depend on when the tests run.
const QDate kToday(2026, 6, 1);

// A refusal must tell the clerk why: r is invalid and its reason holds each of the words.
void checkRefused(const ow::IdCheck &r, std::initializer_list<QString> words)
{
    INFO("reason: " << r.reason.toStdString());
    CHECK_FALSE(r.valid);
    for (const QString &word : words) {
        INFO("expected in the reason: " << word.toStdString());
        CHECK(r.reason.contains(word));
    }
}

// Every value that differs from good in one character taken from alphabet is refused by valid; skip(i, c)
// leaves out the characters the format cannot hold at place i (they are refused as malformed elsewhere).
void checkEveryTypoRefused(const QString &good, const QString &alphabet, const std::function<bool(const QString &)> &valid,
                           const std::function<bool(qsizetype, QChar)> &skip = {})
{
    for (qsizetype i = 0; i < good.size(); ++i) {
        for (const QChar c : alphabet) {
            if (c == good.at(i) || (skip && skip(i, c)))
                continue;
            QString typo = good;
            typo[i] = c;
            INFO(typo.toStdString());
            CHECK_FALSE(valid(typo));
        }
    }
}

bool residentIdValid(const QString &id)
{
    return ow::checkResidentId(id, kToday).valid;
}
} // namespace

TEST_CASE("the GB 11643 example number and constructed resident IDs are valid", "[identifiers]")
{
    const auto [number, birth] = GENERATE(table<const char *, QDate>({
        {"11010519491231002X", QDate(1949, 12, 31)}, // the example printed in GB 11643-1999
        {"440305198807150031", QDate(1988, 7, 15)},
        {"310115200002290048", QDate(2000, 2, 29)}, // a leap day is a real date
        {"510107202001011234", QDate(2020, 1, 1)},
        {"330106198511201573", QDate(1985, 11, 20)},
    }));
    const ow::IdCheck r = ow::checkResidentId(QString::fromLatin1(number), kToday);
    INFO(number << ": " << r.reason.toStdString());
    CHECK(r.valid);
    CHECK(r.reason.isEmpty());
    CHECK(r.kind == IdKind::ResidentId);
    CHECK(r.birthDate == birth);
}

TEST_CASE("a resident ID is normalised: lower-case x, spaces and full-width digits are accepted", "[identifiers]")
{
    const QString typed = GENERATE(u"11010519491231002x"_s, u"  110105 19491231 002X  "_s,
                                   u"１１０１０５１９４９１２３１００２Ｘ"_s, u"110105\u300019491231002X"_s);
    const ow::IdCheck r = ow::checkResidentId(typed, kToday);
    CHECK(r.valid);
    CHECK(r.normalized == u"11010519491231002X"_s);
}

TEST_CASE("a resident ID with a wrong check character names the expected and the given one", "[identifiers]")
{
    checkRefused(ow::checkResidentId(u"110105194912310021"_s, kToday), {u"check character"_s, u"X was expected, 1 was given"_s});
}

TEST_CASE("a resident ID with an impossible birth date says which date it read", "[identifiers]")
{
    // 1999-02-30 does not exist; the check character is right, so only the date can be wrong.
    checkRefused(ow::checkResidentId(u"110105199902300015"_s, kToday), {u"1999-02-30"_s, u"does not exist"_s});
}

TEST_CASE("a resident ID born after today or before 1900 is refused", "[identifiers]")
{
    checkRefused(ow::checkResidentId(u"11010520300101001X"_s, kToday), {u"2030-01-01"_s, u"future"_s});
    checkRefused(ow::checkResidentId(u"110105202606020013"_s, kToday), {u"future"_s});
    CHECK(ow::checkResidentId(u"110105202606020013"_s, kToday.addDays(1)).valid);
    checkRefused(ow::checkResidentId(u"110105189912310015"_s, kToday), {u"1900"_s});
}

TEST_CASE("a resident ID with an unknown province code is refused", "[identifiers]")
{
    checkRefused(ow::checkResidentId(u"990105199001010014"_s, kToday), {u"99"_s, u"province"_s});
}

TEST_CASE("a resident ID of the wrong length says how many characters were given", "[identifiers]")
{
    checkRefused(ow::checkResidentId(u"1101051949123100"_s, kToday), {u"18 characters; 16 were given"_s});
    CHECK_FALSE(ow::checkResidentId(QString(), kToday).reason.isEmpty());
}

TEST_CASE("a resident ID with a letter inside names its position", "[identifiers]")
{
    checkRefused(ow::checkResidentId(u"1101051949A231002X"_s, kToday), {u"Character 11"_s, u"\"A\""_s});
    CHECK(ow::checkResidentId(u"11010519491231002Y"_s, kToday).reason.contains(u"digit or X"_s));
}

TEST_CASE("an old 15-digit ID number is refused with a request for the 18-digit one", "[identifiers]")
{
    for (const ow::IdCheck &r :
         {ow::checkResidentId(u"110105491231002"_s, kToday), ow::checkIdentifier(u"110105491231002"_s, kToday)})
        checkRefused(r, {u"15-digit"_s, u"18-digit"_s});
}

TEST_CASE("public credit codes of well-known organisations are valid", "[identifiers]")
{
    const char *code = GENERATE("91350100M000100Y43", // the sample commonly cited with GB 32100
                                "914403001922038216", // 华为技术有限公司
                                "91440300708461136T", // 腾讯科技（深圳）有限公司
                                "91110000802100433B", // 北京百度网讯科技有限公司
                                "91110108551385082Q"  // 小米科技有限责任公司
    );
    const ow::IdCheck r = ow::checkCreditCode(QString::fromLatin1(code));
    INFO(code << ": " << r.reason.toStdString());
    CHECK(r.valid);
    CHECK(r.kind == IdKind::CreditCode);
    CHECK(ow::checkCreditCode(QString::fromLatin1(code).toLower()).valid);
}

TEST_CASE("a credit code with a wrong check character names the expected and the given one", "[identifiers]")
{
    checkRefused(ow::checkCreditCode(u"91350100M000100Y44"_s), {u"3 was expected, 4 was given"_s});
}

TEST_CASE("a credit code whose embedded organisation code check is wrong is refused", "[identifiers]")
{
    // The final character is correct for these 17, so only the GB 11714 check can fail.
    checkRefused(ow::checkCreditCode(u"91350100M000100Y56"_s), {u"organisation code"_s, u"4 was expected, 5 was given"_s});
    CHECK(ow::checkCreditCode(u"91440300708461137X"_s).reason.contains(u"6 was expected, 7 was given"_s));
}

TEST_CASE("a credit code with a letter the standard leaves out names the letter and its position", "[identifiers]")
{
    const QChar letter = GENERATE(QChar(u'I'), QChar(u'O'), QChar(u'Z'), QChar(u'S'), QChar(u'V'));
    QString code = u"91350100M000100Y43"_s;
    code[8] = letter;
    checkRefused(ow::checkCreditCode(code), {u"Character 9"_s, u"letter "_s + letter});
}

TEST_CASE("a credit code with punctuation or a bad registration authority is refused", "[identifiers]")
{
    CHECK(ow::checkCreditCode(u"91350100M000100Y4-"_s).reason.contains(u"Character 18 of the credit code is \"-\""_s));
    CHECK(ow::checkCreditCode(u"01350100M000100Y43"_s).reason.contains(u"registration authority"_s));
    CHECK(ow::checkCreditCode(u"9135A100M000100Y43"_s).reason.contains(u"region code"_s));
}

TEST_CASE("a credit code of the wrong length says how many characters were given", "[identifiers]")
{
    checkRefused(ow::checkCreditCode(u"91350100M000100Y4"_s), {u"18 characters; 17 were given"_s});
}

TEST_CASE("checkIdentifier tells resident IDs and credit codes apart by their shape", "[identifiers]")
{
    CHECK(ow::checkIdentifier(u"11010519491231002x"_s, kToday).kind == IdKind::ResidentId);
    CHECK(ow::checkIdentifier(u"91350100M000100Y43"_s, kToday).kind == IdKind::CreditCode);
    // All digits, yet a credit code: a resident ID never starts with 9.
    const ow::IdCheck huawei = ow::checkIdentifier(u"914403001922038216"_s, kToday);
    CHECK(huawei.valid);
    CHECK(huawei.kind == IdKind::CreditCode);
    // A mistyped all-digit credit code is explained as a credit code, a mistyped ID as an ID.
    CHECK(ow::checkIdentifier(u"914403001922038217"_s, kToday).kind == IdKind::CreditCode);
    CHECK(ow::checkIdentifier(u"110105194912310021"_s, kToday).kind == IdKind::ResidentId);
    // Letters inside: a credit code, whose reason names the position.
    CHECK(ow::checkIdentifier(u"91350100M0O0100Y43"_s, kToday).reason.contains(u"letter O"_s));

    const ow::IdCheck neither = ow::checkIdentifier(u"12345"_s, kToday);
    checkRefused(neither, {u"neither"_s});
    CHECK(neither.kind == IdKind::Unknown);
    CHECK_FALSE(ow::checkIdentifier(u"   "_s, kToday).reason.isEmpty());
}

TEST_CASE("masking keeps the first and last four characters and the length", "[identifiers]")
{
    CHECK(ow::maskIdNumber(u"11010519491231002X"_s) == u"1101**********002X"_s);
    CHECK(ow::maskIdNumber(u"91350100M000100Y43"_s) == u"9135**********0Y43"_s);
    CHECK(ow::maskIdNumber(u"123456789012"_s) == u"1234****9012"_s);
    // Short values never show more than half of themselves.
    CHECK(ow::maskIdNumber(u"12345678"_s) == u"12****78"_s);
    CHECK(ow::maskIdNumber(u"123"_s) == u"***"_s);
    CHECK(ow::maskIdNumber(QString()).isEmpty());
}

TEST_CASE("every single mistyped character and every swap of neighbours in a resident ID is caught", "[identifiers]")
{
    const QString good = u"11010519491231002X"_s;
    // X stands only in the last place.
    checkEveryTypoRefused(good, u"0123456789X"_s, residentIdValid, [](qsizetype i, QChar c) { return c == u'X' && i < 17; });
    for (qsizetype i = 0; i + 1 < good.size(); ++i) {
        if (good.at(i) != good.at(i + 1)) {
            QString swapped = good;
            std::swap(swapped[i], swapped[i + 1]);
            INFO(swapped.toStdString());
            CHECK_FALSE(residentIdValid(swapped));
        }
    }
}

TEST_CASE("every single mistyped character in a credit code is caught", "[identifiers]")
{
    checkEveryTypoRefused(u"91350100M000100Y43"_s, u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s,
                          [](const QString &code) { return ow::checkCreditCode(code).valid; });
}

TEST_CASE("Time-ordered UUIDs are version 7, carry the time and sort by it", "[domain][uuid]")
{
    const QDateTime t(QDate(2026, 11, 28), QTime(9, 30, 0, 123), Qt::UTC);
    const QString id = ow::timeOrderedUuid(t);
    const QUuid parsed = QUuid::fromString(id);
    REQUIRE_FALSE(parsed.isNull());
    CHECK(id.size() == 36);
    CHECK(id == id.toLower());
    CHECK((parsed.data3 >> 12) == 7); // the version nibble (Qt 6.4's QUuid::version() knows 1 to 5 only)
    CHECK(parsed.variant() == QUuid::DCE);
    // The first 48 bits are the Unix time in milliseconds, big-endian.
    const qint64 ms = id.left(8).toLongLong(nullptr, 16) * 65536 + id.mid(9, 4).toLongLong(nullptr, 16);
    CHECK(ms == t.toMSecsSinceEpoch());
    CHECK(id.at(14) == QLatin1Char('7'));

    // A later millisecond sorts after, whatever the random part; two in the same millisecond differ.
    QString previous = ow::timeOrderedUuid(t);
    for (int i = 1; i <= 200; ++i) {
        const QString next = ow::timeOrderedUuid(t.addMSecs(i));
        CHECK(next > previous);
        previous = next;
    }
    CHECK(ow::timeOrderedUuid(t) != ow::timeOrderedUuid(t));
}
