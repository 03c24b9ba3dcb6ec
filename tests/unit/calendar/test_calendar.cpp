// Working days, due dates and the calendar data files.
#include "core/calendar/workingcalendar.h"
#include "tests/support/test_support.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using ow::WorkingCalendar;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// A minimal valid year with one holiday, to be broken one piece at a time.
QByteArray yearJson(const QByteArray &holidays, const QByteArray &workdays = "[]", const QByteArray &year = "2027")
{
    return R"({"format":"onewindow-calendar/1","year":)" + year + R"(,"source":"test","holidays":)" + holidays + R"(,"workdays":)"
           + workdays + "}";
}

// A file an empty calendar must refuse: loading fails, the error says why, and no year is taken from it.
void checkFileRefused(const QString &path, const QString &why)
{
    WorkingCalendar cal;
    QString error;
    CHECK_FALSE(cal.loadFile(path, &error));
    INFO(error.toStdString());
    CHECK(error.contains(why));
    CHECK(cal.years().isEmpty());
}

} // namespace

TEST_CASE("the embedded calendar covers 2025 and 2026 from the resource files", "[calendar]")
{
    CHECK(QFile::exists(u":/calendar/cn-2026.json"_s));
    const WorkingCalendar cal = WorkingCalendar::builtIn();
    CHECK(cal.coversYear(2025));
    CHECK(cal.coversYear(2026));
    CHECK_FALSE(cal.coversYear(2024));
    CHECK(cal.sourceOf(2026).contains(u"2026年部分节假日安排"_s));
}

