// The catalog browser driven as a clerk drives it: by the keyboard, found by widget names.
#include "core/catalog/catalogloader.h"
#include "tests/support/test_support.h"
#include "ui/catalog/catalogbrowser.h"
#include "ui/catalog/mattermaterialsmodel.h"
#include "ui/catalog/searchresultsmodel.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace ow;

namespace {

CatalogData demoCatalog()
{
    const CatalogLoadResult r = CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
    REQUIRE(r.ok);
    return r.data;
}

QStringList names(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, SearchResultsModel::NameColumn).data().toString();
    return out;
}

} // namespace

TEST_CASE("typing pinyin initials in the search field finds the matter and shows its materials")
{
    MainWindow window(WindowStation{QStringLiteral("XH"), 3, QStringLiteral("clerk01"), QStringLiteral("test.db"), {}, {}});
    window.setCatalog(demoCatalog());
    window.show();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("matterSearchEdit"));
    auto *results = window.findChild<QTableView *>(QStringLiteral("matterResultsView"));
    auto *title = window.findChild<QLabel *>(QStringLiteral("matterTitleLabel"));
    auto *materials = window.findChild<QTableView *>(QStringLiteral("matterMaterialsView"));
    REQUIRE(search);
    REQUIRE(results);
    REQUIRE(title);
    REQUIRE(materials);

    QTest::keyClicks(search, QStringLiteral("spjy"));
    REQUIRE(results->model()->rowCount() > 0);
    CHECK(names(results->model()).first().startsWith(QStringLiteral("食品经营许可")));
    // The first hit is shown at once, with its materials.
    CHECK(title->text().startsWith(QStringLiteral("食品经营许可")));
    CHECK(materials->model()->rowCount() > 3);
}

TEST_CASE("Down moves from the search field into the results and Escape comes back")
{
    MainWindow window(WindowStation{QStringLiteral("XH"), 3, QStringLiteral("clerk01"), QStringLiteral("test.db"), {}, {}});
    window.setCatalog(demoCatalog());
    window.show();
    QApplication::setActiveWindow(&window);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("matterSearchEdit"));
    auto *results = window.findChild<QTableView *>(QStringLiteral("matterResultsView"));
    auto *title = window.findChild<QLabel *>(QStringLiteral("matterTitleLabel"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("dj")); // 登记 by its initials
    REQUIRE(results->model()->rowCount() > 2);
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(results->hasFocus());
    QTest::keyClick(results, Qt::Key_Down);
    CHECK(results->currentIndex().row() == 1);
    CHECK(title->text() == results->model()->index(1, 0).data().toString());
    QTest::keyClick(results, Qt::Key_Escape);
    CHECK(search->hasFocus());
}

TEST_CASE("a search that finds nothing says so and clears the details")
{
    CatalogBrowser browser;
    browser.setCatalog(demoCatalog());
    browser.setQuery(QStringLiteral("zzzzqqq"));
    auto *count = browser.findChild<QLabel *>(QStringLiteral("matterCountLabel"));
    CHECK(browser.resultsModel()->rowCount() == 0);
    CHECK(count->text().contains(QStringLiteral("zzzzqqq")));
}

TEST_CASE("a bundle shows its merged material list, a shared material once")
{
    CatalogBrowser browser;
    const CatalogData catalog = demoCatalog();
    browser.setCatalog(catalog);
    browser.setQuery(QStringLiteral("新生儿出生一件事"));
    REQUIRE(browser.resultsModel()->rowCount() > 0);
    CHECK(browser.resultsModel()->index(0, 0).data(SearchResultsModel::IsBundleRole).toBool());
    auto *materials = browser.findChild<QTableView *>(QStringLiteral("matterMaterialsView"));
    const QAbstractItemModel *m = materials->model();
    int idCards = 0;
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, 0).data(MatterMaterialsModel::KindRole).toString() == QStringLiteral("ID_CARD")
            && m->index(row, MatterMaterialsModel::RequirementColumn).data().toString() == requirementName(Requirement::Required))
            ++idCards;
    CHECK(idCards == 1);
}

TEST_CASE("the main window tells the clerk when the calendar lacks this year's holidays")
{
    MainWindow window(WindowStation{QStringLiteral("XH"),
                                    3,
                                    QStringLiteral("clerk01"),
                                    QStringLiteral("test.db"),
                                    QStringLiteral("No holiday data for 2031"),
                                    {}});
    auto *warning = window.findChild<QLabel *>(QStringLiteral("calendarWarningLabel"));
    REQUIRE(warning);
    CHECK(warning->text().contains(QStringLiteral("2031")));
}
