#pragma once
// Search the catalog as you type (汉字 or pinyin initials) and read a matter's elements and materials.
// Keyboard first: the search field has focus, Down moves into the results, Enter or a click shows one,
// Escape goes back to the search field.

#include "core/catalog/catalogsearch.h"
#include "core/domain/catalogdata.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace ow {

class MatterDetailsWidget;
class SearchResultsModel;

class CatalogBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogBrowser(QWidget *parent = nullptr);

    // Replaces the catalog shown; the browser keeps its own copy and search index.
    void setCatalog(const CatalogData &catalog);
    void setQuery(const QString &text);
    void focusSearch();

    SearchResultsModel *resultsModel() const { return m_results; }

signals:
    void matterShown(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch(const QString &text);
    void showRow(int row);
    // With no query the browser lists bundles first, then every matter by department, so a clerk can browse.
    QList<SearchHit> defaultList() const;

    CatalogData m_catalog;
    CatalogSearch m_search;
    QLineEdit *m_searchEdit;
    QLabel *m_countLabel;
    QTableView *m_resultsView;
    SearchResultsModel *m_results;
    MatterDetailsWidget *m_details;
};

} // namespace ow
