// Every model of the UI under QAbstractItemModelTester, with real catalog data.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogsearch.h"
#include "tests/support/test_support.h"
#include "ui/catalog/mattermaterialsmodel.h"
#include "ui/catalog/searchresultsmodel.h"

#include <QAbstractItemModelTester>

using namespace ow;

TEST_CASE("the search results model passes the model tester through resets")
{
    const CatalogLoadResult r = CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
    REQUIRE(r.ok);
    SearchResultsModel model(&r.data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const CatalogSearch search(r.data);
    for (const char *q : {"spjy", "登记", "", "yjs", "zzzz"}) {
        model.setHits(search.search(QString::fromUtf8(q)));
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                CHECK(model.index(row, column).isValid());
    }
    model.setHits(search.search(QStringLiteral("许可")));
    REQUIRE(model.rowCount() > 0);
    CHECK(model.index(0, 0).data(SearchResultsModel::CodeRole).toString().size() > 0);
}

TEST_CASE("the materials model passes the model tester and names the situation a line depends on")
{
    const CatalogLoadResult r = CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
    REQUIRE(r.ok);
    MatterMaterialsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Matter *m = r.data.matter(QStringLiteral("SCJG-XK-0001"));
    REQUIRE(m);
    model.setMatter(*m);
    CHECK(model.rowCount() == m->materials.size());
    bool namesAnAnswer = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString req = model.index(row, MatterMaterialsModel::RequirementColumn).data().toString();
        if (m->materials.at(row).requirement == Requirement::Situational)
            namesAnAnswer |= !req.contains(QLatin1Char('='));
    }
    CHECK(namesAnAnswer);
    model.clear();
    CHECK(model.rowCount() == 0);
}
