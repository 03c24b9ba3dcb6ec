#include "core/catalog/catalogloader.h"
#include "tests/support/test_support.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ow;

namespace {

QString fixture(const char *name)
{
    return owtest::sourcePath(u"tests/unit/catalog/data/"_s + QLatin1String(name));
}

// Loads a fixture under its bare file name, so expected errors read like the ones an administrator sees.
CatalogLoadResult loadFixture(const char *name)
{
    QFile file(fixture(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return CatalogLoader::loadBytes(file.readAll(), QLatin1String(name));
}

void requireNothingReturned(const CatalogLoadResult &r)
{
    CHECK_FALSE(r.ok);
    CHECK(r.data.catalogVersion.isEmpty());
    CHECK(r.data.materialKinds.isEmpty());
    CHECK(r.data.matters.isEmpty());
    CHECK(r.data.bundles.isEmpty());
}

void checkErrors(const QStringList &actual, const QStringList &expected)
{
    INFO("actual errors:\n" << actual.join(u'\n').toStdString());
    CHECK(actual.size() == expected.size());
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i)
        CHECK(actual[i] == expected[i]);
}

} // namespace

TEST_CASE("The demo catalog loads without errors", "[catalog][loader]")
{
    const QString path = owtest::sourcePath(u"resources/catalog/demo-catalog.json"_s);
    if (!QFile::exists(path))
        FAIL("resources/catalog/demo-catalog.json is missing");
    const CatalogLoadResult r = CatalogLoader::load(path);
    INFO(r.errors.join(u'\n').toStdString());
    REQUIRE(r.errors.isEmpty());
    REQUIRE(r.ok);
    CHECK_FALSE(r.data.matters.isEmpty());
    CHECK_FALSE(r.data.materialKinds.isEmpty());
    for (const Matter &m : r.data.matters) {
        CHECK(m.promisedLimitDays <= m.legalLimitDays);
        for (const MatterMaterial &mm : m.materials) {
            CHECK_FALSE(mm.name.isEmpty());
            CHECK_FALSE(mm.issuer.isEmpty());
        }
    }
}

TEST_CASE("The demo catalog is compiled into the catalog library", "[catalog][loader]")
{
    if (!QFile::exists(owtest::sourcePath(u"resources/catalog/demo-catalog.json"_s)))
        FAIL("resources/catalog/demo-catalog.json is missing");
    const CatalogLoadResult r = CatalogLoader::load(u":/catalog/demo-catalog.json"_s);
    INFO(r.errors.join(u'\n').toStdString());
    CHECK(r.ok);
}

TEST_CASE("A valid catalog fills every field and resolves materials from their kinds", "[catalog][loader]")
{
    const CatalogLoadResult r = CatalogLoader::load(fixture("valid-small.json"));
    INFO(r.errors.join(u'\n').toStdString());
    REQUIRE(r.ok);
    REQUIRE(r.errors.isEmpty());
    const CatalogData &d = r.data;
    CHECK(d.catalogVersion == u"2026.11-test"_s);
    REQUIRE(d.materialKinds.size() == 4);
    CHECK(d.materialKinds[0].code == u"RESIDENT_ID_CARD"_s);
    CHECK(d.materialKinds[0].certificateStore);
    CHECK(d.materialKinds[2].validityMonths == 12);
    CHECK(d.materialKinds[2].dataSharing);

    REQUIRE(d.matters.size() == 2);
    const Matter *food = d.matter(u"11330100MB0000001X"_s);
    REQUIRE(food);
    CHECK(food->name == u"食品经营许可"_s);
    CHECK(food->type == u"行政许可"_s);
    CHECK(food->department == u"市场监督管理局"_s);
    CHECK(food->legalLimitDays == 20);
    CHECK(food->promisedLimitDays == 10);
    CHECK(food->version == 3);
    REQUIRE(food->fees.size() == 1);
    CHECK(food->fees[0].item == u"工本费"_s);
    CHECK(food->fees[0].amount == u"免费"_s);
    CHECK(food->tags == QList<MatterTag>{MatterTag::Online, MatterTag::OneTrip});
    REQUIRE(food->situations.size() == 1);
    CHECK(food->situations[0].id == u"agent"_s);
    CHECK(food->situations[0].question == u"是否委托他人代办？"_s);
    REQUIRE(food->situations[0].options.size() == 2);
    CHECK(food->situations[0].options[1].text == u"委托代理人办理"_s);

    REQUIRE(food->materials.size() == 5);
    const MatterMaterial &application = food->materials[0];
    CHECK(application.kind == u"FOOD_APPLICATION"_s);
    CHECK(application.name == u"食品经营许可申请书"_s);
    CHECK(application.issuer == u"申请人"_s);
    CHECK(application.copies == 2);
    CHECK(application.form == MaterialForm::Original);
    CHECK(application.requirement == Requirement::Required);
    const MatterMaterial &licence = food->materials[1];
    CHECK(licence.form == MaterialForm::Copy);
    CHECK(licence.deficiencyAllowed);
    CHECK(licence.note == u"加盖公章"_s);
    CHECK(licence.validityMonths == 12);
    CHECK(licence.dataSharing);
    const MatterMaterial &idCard = food->materials[2];
    CHECK(idCard.name == u"法定代表人身份证"_s); // the matter's own name wins over the kind's
    CHECK(idCard.form == MaterialForm::OriginalAndCopy);
    CHECK(idCard.issuer == u"公安机关"_s);
    CHECK(idCard.legalBasis == u"《中华人民共和国居民身份证法》"_s);
    CHECK(idCard.howToObtain == u"户籍所在地派出所办理"_s);
    CHECK(idCard.certificateStore);
    const MatterMaterial &agentId = food->materials[3];
    CHECK(agentId.requirement == Requirement::Situational);
    CHECK(agentId.when == QStringList{u"agent=agent"_s});

    const Matter *hygiene = d.matter(u"11330100MB0000002X"_s);
    REQUIRE(hygiene);
    CHECK(hygiene->version == 0); // not given: the importer numbers it
    CHECK(hygiene->isInstant());
    CHECK(hygiene->materials[0].form == MaterialForm::Electronic);
    CHECK(hygiene->materials[0].requirement == Requirement::Optional);
    CHECK(hygiene->materials[0].name == u"居民身份证"_s);

    REQUIRE(d.bundles.size() == 1);
    CHECK(d.bundles[0].name == u"开办餐饮店一件事"_s);
    CHECK(d.bundles[0].description == u"食品经营与卫生许可一次办"_s);
    CHECK(d.bundles[0].matterCodes == QStringList{u"11330100MB0000001X"_s, u"11330100MB0000002X"_s});
}

TEST_CASE("All errors of a file are reported at their lines", "[catalog][loader]")
{
    const CatalogLoadResult r = loadFixture("many-errors.json");
    requireNothingReturned(r);
    const QString f = u"many-errors.json:"_s;
    checkErrors(
        r.errors,
        {
            f + u"2: unsupported format \"onewindow-catalog/2\" (expected \"onewindow-catalog/1\")"_s,
            f + u"6: duplicate material kind code \"RESIDENT_ID_CARD\" (first defined at line 5)"_s,
            f + u"7: material kind code \"other-stuff\" may use only A-Z, 0-9 and _"_s,
            f + u"7: vague material name \"其他材料\": the list of certificates allows only named materials"_s,
            f + u"8: \"validityMonths\" must be a whole number of at least 0"_s,
            f + u"8: \"dataSharing\" must be true or false"_s,
            f + u"9: missing required key \"issuer\""_s,
            f + u"19: the promised time limit (15 working days) exceeds the legal time limit (10 working days)"_s,
            f + u"20: unknown tag \"fast\" (expected one of: instant, online, nearby, oneTrip)"_s,
            f + u"24: situation id \"Bad-Id\" may use only a-z, 0-9 and _"_s,
            f + u"24: a situation needs at least two options"_s,
            f + u"27: unknown form \"scan\" (expected one of: original, copy, electronic, originalAndCopy)"_s,
            f + u"28: unknown material kind \"UNKNOWN_KIND\""_s,
            f + u"29: condition \"agent=proxy\": situation \"agent\" has no option \"proxy\""_s,
            f + u"29: condition \"owner=yes\": this matter has no situation \"owner\""_s,
            f + u"29: condition \"agent\" must have the form situation=option"_s,
            f + u"30: a situational material needs a \"when\" condition"_s,
            f + u"31: vague material name \"有关材料\": the list of certificates allows only named materials"_s,
            f + u"31: \"copies\" must be a whole number of at least 1"_s,
            f + u"32: \"when\" is only allowed with \"requirement\": \"situational\""_s,
            f + u"35: missing required key \"promisedLimitDays\""_s,
            f + u"36: duplicate matter code \"M1\" (first used at line 13)"_s,
            f + u"38: unknown matter type \"行政审批\" (expected one of: 行政许可, 行政确认, 行政给付, 行政裁决, 行政征收, 行政奖励, 公共服务, 其他行政权力)"_s,
            f + u"41: \"legalLimitDays\" must be a whole number of at least 0"_s,
            f + u"42: unknown key \"promisedLimitDay\" (did you mean \"promisedLimitDays\"?)"_s,
            f + u"43: a matter must list at least one material"_s,
            f + u"44: \"version\" must be a whole number of at least 1"_s,
            f + u"48: bundle code \"M1\" is already the code of a matter (line 13)"_s,
            f + u"48: unknown matter \"M9\" in bundle"_s,
            f + u"49: duplicate key \"name\" (already at line 49)"_s,
            f + u"49: a bundle must combine at least two matters"_s,
        });
}

TEST_CASE("Type, duplicate and condition errors are reported at their lines", "[catalog][loader]")
{
    const CatalogLoadResult r = loadFixture("more-errors.json");
    requireNothingReturned(r);
    const QString f = u"more-errors.json:"_s;
    checkErrors(r.errors,
                {
                    f + u"3: \"catalogVersion\" must not be empty"_s,
                    f + u"5: unknown key \"legalbasis\" (did you mean \"legalBasis\"?)"_s,
                    f + u"6: each material kind must be an object { ... }"_s,
                    f + u"11: \"promisedLimitDays\" must be a whole number of at least 0"_s,
                    f + u"12: missing required key \"amount\""_s,
                    f + u"13: \"tags\" must be an array [ ... ]"_s,
                    f + u"16: duplicate situation id \"s\" in this matter"_s,
                    f + u"16: duplicate option id \"z\" in this situation"_s,
                    f + u"20: material kind \"ID\" is listed twice in this matter under the same conditions (first at line 19)"_s,
                    f + u"21: condition \"s=y\" contradicts \"s=x\": the material could never apply"_s,
                    f + u"22: condition \"s=x\" is listed twice"_s,
                    f + u"23: unknown requirement \"always\" (expected one of: required, optional, situational)"_s,
                    f + u"25: material kind \"ID\" is listed twice in this matter under the same conditions (first at line 24)"_s,
                    f + u"26: each material must be an object { ... }"_s,
                    f + u"30: unknown key \"bundle\" (did you mean \"bundles\"?)"_s,
                });
}

TEST_CASE("A misspelt key never passes silently", "[catalog][loader]")
{
    const CatalogLoadResult r = loadFixture("unknown-key.json");
    requireNothingReturned(r);
    checkErrors(r.errors, {
                              u"unknown-key.json:16: unknown key \"requirment\" (did you mean \"requirement\"?)"_s,
                              u"unknown-key.json:17: unknown key \"promisedLimitDay\" (did you mean \"promisedLimitDays\"?)"_s,
                          });
}

TEST_CASE("A syntax error gives one error at its line", "[catalog][loader]")
{
    const CatalogLoadResult r = loadFixture("syntax-error.json");
    requireNothingReturned(r);
    checkErrors(r.errors, {u"syntax-error.json:11: JSON syntax error: expected ',' or '}' after an object member"_s});
}

TEST_CASE("Errors name the file as it was given", "[catalog][loader]")
{
    const QString path = fixture("syntax-error.json");
    const CatalogLoadResult r = CatalogLoader::load(path);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].startsWith(path + u":11: "_s));
}

