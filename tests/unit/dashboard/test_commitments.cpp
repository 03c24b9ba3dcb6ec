// Certificates replaced by commitment (告知承诺制) in the figures: the scripted day (scriptedday.h) with
// commitments on three of its cases, one of which took nothing in.
#include "core/dashboard/report.h"
#include "tests/unit/dashboard/scriptedday.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// C1 (W01, accepted) 2 lines, C2 (W02, accepted with deficiency) 1 line, C4 (W01, one-time notice) 3 lines:
// a notice takes nothing in and signs no commitment, so its count must not reach the figures.
QList<ow::CaseSummary> casesWithCommitments()
{
    QList<ow::CaseSummary> cases = scriptedCases();
    for (ow::CaseSummary &c : cases) {
        if (c.caseId == u"C1"_s)
            c.materialsByCommitment = 2;
        else if (c.caseId == u"C2"_s)
            c.materialsByCommitment = 1;
        else if (c.caseId == u"C4"_s)
            c.materialsByCommitment = 3;
    }
    return cases;
}

} // namespace

TEST_CASE("the dashboard counts certificates replaced by commitment on the cases taken in, hall-wide and per window")
{
    ow::DashboardState state(scriptedOptions());
    state.reset(scriptedSnapshot(), scriptedTickets(), casesWithCommitments());
    const ow::DashboardFigures f = state.figures(local(11, 0));
    CHECK(f.reform.commitments == 3);
    REQUIRE(f.window(u"W01"_s));
    CHECK(f.window(u"W01"_s)->reform.commitments == 2);
    REQUIRE(f.window(u"W02"_s));
    CHECK(f.window(u"W02"_s)->reform.commitments == 1);
    // Not collected, so the materials reduction is what it was: the summary's counts already say so.
    CHECK(f.reform.materialsReduction == ow::Share{10, 18});

    ow::DashboardState without(scriptedOptions());
    without.reset(scriptedSnapshot(), scriptedTickets(), scriptedCases());
    CHECK(without.figures(local(11, 0)).reform.commitments == 0);
}

TEST_CASE("the period report has a row for certificates replaced by commitment")
{
    const ow::PeriodFigures p = ow::computePeriod(scriptedSnapshot(), scriptedTickets(), casesWithCommitments(), ScriptedDay,
                                                  ScriptedDay, scriptedOptions());
    CHECK(p.reform.commitments == 3);
    const QString csv = QString::fromUtf8(ow::reportCsv(p).mid(3));
    CHECK(csv.split(u"\r\n"_s).contains(u"Certificates replaced by commitment,3,lines of cases taken in,"_s));
}
