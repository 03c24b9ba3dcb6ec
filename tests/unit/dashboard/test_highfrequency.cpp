// 高频事项"最多跑一次" (core/dashboard/highfrequency.h): the top 100 matters by cases, and how many of them
// had at least 90% of their cases done in at most one trip; through the period fold and into the report.
#include "core/dashboard/highfrequency.h"
#include "core/dashboard/report.h"
#include "tests/unit/dashboard/scriptedday.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// A matter row with `cases` decisions, `oneTrip` of them in at most one trip.
ow::MatterRow row(const QString &code, int cases, int oneTrip)
{
    ow::MatterRow m;
    m.code = code;
    m.cases.decisions = cases;
    m.reform.atMostOneTrip = ow::Share{oneTrip, cases};
    return m;
}

QString code(int i)
{
    return u"M%1"_s.arg(i, 3, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("the high-frequency figure ranks the 100 matters with most cases and counts those at 90% in one trip")
{
    QMap<QString, ow::MatterRow> matters;
    // 120 matters: M000 has the most cases, M119 the fewest. Every matter ranked in the top 100 is done
    // in one trip at 100%, except M010 (exactly 90%: achieves) and M011 (89.9...%: misses) and M050 (0%).
    for (int i = 0; i < 120; ++i)
        matters.insert(code(i), row(code(i), 1000 - i, 1000 - i));
    matters[code(10)] = row(code(10), 990, 891);   // 891 / 990 = 90.0%
    matters[code(11)] = row(code(11), 989, 889);   // 889 / 989 = 89.9%
    matters[code(50)] = row(code(50), 950, 0);     // nobody in one trip
    matters[code(110)] = row(code(110), 890, 0);   // below the top 100: not counted either way
    matters.insert(u"Z00"_s, row(u"Z00"_s, 0, 0)); // no case in the period: never ranked

    const ow::HighFrequencyFigure f = ow::highFrequencyOneTrip(matters);
    CHECK(f.ranked == ow::HighFrequencyTop);
    CHECK(f.achieved == 98);
    CHECK(f.missed == QStringList{code(11), code(50)}); // most cases first
}

TEST_CASE("at the hundredth place matters with as many cases are taken in code order")
{
    QMap<QString, ow::MatterRow> matters;
    for (int i = 0; i < 99; ++i)
        matters.insert(code(i), row(code(i), 100 + i, 100 + i));
    // Three matters tie for the last place: only the first by code is ranked.
    matters.insert(u"T2"_s, row(u"T2"_s, 50, 50));
    matters.insert(u"T1"_s, row(u"T1"_s, 50, 0));
    matters.insert(u"T3"_s, row(u"T3"_s, 50, 50));
    const ow::HighFrequencyFigure f = ow::highFrequencyOneTrip(matters);
    CHECK(f.ranked == 100);
    CHECK(f.achieved == 99);
    CHECK(f.missed == QStringList{u"T1"_s});
}

TEST_CASE("a hall with few matters ranks what it has, and a period without cases has no figure")
{
    QMap<QString, ow::MatterRow> matters{{u"A"_s, row(u"A"_s, 3, 3)}, {u"B"_s, row(u"B"_s, 10, 8)}};
    const ow::HighFrequencyFigure f = ow::highFrequencyOneTrip(matters);
    CHECK(f.ranked == 2);
    CHECK(f.achieved == 1);
    CHECK(f.missed == QStringList{u"B"_s});
    CHECK_FALSE(ow::highFrequencyOneTrip({}).isDefined());
}

TEST_CASE("the period report ranks the scripted day's matters by their cases and shows the target beside")
{
    // The scripted day: M01 two cases in one trip, M02 two cases (C2 took two trips: 50%), M03 one case.
    const ow::PeriodFigures p =
        ow::computePeriod(scriptedSnapshot(), scriptedTickets(), scriptedCases(), ScriptedDay, ScriptedDay, scriptedOptions());
    const ow::HighFrequencyFigure f = ow::highFrequencyOneTrip(p.matters);
    CHECK(f.ranked == 3);
    CHECK(f.achieved == 2);
    CHECK(f.missed == QStringList{u"M02"_s});
    const QString csv = QString::fromUtf8(ow::reportCsv(p).mid(3));
    INFO(csv.toStdString());
    CHECK(csv.split(u"\r\n"_s).contains(
        u"High-frequency matters done in at most one trip (top 100 by cases; 90% of a matter's cases),"
        u"2 of 3,missed: M02,100 matters (30 by the end of 2018)"_s));
}
