// Issue #13: a name that starts like a formula stays text when the CSV report is opened in a spreadsheet.
#include "core/dashboard/report.h"
#include "core/text/csvcell.h"
#include "tests/support/test_support.h"
#include "tests/unit/dashboard/scriptedday.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// RFC 4180 as a spreadsheet reads it: fields split on commas, records on CRLF (or LF), a field in double
// quotes may hold commas, quotes (doubled) and line breaks. The cell is what the quoting leaves.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

const QStringList kTriggers{u"="_s, u"+"_s, u"-"_s, u"@"_s, u"\t"_s, u"\r"_s};

} // namespace

TEST_CASE("the CSV reader of this test reads quoted commas, quotes and line breaks as a spreadsheet does")
{
    const QList<QStringList> rows = readCsv(u"a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x\r\n"_s);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0) == QStringList{u"a"_s, u"b,c"_s, u"say \"hi\""_s});
    CHECK(rows.at(1) == QStringList{u"two\r\nlines"_s, u"x"_s});
}

TEST_CASE("a cell that starts like a formula gets a leading quote, others are left as they are")
{
    for (const QString &t : kTriggers) {
        const QString value = t + u"1+1"_s;
        INFO(value.toStdString());
        CHECK(ow::Csv::startsLikeFormula(value));
        CHECK(readCsv(ow::Csv::row({value})).first().first() == u'\'' + value);
    }
    CHECK(ow::Csv::cell(u"3号窗口"_s) == u"3号窗口"_s);
    CHECK(ow::Csv::cell(u"80.0%"_s) == u"80.0%"_s);
    CHECK(ow::Csv::cell(u"a=b"_s) == u"a=b"_s); // only the first character makes a formula
    CHECK(ow::Csv::cell(QString()).isEmpty());
}

TEST_CASE("window, matter and hall names starting with = + - @ tab or CR stay text in the CSV report")
{
    ow::HallSnapshot hall = scriptedSnapshot();
    hall.hallName = u"=HYPERLINK(\"http://evil.example\",\"hall\")"_s;
    ow::PeriodFigures p =
        ow::computePeriod(hall, scriptedTickets(), scriptedCases(), ScriptedDay, ScriptedDay, scriptedOptions());
    REQUIRE(p.windows.size() >= 2);
    REQUIRE(p.matters.size() >= 2);
    QStringList planted;
    for (qsizetype i = 0; i < p.windows.size(); ++i) {
        p.windows[i].name = kTriggers.at(i % kTriggers.size()) + u"cmd|' /C calc'!A0"_s;
        planted << p.windows.at(i).name;
    }
    int i = 0;
    for (auto it = p.matters.begin(); it != p.matters.end(); ++it, ++i) {
        it->name = kTriggers.at((i + 3) % kTriggers.size()) + u"SUM(1,2)"_s;
        planted << it->name;
    }

    const QByteArray bytes = ow::reportCsv(p);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QList<QStringList> rows = readCsv(text);
    QStringList cells;
    for (const QStringList &r : rows)
        cells << r;
    for (const QString &cell : std::as_const(cells)) {
        INFO(cell.toStdString());
        CHECK_FALSE(ow::Csv::startsLikeFormula(cell));
    }
    // Every planted name is there, whole, behind its quote: neutralised, not cut or dropped.
    for (const QString &name : std::as_const(planted)) {
        INFO(name.toStdString());
        CHECK(cells.contains(u'\'' + name));
    }
    CHECK(cells.contains(u'\'' + hall.hallName));
}
