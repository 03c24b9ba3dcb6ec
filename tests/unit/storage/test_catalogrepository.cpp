// Catalog import and matter versions.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

using namespace Qt::StringLiterals;
using namespace owtest;

TEST_CASE("a first import adds every matter as version 1 and loads back in order")
{
    TempDatabase t;
    ow::CatalogRepository catalog(t.db);
    const ow::CatalogData data = sampleCatalog();
    const ow::ImportReport report = catalog.importCatalog(data);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.added == 3);
    CHECK(report.changed == 0);
    CHECK(report.unchanged == 0);
    CHECK(report.materialKinds == 4);
    CHECK(report.bundles == 1);
    CHECK(report.versions.value(u"M001"_s) == 1);

    QString error;
    const ow::CatalogData loaded = catalog.loadCurrent(&error);
    CHECK(error.isEmpty());
    CHECK(loaded.catalogVersion == u"2026.11"_s);
    REQUIRE(loaded.matters.size() == 3);
    CHECK(loaded.matters.at(0).code == u"M001"_s);
    CHECK(loaded.matters.at(2).code == u"M003"_s);
    CHECK(loaded.matters.at(0).materials.size() == 4);
    CHECK(loaded.matters.at(0).situations.first().options.size() == 2);
    REQUIRE(loaded.materialKinds.size() == 4);
    CHECK(loaded.materialKinds.at(1).validityMonths == 12);
    CHECK(loaded.materialKinds.at(0).certificateStore);
    REQUIRE(loaded.bundles.size() == 1);
    CHECK(loaded.bundles.first().matterCodes == QStringList{u"M002"_s, u"M001"_s});
}

TEST_CASE("importing the same catalog twice changes nothing")
{
    TempDatabase t;
    ow::CatalogRepository catalog(t.db);
    REQUIRE(catalog.importCatalog(sampleCatalog()).ok);
    const ow::ImportReport again = catalog.importCatalog(sampleCatalog());
    REQUIRE(again.ok);
    CHECK(again.unchanged == 3);
    CHECK(again.added == 0);
    CHECK(again.changed == 0);
    CHECK(again.removed == 0);
    CHECK(catalog.versions(u"M001"_s) == QList<int>{1});
    CHECK(countRows(t.db.db(), u"SELECT count(*) FROM matter_versions"_s) == 3);
}

TEST_CASE("a changed matter gets a new version and the old one stays readable")
{
    TempDatabase t;
    ow::CatalogRepository catalog(t.db);
    ow::CatalogData data = sampleCatalog();
    REQUIRE(catalog.importCatalog(data).ok);

    data.matters[0].promisedLimitDays = 5;
    data.matters[0].name = u"食品经营许可（新）"_s;
    const ow::ImportReport report = catalog.importCatalog(data);
    REQUIRE(report.ok);
    CHECK(report.changed == 1);
    CHECK(report.changedCodes == QStringList{u"M001"_s});
    CHECK(report.unchanged == 2);
    CHECK(catalog.currentVersion(u"M001"_s) == 2);
    CHECK(catalog.versions(u"M001"_s) == QList<int>{1, 2});

    const std::optional<ow::Matter> v1 = catalog.matterVersion(u"M001"_s, 1);
    REQUIRE(v1);
    CHECK(v1->version == 1);
    CHECK(v1->promisedLimitDays == 10);
    CHECK(v1->name == u"食品经营许可"_s);
    const std::optional<ow::Matter> v2 = catalog.matterVersion(u"M001"_s, 2);
    REQUIRE(v2);
    CHECK(v2->promisedLimitDays == 5);
    CHECK(catalog.loadCurrent().matter(u"M001"_s)->version == 2);
    CHECK_FALSE(catalog.matterVersion(u"M001"_s, 3));
}