TEST_CASE("every data file in the source tree loads without errors and is embedded", "[calendar]")
{
    const QDir dir(owtest::sourcePath(u"resources/calendar"_s));
    const QStringList files = dir.entryList({u"cn-*.json"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 2);
    const WorkingCalendar builtIn = WorkingCalendar::builtIn();
    CHECK(builtIn.years().size() == files.size());
    for (const QString &name : files) {
        WorkingCalendar cal;
        QString error;
        const bool loaded = cal.loadFile(dir.filePath(name), &error);
        INFO(name.toStdString() << ": " << error.toStdString());
        CHECK(loaded);
        CHECK(error.isEmpty());
        REQUIRE(cal.years().size() == 1);
        CHECK(builtIn.coversYear(cal.years().constFirst()));
        CHECK(QFile::exists(u":/calendar/"_s + name));
    }
}

TEST_CASE("across the 2026 Spring Festival due dates skip the holiday and use the adjusted Saturdays", "[calendar]")
{
    const WorkingCalendar cal = WorkingCalendar::builtIn();
    CHECK(cal.dueDate(d(2026, 2, 12), 1) == d(2026, 2, 13));
    CHECK(cal.dueDate(d(2026, 2, 13), 1) == d(2026, 2, 14)); // Saturday, 春节调休上班
    CHECK(cal.dueDate(d(2026, 2, 14), 1) == d(2026, 2, 24)); // 15-23 off
    CHECK(cal.dueDate(d(2026, 2, 12), 3) == d(2026, 2, 24));
    CHECK(cal.dueDate(d(2026, 2, 27), 1) == d(2026, 2, 28)); // Saturday, 春节调休上班
    CHECK(cal.holidayName(d(2026, 2, 17)) == u"春节"_s);
    CHECK(cal.holidayName(d(2026, 2, 14)) == u"春节调休上班"_s);
    CHECK(cal.holidayName(d(2026, 3, 3)).isEmpty());
    CHECK(cal.workingDaysBetween(d(2026, 2, 13), d(2026, 2, 24)) == 2);
}

TEST_CASE("around National Day 2026 the adjusted 20 September and 10 October are working days", "[calendar]")
{
    const WorkingCalendar cal = WorkingCalendar::builtIn();
    CHECK(cal.isWorkingDay(d(2026, 9, 20)));  // Sunday
    CHECK(cal.isWorkingDay(d(2026, 10, 10))); // Saturday
    CHECK_FALSE(cal.isWorkingDay(d(2026, 9, 19)));
    CHECK(cal.dueDate(d(2026, 9, 18), 1) == d(2026, 9, 20));
    CHECK(cal.dueDate(d(2026, 9, 24), 1) == d(2026, 9, 28)); // 中秋 25-27 off
    CHECK(cal.dueDate(d(2026, 9, 30), 1) == d(2026, 10, 8)); // 国庆 1-7 off
    CHECK(cal.dueDate(d(2026, 10, 9), 1) == d(2026, 10, 10));
    CHECK(cal.dueDate(d(2026, 10, 10), 1) == d(2026, 10, 12));
}

TEST_CASE("both embedded years have 248 working days", "[calendar]")
{
    const WorkingCalendar cal = WorkingCalendar::builtIn();
    CHECK(cal.workingDaysBetween(d(2024, 12, 31), d(2025, 12, 31)) == 248);
    CHECK(cal.workingDaysBetween(d(2025, 12, 31), d(2026, 12, 31)) == 248);
}

TEST_CASE("with Saturday service ordinary Saturdays are working days but holiday Saturdays are not", "[calendar]")
{
    WorkingCalendar cal = WorkingCalendar::builtIn();
    CHECK(cal.dueDate(d(2026, 3, 6), 1) == d(2026, 3, 9));
    cal.setSaturdayService(true);
    CHECK(cal.saturdayService());
    CHECK(cal.isWorkingDay(d(2026, 3, 7)));        // an ordinary Saturday
    CHECK_FALSE(cal.isWorkingDay(d(2026, 3, 8)));  // Sundays stay off
    CHECK_FALSE(cal.isWorkingDay(d(2026, 2, 21))); // Saturday inside 春节
    CHECK_FALSE(cal.isWorkingDay(d(2026, 10, 3))); // Saturday inside 国庆节
    CHECK(cal.dueDate(d(2026, 3, 6), 1) == d(2026, 3, 7));
    CHECK(cal.dueDate(d(2026, 2, 14), 1) == d(2026, 2, 24));
}

TEST_CASE("workingDaysBetween counts exactly the days dueDate steps over, every day of 2026", "[calendar]")
{
    WorkingCalendar cal = WorkingCalendar::builtIn();
    cal.setSaturdayService(GENERATE(false, true));
    for (QDate start = d(2026, 1, 1); start.year() == 2026; start = start.addDays(1)) {
        for (int n = 0; n <= 30; ++n) {
            const QDate due = cal.dueDate(start, n);
            INFO(start.toString(Qt::ISODate).toStdString() << " + " << n << " = " << due.toString(Qt::ISODate).toStdString());
            REQUIRE(cal.workingDaysBetween(start, due) == n);
            REQUIRE((n == 0 || cal.isWorkingDay(due)));
            REQUIRE(cal.workingDaysBetween(due, start) == -n);
        }
    }
}

TEST_CASE("zero, negative and invalid arguments are handled", "[calendar]")
{
    const WorkingCalendar cal = WorkingCalendar::builtIn();
    CHECK(cal.dueDate(d(2026, 2, 15), 0) == d(2026, 2, 15)); // even on a holiday
    CHECK(cal.dueDate(d(2026, 2, 24), -1) == d(2026, 2, 14));
    CHECK(cal.dueDate(d(2026, 2, 24), -2) == d(2026, 2, 13));
    CHECK(cal.workingDaysBetween(d(2026, 3, 2), d(2026, 3, 2)) == 0);
    CHECK(cal.workingDaysBetween(d(2026, 3, 9), d(2026, 3, 2)) == -5);
    CHECK_FALSE(cal.dueDate(QDate(), 3).isValid());
    CHECK(cal.workingDaysBetween(QDate(), d(2026, 3, 2)) == 0);
    CHECK_FALSE(cal.isWorkingDay(QDate()));
}

TEST_CASE("a year without data falls back to weekends only and is reported as not covered", "[calendar]")
{
    const WorkingCalendar cal = WorkingCalendar::builtIn();
    CHECK_FALSE(cal.coversYear(2030));
    CHECK(cal.isWorkingDay(d(2030, 1, 1)));       // New Year's Day, but no data for 2030
    CHECK_FALSE(cal.isWorkingDay(d(2030, 1, 5))); // Saturday
    CHECK(cal.dueDate(d(2030, 1, 4), 1) == d(2030, 1, 7));
    CHECK(cal.workingDaysBetween(d(2030, 1, 4), d(2030, 1, 11)) == 5);

    const WorkingCalendar empty;
    CHECK(empty.years().isEmpty());
    CHECK(empty.isWorkingDay(d(2026, 2, 17))); // without data, 春节 is an ordinary Tuesday
}

TEST_CASE("loading a year again replaces that year's days", "[calendar]")
{
    WorkingCalendar cal = WorkingCalendar::builtIn();
    QString error;
    REQUIRE(cal.loadJson(yearJson(R"([{"name":"测试","from":"2026-03-02","to":"2026-03-03"}])", "[]", "2026"), u"replacement"_s,
                         &error));
    CHECK(error.isEmpty());
    CHECK_FALSE(cal.isWorkingDay(d(2026, 3, 2)));
    CHECK(cal.isWorkingDay(d(2026, 2, 17))); // the old 春节 days are gone
    CHECK(cal.sourceOf(2026) == u"test"_s);
    CHECK_FALSE(cal.isWorkingDay(d(2025, 1, 28))); // other years untouched
}

TEST_CASE("a New Year holiday may start in the previous December", "[calendar]")
{
    WorkingCalendar cal = WorkingCalendar::builtIn();
    QString error;
    CHECK(cal.loadJson(yearJson(R"([{"name":"元旦","from":"2026-12-31","to":"2027-01-01"}])",
                                R"([{"date":"2026-12-26","name":"元旦调休上班"}])"),
                       u"x"_s, &error));
    CHECK_FALSE(cal.isWorkingDay(d(2026, 12, 31)));
    CHECK(cal.isWorkingDay(d(2026, 12, 26))); // a Saturday
    CHECK(cal.sourceOf(2026) != u"test"_s);   // the 2026 file still owns the rest of 2026
    CHECK(cal.holidayName(d(2026, 12, 31)) == u"元旦"_s);
    CHECK_FALSE(cal.loadJson(yearJson(R"([{"name":"元旦","from":"2026-11-30","to":"2027-01-01"}])"), u"x"_s, &error));
    CHECK(error.contains(u"not inside the year 2027"_s));
}

TEST_CASE("a broken calendar file is refused whole with a message naming the file and the problem", "[calendar]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto [json, expected] = GENERATE(table<QByteArray, QString>({
        {"{\n\"format\": \"onewindow-calendar/1\",\n\"year\": 2027,,\n}", u"line 3: not valid JSON"_s},
        {R"({"format":"onewindow-calendar/2","year":2027,"holidays":[]})",
         u"\"format\" is \"onewindow-calendar/2\"; it must be \"onewindow-calendar/1\""_s},
        {R"({"format":"onewindow-calendar/1","year":"2027","holidays":[]})", u"\"year\" must be a whole number"_s},
        {R"({"format":"onewindow-calendar/1","year":2027})", u"missing required key \"holidays\""_s},
        {R"({"format":"onewindow-calendar/1","year":2027,"holidays":{}})", u"\"holidays\" must be an array"_s},
        {yearJson(R"(["春节"])"), u"holidays[0]: must be an object with \"name\", \"from\" and \"to\""_s},
        {yearJson(R"([{"name":"春节","from":"2027-2-6","to":"2027-02-10"}])"), u"\"holidays[0].from\" must be a date like"_s},
        {yearJson(R"([{"name":"春节","from":"2027-02-10","to":"2027-02-06"}])"),
         u"holidays[0] (春节): \"from\" 2027-02-10 is after \"to\" 2027-02-06"_s},
        {yearJson(R"([{"name":"春节","from":"2027-02-30","to":"2027-03-01"}])"),
         u"\"holidays[0].from\" must be a date like 2026-11-28"_s},
        {yearJson(R"([{"name":"春节","form":"2027-02-06","to":"2027-02-10"}])"),
         u"unknown key \"holidays[0].form\" (did you mean \"from\"?)"_s},
        {yearJson(R"([{"name":"国庆节","from":"2026-10-01","to":"2026-10-07"}])"), u"not inside the year 2027"_s},
        {yearJson(R"([{"from":"2027-10-01","to":"2027-10-07"}])"), u"missing required key \"holidays[0].name\""_s},
        {yearJson("[]", R"([{"date":"2027-02-03","name":"x"}])"), u"2027-02-03 is a weekday"_s},
        {yearJson(R"([{"name":"春节","from":"2027-02-06","to":"2027-02-13"}])", R"([{"date":"2027-02-06"}])"),
         u"2027-02-06 is both a working day and a day of the holiday 春节"_s},
        {yearJson(R"([{"name":"a","from":"2027-02-06","to":"2027-02-08"},{"name":"b","from":"2027-02-08","to":"2027-02-09"}])"),
         u"2027-02-08 is already a day of the holiday a"_s},
        {yearJson("[]", R"([{"date":"2027-02-06"},{"date":"2027-02-06"}])"), u"2027-02-06 is listed twice"_s},
    }));
    const QString path = owtest::writeFileIn(dir, u"cn-2027.json"_s, json);
    WorkingCalendar cal = WorkingCalendar::builtIn();
    QString error;
    CHECK_FALSE(cal.loadFile(path, &error));
    INFO(error.toStdString());
    CHECK(error.startsWith(path + u": "_s));
    CHECK(error.contains(expected));
    CHECK_FALSE(cal.coversYear(2027));
    CHECK(cal.years() == QList<int>{2025, 2026});
}

