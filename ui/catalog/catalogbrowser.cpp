#include "ui/catalog/catalogbrowser.h"

#include "ui/catalog/matterdetailswidget.h"
#include "ui/catalog/searchresultsmodel.h"
#include "ui/common/rowlistview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

CatalogBrowser::CatalogBrowser(QWidget *parent)
    : QWidget(parent),
      m_searchEdit(new QLineEdit(this)),
      m_countLabel(new QLabel(this)),
      m_resultsView(new QTableView(this)),
      m_results(new SearchResultsModel(&m_catalog, this)),
      m_details(new MatterDetailsWidget(this))
{
    m_searchEdit->setObjectName(QStringLiteral("matterSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Find a matter: 汉字, pinyin initials (spjy) or code"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setToolTip(tr("Type to search; Down to move into the results (Ctrl+F comes back here)"));
    m_searchEdit->installEventFilter(this);
    m_countLabel->setObjectName(QStringLiteral("matterCountLabel"));

    setUpRowList(m_resultsView, QStringLiteral("matterResultsView"), m_results);
    m_resultsView->verticalHeader()->setDefaultSectionSize(m_resultsView->fontMetrics().height() + 10);
    m_resultsView->setWordWrap(false);
    // Fixed column widths: ResizeToContents would measure every row on each keystroke.
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_resultsView->horizontalHeader()->setSectionResizeMode(SearchResultsModel::NameColumn, QHeaderView::Stretch);
    m_resultsView->horizontalHeader()->resizeSection(SearchResultsModel::LimitColumn,
                                                     m_resultsView->fontMetrics().horizontalAdvance(u'0') * 14);
    m_resultsView->installEventFilter(this);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });

    connect(m_searchEdit, &QLineEdit::textChanged, this, &CatalogBrowser::runSearch);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_searchEdit);
    leftLayout->addWidget(m_countLabel);
    leftLayout->addWidget(m_resultsView, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 640});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_searchEdit);
}

void CatalogBrowser::setCatalog(const CatalogData &catalog)
{
    m_catalog = catalog;
    m_search = CatalogSearch(m_catalog);
    // The department column is sized once per catalog, to its longest name.
    int widest = m_resultsView->fontMetrics().horizontalAdvance(tr("Department"));
    for (const Matter &m : m_catalog.matters)
        widest = std::max(widest, m_resultsView->fontMetrics().horizontalAdvance(m.department));
    m_resultsView->horizontalHeader()->resizeSection(SearchResultsModel::DepartmentColumn, std::min(widest + 16, 260));
    runSearch(m_searchEdit->text());
}

void CatalogBrowser::setQuery(const QString &text)
{
    m_searchEdit->setText(text);
}

void CatalogBrowser::focusSearch()
{
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

QList<SearchHit> CatalogBrowser::defaultList() const
{
    QList<SearchHit> hits;
    for (const Bundle &b : m_catalog.bundles) {
        SearchHit h;
        h.code = b.code;
        h.name = b.name;
        h.isBundle = true;
        hits << h;
    }
    QList<const Matter *> matters;
    for (const Matter &m : m_catalog.matters)
        matters << &m;
    std::stable_sort(matters.begin(), matters.end(),
                     [](const Matter *a, const Matter *b) { return a->department < b->department; });
    for (const Matter *m : matters) {
        SearchHit h;
        h.code = m->code;
        h.name = m->name;
        h.department = m->department;
        hits << h;
    }
    return hits;
}

void CatalogBrowser::runSearch(const QString &text)
{
    const bool browsing = text.trimmed().isEmpty();
    const QList<SearchHit> hits = browsing ? defaultList() : m_search.search(text, 100);
    m_results->setHits(hits);
    if (browsing)
        m_countLabel->setText(tr("%n matter(s) and bundle(s) in the catalog", nullptr, int(hits.size())));
    else if (hits.isEmpty())
        m_countLabel->setText(tr("Nothing found for \"%1\". Try fewer characters or the pinyin initials.").arg(text));
    else
        m_countLabel->setText(tr("%n found", nullptr, int(hits.size())));
    if (!hits.isEmpty())
        m_resultsView->selectRow(0);
    else
        m_details->clear();
}

void CatalogBrowser::showRow(int row)
{
    const SearchHit *h = m_results->hit(row);
    if (!h) {
        m_details->clear();
        return;
    }
    if (h->isBundle) {
        const Bundle *b = m_catalog.bundle(h->code);
        if (!b)
            return;
        QList<Matter> matters;
        for (const QString &code : b->matterCodes)
            if (const Matter *m = m_catalog.matter(code))
                matters << *m;
        m_details->showBundle(*b, matters);
    } else if (const Matter *m = m_catalog.matter(h->code)) {
        m_details->showMatter(*m);
    }
    emit matterShown(h->code);
}

bool CatalogBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_searchEdit
            && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_resultsView->setFocus();
            if (!m_resultsView->currentIndex().isValid() && m_results->rowCount() > 0)
                m_resultsView->selectRow(0);
            return true;
        }
        if (watched == m_resultsView && key->key() == Qt::Key_Escape) {
            focusSearch();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow
