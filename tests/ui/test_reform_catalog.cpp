// The reform page shows 网上可办率 from the catalog with its target beside it, and "—" until it has one.
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
}
