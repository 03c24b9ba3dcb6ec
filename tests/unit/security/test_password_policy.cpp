#include "core/security/passwordpolicy.h"
#include "tests/support/test_support.h"

#include <QFile>

using namespace ow;

namespace {

bool accepted(const QString &username, const QString &password)
{
    return PasswordPolicy::problem(username, password).isEmpty();
}

} // namespace

TEST_CASE("the common password list travels inside the program and holds a few thousand entries")
{
    QFile list(QStringLiteral(":/onewindow/security/commonpasswords.txt"));
    REQUIRE(list.open(QIODevice::ReadOnly));
    CHECK(list.readAll().count('\n') > 3000);
}

TEST_CASE("the issue's weak passwords are refused, for an administrator too")
{
    const QString admin = QStringLiteral("admin");
    CHECK_FALSE(accepted(admin, QStringLiteral("12345678")));   // too short
    CHECK_FALSE(accepted(admin, QStringLiteral("password")));   // too short and common
    CHECK_FALSE(accepted(admin, QStringLiteral("        ")));   // eight spaces
    CHECK_FALSE(accepted(admin, QStringLiteral("          "))); // ten spaces: long enough, still nothing
    CHECK_FALSE(accepted(admin, QStringLiteral("admin")));      // the user's own name
}

TEST_CASE("a password has at least ten characters, counted as characters not bytes")
{
    CHECK_FALSE(accepted(QStringLiteral("li.na"), QStringLiteral("k7#Qm2!x9")));
    CHECK(accepted(QStringLiteral("li.na"), QStringLiteral("k7#Qm2!x9z")));
    CHECK_FALSE(accepted(QStringLiteral("li.na"), QStringLiteral("春眠不觉晓处处闻啼"))); // nine characters, 27 bytes
    CHECK(accepted(QStringLiteral("li.na"), QStringLiteral("春眠不觉晓处处闻啼鸟")));
    CHECK(PasswordPolicy::problem(QStringLiteral("li.na"), QStringLiteral("short")).contains(QStringLiteral("10")));
}

TEST_CASE("a password may not hold the user name, nor be part of it, whatever the case")
{
    CHECK_FALSE(accepted(QStringLiteral("zhang.wei"), QStringLiteral("Zhang.Wei-2026")));
    CHECK_FALSE(accepted(QStringLiteral("zhang.wei"), QStringLiteral("my zhang.wei key")));
    CHECK_FALSE(accepted(QStringLiteral("wang.xiaoming.station03"), QStringLiteral("xiaoming.station")));
    CHECK(accepted(QStringLiteral("zhang.wei"), QStringLiteral("river-lantern-07")));
}

TEST_CASE("listed common passwords are refused without regard to case")
{
    for (const char *p : {"qwertyuiop", "1qaz2wsx3edc", "woaini1314", "Password123", "iloveyou520", "13800138000", "ILOVEYOU123",
                          "qweasdzxc123"}) {
        INFO(p);
        CHECK(PasswordPolicy::isCommon(QString::fromLatin1(p)));
        CHECK_FALSE(accepted(QStringLiteral("li.na"), QString::fromLatin1(p)));
    }
}

TEST_CASE("patterns are refused without being listed: one character, runs, repeats, a word in digits")
{
    for (const char *p : {"aaaaaaaaaaaa", "0000000000", "1234567890123", "9876543210", "7890123456", "abcdefghijk", "1212121212",
                          "abcabcabcabc", "password2024!", "2026!!dragon", "@@admin2026", "a1234567890"}) {
        INFO(p);
        CHECK(PasswordPolicy::isCommon(QString::fromLatin1(p)));
    }
}

TEST_CASE("a phrase of one's own passes the policy")
{
    for (const char *p : {"counter-2026", "hallfloor-2026", "serverroom-2026", "correct horse battery", "Tr0ub4dor&3x",
                          "a-long-password", "river-lantern-07"}) {
        INFO(p);
        CHECK(PasswordPolicy::problem(QStringLiteral("demo"), QString::fromLatin1(p)).isEmpty());
    }
}
