// The report of the scripted day as CSV (read back as bytes) and as PDF (read back with pdftotext).
#include "core/dashboard/report.h"
#include "tests/support/test_support.h"
#include "tests/unit/dashboard/scriptedday.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

ow::PeriodFigures scriptedPeriod(QDate from = ScriptedDay, QDate to = ScriptedDay)
{
    return ow::computePeriod(scriptedSnapshot(), scriptedTickets(), scriptedCases(), from, to, scriptedOptions());
}

QString run(const QString &program, const QStringList &args)
{
    return owtest::toolOutput(program, args);
}

// pdftotext breaks lines and spaces as the layout falls; compare without whitespace.
QString flat(QString s)
{
    s.remove(QRegularExpression(u"\\s+"_s));
    return s;
}

} // namespace

TEST_CASE("the CSV report starts with a BOM and holds each table as a section")
{
    const QByteArray csv = ow::reportCsv(scriptedPeriod());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(u"\r\n"_s);
    CHECK(lines.at(0) == u"Daily report 2026-11-27"_s);
    // Sections, each a title line followed by its header row.
    for (const QString &title : {u"Summary"_s, u"Reform figures"_s, u"Per window"_s, u"Per matter"_s, u"Tickets per hour"_s,
                                 u"Wait time distribution"_s})
        CHECK(lines.contains(title));
    CHECK_FALSE(lines.contains(u"Per day"_s)); // a daily report has one day
    // The scripted day's figures (test_figures.cpp has the reasoning): 8 tickets, average wait 16.0 min,
    // comprehensive 4 of 5.
    owtest::checkContainsAll(lines, {u"Tickets issued,8"_s, u"Average wait (min),16.0"_s,
                                     u"Cases taken at comprehensive windows,80.0%,4 / 5,≥ 70%"_s,
                                     u"Materials not taken in (1 − collected / listed),55.6%,8 collected of 18 listed,"_s});
    // W01 served 2, waits 10 and 30 min (avg 20.0), service 20 and 30 min (avg 25.0); C1 C3 C4; shares:
    // materials 7/12 = 58.3%, one trip 3/3, instant 1/2, satisfied 2/2, rating 4.50, one not synced.
    CHECK(lines.contains(u"1号窗口,yes,2,20.0,25.0,3,2,0,1,0,58.3%,100.0%,50.0%,100.0%,4.50,1"_s));
    // W04 did nothing: shares are "—".
    owtest::checkContainsAll(lines, {u"4号窗口,no,0,0.0,0.0,0,0,0,0,0,—,—,—,—,—,0"_s,
                                     u"M01,个体工商户设立登记,市场监管局,2,2,0,0,0,100.0%,58.3%,100.0%,50.0%,100.0%"_s,
                                     u"09:00,4,2"_s, u"10–15,3,60.0%"_s});
}

TEST_CASE("a period report has a table per day")
{
    const QString text = QString::fromUtf8(ow::reportCsv(scriptedPeriod(QDate(2026, 11, 26), ScriptedDay)));
    CHECK(text.contains(u"Report 2026-11-26 – 2026-11-27"_s));
    CHECK(text.contains(u"\r\nPer day\r\n"_s));
    // 11-26: E5 only (W01, accepted, 0 materials listed → "—", one trip, not instant); no tickets.
    CHECK(text.contains(u"\r\n2026-11-26,0,0,0.0,1,1,0,0,0,100.0%,—,100.0%,0.0%,—\r\n"_s));
}

TEST_CASE("a CSV field with a comma or a quote is quoted")
{
    ow::HallSnapshot hall = scriptedSnapshot();
    hall.hallName = u"Hall \"North\", 2"_s;
    const ow::PeriodFigures p = ow::computePeriod(hall, {}, {}, ScriptedDay, ScriptedDay, scriptedOptions());
    CHECK(QString::fromUtf8(ow::reportCsv(p)).contains(u"Hall,\"Hall \"\"North\"\", 2\"\r\n"_s));
}

TEST_CASE("the PDF report reads back with its hall, figures, windows and matters")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    QString error;
    REQUIRE(
        ow::writeReportPdf(scriptedPeriod(QDate(2026, 11, 26), ScriptedDay), path, &error, QDateTime(ScriptedDay, QTime(18, 0))));
    if (qEnvironmentVariableIsSet("OW_KEEP_PDF"))
        QFile::copy(path, QDir(qEnvironmentVariable("OW_KEEP_PDF")).filePath(u"dashboard-report.pdf"_s));
    const QString text = flat(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
    owtest::checkContainsAll(
        text, {u"一窗通示范大厅"_s, flat(u"Report 2026-11-26 – 2026-11-27"_s), flat(u"Cases taken at comprehensive windows"_s)});
    CHECK(text.contains(u"83.3%"_s)); // comprehensive over the two days: 5 of 6
    owtest::checkContainsAll(
        text, {u"1号窗口"_s, u"4号窗口"_s, u"个体工商户设立登记"_s, u"不动产转移登记"_s, flat(u"Wait time distribution"_s)});

    // The PDF has pages, and a missing folder that cannot be made is an error, not a crash.
    const QString info = run(u"pdfinfo"_s, {path});
    CHECK(info.contains(u"Pages:"_s));
    CHECK_FALSE(ow::writeReportPdf(scriptedPeriod(), u"/proc/no/such/dir/report.pdf"_s, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("writing the CSV report to a file that cannot be written says why")
{
    QString error;
    CHECK_FALSE(ow::writeReportCsv(scriptedPeriod(), u"/proc/no/such/dir/report.csv"_s, &error));
    CHECK(error.contains(u"/proc/no/such/dir/report.csv"_s));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.csv"_s);
    REQUIRE(ow::writeReportCsv(scriptedPeriod(), path, &error));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == ow::reportCsv(scriptedPeriod()));
}

TEST_CASE("the report shows the bad ratings' follow-up when the hall gave it, and no such rows otherwise")
{
    ow::PeriodFigures p = scriptedPeriod();
    const auto rowOf = [](const ow::PeriodFigures &figures, const QString &label) -> QStringList {
        for (const ow::ReportTable &t : ow::reportTables(figures)) {
            for (const QStringList &row : t.rows) {
                if (row.value(0) == label)
                    return row;
            }
        }
        return {};
    };
    CHECK(rowOf(p, u"Bad ratings (1–2) rectified"_s).isEmpty());
    ow::BadRatingFigures b;
    b.bad = 4;
    b.rectified = 3;
    b.rectifiedInTime = 2;
    b.calledBack = 4;
    b.overdue = 1;
    p.badRatings = b;
    const QStringList rectified = rowOf(p, u"Bad ratings (1–2) rectified"_s);
    REQUIRE(rectified.size() == 4);
    CHECK(rectified.at(1) == u"75.0%"_s);
    CHECK(rectified.at(2).contains(u'3'));
    CHECK(rectified.at(3).contains(u"15"_s));
    CHECK(rowOf(p, u"Bad ratings called back"_s).value(1) == u"4"_s);
    CHECK(ow::reportCsv(p).contains("Bad ratings (1–2) rectified"));
}