TEST_CASE("every entry of a calendar file is checked, so one attempt shows all its mistakes", "[calendar]")
{
    WorkingCalendar cal;
    QString error;
    CHECK_FALSE(cal.loadJson(
        yearJson(R"([{"name":"春节","from":"2027-02-30","to":"2027-03-01"},{"name":"","from":"2027-10-01","to":"2027-10-07"}])",
                 R"([{"date":"2027-02-03"},{"date":"2027-02-06","nmae":"x"}])"),
        u"cn-2027.json"_s, &error));
    INFO(error.toStdString());
    const QStringList lines = error.split(u'\n');
    CHECK(lines.size() == 4);
    CHECK(lines.value(0) == u"cn-2027.json: \"holidays[0].from\" must be a date like 2026-11-28"_s);
    CHECK(lines.value(1) == u"cn-2027.json: \"holidays[1].name\" must not be empty"_s);
    CHECK(lines.value(2).contains(u"workdays[0]: 2027-02-03 is a weekday"_s));
    CHECK(lines.value(3) == u"cn-2027.json: unknown key \"workdays[1].nmae\" (did you mean \"name\"?)"_s);
    CHECK(cal.years().isEmpty());

    CHECK_FALSE(cal.loadJson(yearJson("[]", "[]", "1800"), u"old.json"_s, &error));
    CHECK(error == u"old.json: \"year\" must be a whole number from 1900 to 2200"_s);
}