TEST_CASE("the file's version number is taken when higher, otherwise current + 1")
{
    TempDatabase t;
    ow::CatalogRepository catalog(t.db);
    ow::CatalogData data = sampleCatalog();
    data.matters[1].version = 4; // a new matter takes the publisher's number
    REQUIRE(catalog.importCatalog(data).ok);
    CHECK(catalog.currentVersion(u"M002"_s) == 4);

    data.matters[1].promisedLimitDays = 3;
    data.matters[1].version = 9;
    REQUIRE(catalog.importCatalog(data).ok);
    CHECK(catalog.currentVersion(u"M002"_s) == 9);

    data.matters[1].promisedLimitDays = 2;
    data.matters[1].version = 1;
    REQUIRE(catalog.importCatalog(data).ok);
    CHECK(catalog.currentVersion(u"M002"_s) == 10);

    data.matters[1].version = 42; // same content, another number: unchanged, keeps 10
    const ow::ImportReport report = catalog.importCatalog(data);
    CHECK(report.unchanged == 3);
    CHECK(catalog.currentVersion(u"M002"_s) == 10);
}

TEST_CASE("a case pinned to version 1 still reads version 1 after version 2 arrives")
{
    TempDatabase t;
    ow::CatalogRepository catalog(t.db);
    ow::CatalogData data = sampleCatalog();
    REQUIRE(catalog.importCatalog(data).ok);
    ow::CaseRepository cases(t.db);
    ow::Case c = sampleCase(catalog.loadCurrent(), {u"M001"_s});
    QString error;
    REQUIRE(cases.commitDecision(c, samplePerson(), &error));

    data.matters[0].legalLimitDays = 30;
    REQUIRE(catalog.importCatalog(data).ok);
    REQUIRE(catalog.currentVersion(u"M001"_s) == 2);

    const std::optional<ow::Case> stored = cases.byId(c.id);
    REQUIRE(stored);
    REQUIRE(stored->matters.size() == 1);
    CHECK(stored->matters.first() == QPair<QString, int>(u"M001"_s, 1));
    const std::optional<ow::Matter> pinned = catalog.matterVersion(u"M001"_s, stored->matters.first().second);
    REQUIRE(pinned);
    CHECK(pinned->legalLimitDays == 20);
}

TEST_CASE("a matter left out of the catalog is withdrawn and comes back under its old version")
{
    TempDatabase t;
    ow::CatalogRepository catalog(t.db);
    ow::CatalogData data = sampleCatalog();
    REQUIRE(catalog.importCatalog(data).ok);

    ow::CatalogData smaller = data;
    smaller.matters.removeLast();
    const ow::ImportReport removed = catalog.importCatalog(smaller);
    REQUIRE(removed.ok);
    CHECK(removed.removed == 1);
    CHECK(removed.removedCodes == QStringList{u"M003"_s});
    CHECK(catalog.currentVersion(u"M003"_s) == 0);
    CHECK(catalog.matterVersion(u"M003"_s, 1)); // still there for the cases that pinned it
    CHECK(catalog.loadCurrent().matters.size() == 2);

    const ow::ImportReport back = catalog.importCatalog(data);
    REQUIRE(back.ok);
    CHECK(back.added == 1);
    CHECK(catalog.currentVersion(u"M003"_s) == 1);
    CHECK(catalog.versions(u"M003"_s) == QList<int>{1});
}

TEST_CASE("a catalog that does not hang together is refused whole")
{
    TempDatabase t;
    ow::CatalogRepository catalog(t.db);
    REQUIRE(catalog.importCatalog(sampleCatalog()).ok);
    ow::CatalogData bad = sampleCatalog();
    bad.matters[0].promisedLimitDays = 1; // would be a change...
    SECTION("a bundle naming an unknown matter")
    {
        bad.bundles.first().matterCodes.append(u"M999"_s);
        const ow::ImportReport report = catalog.importCatalog(bad);
        CHECK_FALSE(report.ok);
        CHECK(report.error.contains(u"M999"_s));
    }
    SECTION("a duplicate matter code")
    {
        bad.matters.append(bad.matters.first());
        const ow::ImportReport report = catalog.importCatalog(bad);
        CHECK_FALSE(report.ok);
        CHECK(report.error.contains(u"M001"_s));
    }
    CHECK(catalog.currentVersion(u"M001"_s) == 1); // ...but nothing happened
    CHECK(countRows(t.db.db(), u"SELECT count(*) FROM catalog_imports"_s) == 1);
}