TEST_CASE("A file that cannot be opened gives one clear error", "[catalog][loader]")
{
    const QString path = fixture("no-such-file.json");
    const CatalogLoadResult r = CatalogLoader::load(path);
    requireNothingReturned(r);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].startsWith(path + u":0: cannot open the catalog file: "_s));
}

TEST_CASE("Top-level shape errors", "[catalog][loader]")
{
    SECTION("not an object")
    {
        const CatalogLoadResult r = CatalogLoader::loadBytes("\n[1, 2]", u"x.json"_s);
        requireNothingReturned(r);
        checkErrors(r.errors, {u"x.json:2: a catalog must be a JSON object { ... }"_s});
    }
    SECTION("empty object: every required key is named")
    {
        const CatalogLoadResult r = CatalogLoader::loadBytes("{\n}", u"x.json"_s);
        requireNothingReturned(r);
        checkErrors(r.errors, {
                                  u"x.json:1: missing required key \"format\""_s,
                                  u"x.json:1: missing required key \"catalogVersion\""_s,
                                  u"x.json:1: missing required key \"materialKinds\""_s,
                                  u"x.json:1: missing required key \"matters\""_s,
                              });
    }
    SECTION("no matters")
    {
        const CatalogLoadResult r = CatalogLoader::loadBytes(
            R"({"format": "onewindow-catalog/1", "catalogVersion": "v", "materialKinds": [],
"matters": []})",
            u"x.json"_s);
        requireNothingReturned(r);
        checkErrors(r.errors, {u"x.json:2: \"matters\" must list at least one matter"_s});
    }
    SECTION("empty file")
    {
        const CatalogLoadResult r = CatalogLoader::loadBytes(QByteArray(), u"x.json"_s);
        requireNothingReturned(r);
        checkErrors(r.errors, {u"x.json:1: JSON syntax error: unexpected end of file: expected a value"_s});
    }
}

TEST_CASE("Vague catch-all material names are recognised", "[catalog][loader]")
{
    for (const QString &name :
         {u"其他材料"_s, u"有关材料"_s, u"其他相关材料"_s, u"相关证明材料"_s, u"其它材料"_s, u" 其他材料。"_s, u"其他材料等"_s})
        CHECK(CatalogLoader::isVagueMaterialName(name));
    for (const QString &name : {u"居民身份证"_s, u"其他股东身份证明"_s, u"有关部门批准文件"_s})
        CHECK_FALSE(CatalogLoader::isVagueMaterialName(name));
}
