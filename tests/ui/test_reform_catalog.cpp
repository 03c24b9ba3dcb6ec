// The reform page shows the catalog's 网上可办率 and the high-frequency matters with their targets beside them,
// and "—" until it has a figure.
#include "core/dashboard/catalogfigures.h"
#include "ui/dashboard/reformpage.h"

#include <QLabel>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("the reform page shows the share of matters handled online beside its target of 70 percent")
{
    ow::ReformPage page;
    CHECK(page.figureText(u"online"_s) == u"—"_s); // no catalog on this PC yet

    QList<ow::Matter> matters(5);
    for (qsizetype i = 0; i < 3; ++i)
        matters[i].tags = {ow::MatterTag::Online};
    page.showCatalog(ow::catalogFigures(matters));
    CHECK(page.figureText(u"online"_s) == u"60.0%"_s);
    auto *figure = page.findChild<QLabel *>(u"reformFigure_online"_s);
    REQUIRE(figure);
    CHECK(figure->toolTip().contains(u"3 of the catalog's 5 matters"_s));
    bool targetShown = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        targetShown |= label->text() == u"Matters that can be handled online (target ≥ 70%)"_s;
    CHECK(targetShown);

    // The reduction against the pre-reform lists, beside its target of 60%, with what it counted.
    CHECK(page.figureText(u"listMaterials"_s) == u"—"_s); // no matter declares its list before the reform
    matters[0].materialsBeforeReform = 4;
    matters[0].materials = QList<ow::MatterMaterial>(1);
    page.showCatalog(ow::catalogFigures(matters));
    CHECK(page.figureText(u"listMaterials"_s) == u"75.0%"_s);
    auto *materials = page.findChild<QLabel *>(u"reformFigure_listMaterials"_s);
    REQUIRE(materials);
    CHECK(materials->toolTip()
          == u"1 of the catalog's 5 matters declare their list before the reform: 4 materials then, 1 now"_s);
    bool materialsTargetShown = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        materialsTargetShown |= label->text() == u"Materials reduction against the pre-reform lists (target ≥ 60%)"_s;
    CHECK(materialsTargetShown);
}

TEST_CASE("the reform page shows the high-frequency matters done in one trip beside their target of 100")
{
    ow::ReformPage page;
    ow::PeriodFigures p;
    p.from = p.to = QDate(2026, 11, 27);
    const auto matter = [](const QString &code, int cases, int oneTrip) {
        ow::MatterRow m;
        m.code = code;
        m.cases.decisions = cases;
        m.reform.atMostOneTrip = ow::Share{oneTrip, cases};
        return m;
    };
    p.matters.insert(u"M01"_s, matter(u"M01"_s, 10, 10));
    p.matters.insert(u"M02"_s, matter(u"M02"_s, 10, 5));
    p.matters.insert(u"M03"_s, matter(u"M03"_s, 4, 4));
    page.showPeriod(p);
    CHECK(page.figureText(u"highFrequency"_s) == u"2 of 3 matters"_s);
    auto *figure = page.findChild<QLabel *>(u"reformFigure_highFrequency"_s);
    REQUIRE(figure);
    CHECK(figure->toolTip() == u"Below 90% of cases in at most one trip: M02"_s);
    bool targetShown = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        targetShown |= label->text() == u"High-frequency matters in at most one trip (target 100 of the top 100)"_s;
    CHECK(targetShown);

    page.showPeriod(ow::PeriodFigures{}); // a period without cases: no figure, not "0 of 0"
    CHECK(page.figureText(u"highFrequency"_s) == u"—"_s);
}
