// 证明事项告知承诺制 in the catalog format: a kind allows a commitment (with its basis), a matter offers it
// per line, and the importer refuses a commitment the kind does not allow.
#include "core/catalog/catalogloader.h"
#include "tests/support/test_support.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ow;

namespace {

// Line numbers matter here: each key sits on a line of its own, and the tests name those lines.
QByteArray catalog(const char *noCrimeKind, const char *lines)
{
    return QByteArray(R"({
"format": "onewindow-catalog/1",
"catalogVersion": "t",
"materialKinds": [
)") + noCrimeKind
           + R"(,
{"code": "ID_CARD", "name": "居民身份证", "issuer": "公安机关"},
{"code": "FORM", "name": "申请表", "issuer": "申请人", "perApplication": true}
],
"matters": [{"code": "M1", "name": "教师资格认定", "type": "行政许可", "department": "教育局",
"legalBasis": "《教师资格条例》", "legalLimitDays": 20, "promisedLimitDays": 10,
"materials": [
)" + lines + R"(
]}]
})";
}

const char *allowingKind = R"({"code": "NO_CRIME", "name": "无犯罪记录证明", "issuer": "公安机关",
"commitmentBasis": "国办发〔2020〕42号；本省证明事项告知承诺制目录"})";

const MatterMaterial &line(const CatalogData &d, const QString &kind)
{
    for (const MatterMaterial &m : d.matters.at(0).materials)
        if (m.kind == kind)
            return m;
    FAIL("no line " << kind.toStdString());
    return d.matters.at(0).materials.at(0);
}

} // namespace

TEST_CASE("A matter offers a commitment for a kind that allows one, with the kind's basis", "[catalog][commitment]")
{
    const CatalogLoadResult r = CatalogLoader::loadBytes(catalog(allowingKind, R"({"kind": "NO_CRIME",
"commitment": true},
{"kind": "ID_CARD"})"),
                                                         u"c.json"_s);
    INFO(r.errors.join(u'\n').toStdString());
    REQUIRE(r.ok);
    CHECK(r.data.materialKinds.at(0).commitmentBasis == u"国办发〔2020〕42号；本省证明事项告知承诺制目录"_s);
    CHECK(line(r.data, u"NO_CRIME"_s).commitmentAllowed());
    CHECK(line(r.data, u"NO_CRIME"_s).commitmentBasis == u"国办发〔2020〕42号；本省证明事项告知承诺制目录"_s);
    CHECK_FALSE(line(r.data, u"ID_CARD"_s).commitmentAllowed());
}

TEST_CASE("A kind that allows a commitment is not offered one where the matter does not say so", "[catalog][commitment]")
{
    const CatalogLoadResult r = CatalogLoader::loadBytes(catalog(allowingKind, R"({"kind": "NO_CRIME"})"), u"c.json"_s);
    REQUIRE(r.ok);
    CHECK_FALSE(line(r.data, u"NO_CRIME"_s).commitmentAllowed());
}

TEST_CASE("A commitment for a kind that does not allow one is refused at its line", "[catalog][commitment]")
{
    const CatalogLoadResult r = CatalogLoader::loadBytes(catalog(allowingKind, R"({"kind": "NO_CRIME",
"commitment": true},
{"kind": "ID_CARD",
"commitment": true})"),
                                                         u"c.json"_s);
    CHECK_FALSE(r.ok);
    CHECK(r.data.matters.isEmpty());
    CHECK(r.errors
          == QStringList{u"c.json:16: material kind \"ID_CARD\" allows no commitment instead of the certificate (its "
                         u"\"commitmentBasis\" is empty)"_s});
}

TEST_CASE("A form filled in for each application cannot allow a commitment", "[catalog][commitment]")
{
    const CatalogLoadResult r =
        CatalogLoader::loadBytes(catalog(R"({"code": "NO_CRIME", "name": "无犯罪记录证明", "issuer": "公安机关"},
{"code": "OWN_FORM", "name": "个人申请表", "issuer": "申请人", "perApplication": true,
"commitmentBasis": "某某文件"})",
                                         R"({"kind": "NO_CRIME"})"),
                                 u"c.json"_s);
    CHECK_FALSE(r.ok);
    CHECK(r.errors
          == QStringList{u"c.json:7: material kind \"OWN_FORM\" is filled in for each application: it is no certificate a "
                         u"commitment could replace"_s});
}

TEST_CASE("The demo catalog offers commitments only with a basis", "[catalog][commitment]")
{
    const CatalogLoadResult r = CatalogLoader::load(u":/catalog/demo-catalog.json"_s);
    REQUIRE(r.ok);
    int offered = 0;
    for (const Matter &m : r.data.matters)
        for (const MatterMaterial &mm : m.materials)
            offered += mm.commitmentAllowed() ? 1 : 0;
    CHECK(offered >= 3);
}
