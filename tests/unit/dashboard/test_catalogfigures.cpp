// 网上可办率 from the catalog (core/dashboard/catalogfigures.h): matters tagged online over all matters.
#include "core/catalog/catalogloader.h"
#include "core/dashboard/catalogfigures.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

ow::Matter matter(const QString &code, QList<ow::MatterTag> tags)
{
    ow::Matter m;
    m.code = code;
    m.tags = std::move(tags);
    return m;
}

} // namespace

TEST_CASE("the share of matters that can be handled online counts each matter of the catalog once")
{
    using T = ow::MatterTag;
    const QList<ow::Matter> matters{matter(u"A"_s, {T::Online, T::Instant}), matter(u"B"_s, {T::Online}),
                                    matter(u"C"_s, {T::Nearby, T::OneTrip}), matter(u"D"_s, {T::Online})};
    const ow::CatalogFigures f = ow::catalogFigures(matters);
    CHECK(f.online == ow::Share{3, 4});
    CHECK(f.online.percentText() == u"75.0%"_s);
    CHECK(f.online.ratio() >= ow::OnlineTarget); // the seed's target: 70%
}

TEST_CASE("an empty catalog has no share of matters handled online, not a zero")
{
    const ow::CatalogFigures f = ow::catalogFigures({});
    CHECK_FALSE(f.online.isDefined());
    CHECK(f.online.percentText() == u"—"_s);
}

TEST_CASE("the materials reduction compares what the guides ask now with what they asked before the reform")
{
    const auto line = [](ow::Requirement requirement, bool dataSharing = false) {
        ow::MatterMaterial m;
        m.requirement = requirement;
        m.dataSharing = dataSharing;
        return m;
    };
    using R = ow::Requirement;
    // A: 10 before; now 2 required + 1 situational; an optional line and one fetched by data sharing are not
    // asked of the applicant. B: 4 before, 5 now (asks more: counts against). C: no baseline, left out.
    ow::Matter a = matter(u"A"_s, {});
    a.materialsBeforeReform = 10;
    a.materials = {line(R::Required), line(R::Required), line(R::Situational), line(R::Optional), line(R::Required, true)};
    ow::Matter b = matter(u"B"_s, {});
    b.materialsBeforeReform = 4;
    b.materials = QList<ow::MatterMaterial>(5, line(R::Required));
    ow::Matter c = matter(u"C"_s, {});
    c.materials = QList<ow::MatterMaterial>(7, line(R::Required));

    CHECK(ow::materialsAskedNow(a) == 3);
    const ow::CatalogFigures f = ow::catalogFigures({a, b, c});
    CHECK(f.declared == 2);
    CHECK(f.matters == 3);
    CHECK(f.materialsBefore == 14);
    CHECK(f.materialsNow == 8);
    CHECK(f.materialsReduction == ow::Share{6, 14});
    CHECK(f.materialsReduction.percentText() == u"42.9%"_s);
    CHECK(f.materialsReduction.ratio() < ow::MaterialsReductionTarget);

    // Nothing declared: no figure, not a zero.
    CHECK_FALSE(ow::catalogFigures({c}).materialsReduction.isDefined());
    // A catalog whose guides ask more than before shows it.
    CHECK(ow::catalogFigures({b}).materialsReduction == ow::Share{-1, 4});
}

TEST_CASE("the demo catalog declares its pre-reform lists for most matters")
{
    const ow::CatalogLoadResult r = ow::CatalogLoader::load(owtest::sourcePath(u"resources/catalog/demo-catalog.json"_s));
    REQUIRE(r.ok);
    const ow::CatalogFigures f = ow::catalogFigures(r.data.matters);
    CHECK(f.matters == int(r.data.matters.size()));
    CHECK(f.declared > 0);
    CHECK(f.declared < f.matters); // some do not: the tooltip and the lists say how many count
    CHECK(f.materialsReduction.isDefined());
    CHECK(f.materialsNow < f.materialsBefore);
}