TEST_CASE("a calendar file far larger than a year's arrangements is refused before it is read", "[calendar]")
{
    QTemporaryDir dir;
    QByteArray huge = yearJson("[]");
    huge.insert(huge.indexOf('{') + 1, "\"note\": \"" + QByteArray(300 * 1024, 'x') + "\",");
    checkFileRefused(owtest::writeFileIn(dir, u"cn-2027.json"_s, huge), u"larger than 256 KiB"_s);
}

TEST_CASE("a calendar file that is missing or names the wrong year is refused", "[calendar]")
{
    QTemporaryDir dir;
    checkFileRefused(dir.filePath(u"cn-2031.json"_s), u"cn-2031.json: cannot be read"_s);
    checkFileRefused(owtest::writeFileIn(dir, u"cn-2028.json"_s, yearJson("[]")),
                     u"the file name says 2028, but \"year\" is 2027"_s);
}

TEST_CASE("two years cannot disagree about the same day", "[calendar]")
{
    WorkingCalendar cal;
    QString error;
    REQUIRE(cal.loadJson(yearJson(R"([{"name":"元旦","from":"2026-12-31","to":"2027-01-01"}])"), u"a"_s, &error));
    CHECK_FALSE(cal.loadJson(yearJson(R"([{"name":"x","from":"2026-12-31","to":"2026-12-31"}])", "[]", "2026"), u"b"_s, &error));
    CHECK(error == u"b: 2026-12-31 is already set by the calendar of 2027"_s);
}
