// A matter's count of materials before the reform (materialsBeforeReform, docs/catalog-format.md): the
// baseline of the materials reduction. Optional, a whole number from 1 to 1000; anything else is refused
// on its line.
#include "core/catalog/catalogloader.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ow;

namespace {

// "materialsBeforeReform" sits on line 7 when given.
QByteArray catalog(const char *baseline)
{
    return QByteArray(R"({
"format": "onewindow-catalog/1",
"catalogVersion": "t",
"materialKinds": [{"code": "ID_CARD", "name": "居民身份证", "issuer": "公安机关"}],
"matters": [{"code": "M1", "name": "教师资格认定", "type": "行政许可", "department": "教育局",
"legalBasis": "《教师资格条例》", "legalLimitDays": 20, "promisedLimitDays": 10,
)") + baseline
           + R"(
"materials": [{"kind": "ID_CARD"}]}]
})";
}

} // namespace

TEST_CASE("a matter may declare how many materials it asked for before the reform", "[catalog]")
{
    const CatalogLoadResult given = CatalogLoader::loadBytes(catalog(R"("materialsBeforeReform": 6,)"), u"c.json"_s);
    INFO(given.errors.join(u'\n').toStdString());
    REQUIRE(given.ok);
    CHECK(given.data.matters.at(0).materialsBeforeReform == 6);

    const CatalogLoadResult absent = CatalogLoader::loadBytes(catalog(""), u"c.json"_s);
    REQUIRE(absent.ok);
    CHECK(absent.data.matters.at(0).materialsBeforeReform == 0); // not declared
}

TEST_CASE("a count of materials before the reform that is not a whole number from 1 to 1000 is refused on its line", "[catalog]")
{
    for (const char *bad :
         {R"("materialsBeforeReform": 0,)", R"("materialsBeforeReform": -3,)", R"("materialsBeforeReform": 1001,)",
          R"("materialsBeforeReform": 2.5,)", R"("materialsBeforeReform": "6",)", R"("materialsBeforeReform": null,)"}) {
        INFO(bad);
        const CatalogLoadResult r = CatalogLoader::loadBytes(catalog(bad), u"c.json"_s);
        CHECK_FALSE(r.ok);
        REQUIRE_FALSE(r.errors.isEmpty());
        CHECK(r.errors.join(u'\n').contains(u"c.json:7:"_s));
        CHECK(r.errors.join(u'\n').contains(u"materialsBeforeReform"_s));
    }
}
