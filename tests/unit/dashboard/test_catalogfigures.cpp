// 网上可办率 from the catalog (core/dashboard/catalogfigures.h): matters tagged online over all matters.
#include "core/dashboard/catalogfigures.h"

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
