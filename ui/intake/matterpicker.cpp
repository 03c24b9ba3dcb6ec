#include "ui/intake/matterpicker.h"

#include "ui/catalog/matterdetailswidget.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ow {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int VisibleHits = 8;
} // namespace

MatterPicker::MatterPicker(QWidget *parent)
    : QWidget(parent),
      m_edit(new QLineEdit(this)),
      m_hits(new QListWidget(this)),
      m_chosenLabel(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("intakeMatterEdit"));
    m_edit->setPlaceholderText(tr("Matter: 汉字 or pinyin initials, Enter to take it (Ctrl+M)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_hits->setObjectName(QStringLiteral("intakeMatterHits"));
    m_hits->setMaximumHeight(m_hits->fontMetrics().height() * VisibleHits + 12);
    m_hits->hide();
    connect(m_hits, &QListWidget::itemActivated, this, [this] { takeCurrent(); });
    m_chosenLabel->setObjectName(QStringLiteral("intakeMatterChosenLabel"));
    m_chosenLabel->setTextFormat(Qt::RichText);
    m_chosenLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_hits);
    layout->addWidget(m_chosenLabel);
    connect(m_edit, &QLineEdit::textEdited, this, &MatterPicker::search);
}

void MatterPicker::setCatalog(const CatalogData &catalog)
{
    m_catalog = catalog;
    m_search = CatalogSearch(m_catalog);
}

void MatterPicker::clear()
{
    m_edit->clear();
    m_hits->clear();
    m_hits->hide();
    m_chosen.clear();
    m_chosenLabel->clear();
}

void MatterPicker::focusSearch()
{
    m_edit->setFocus();
    m_edit->selectAll();
}

void MatterPicker::search(const QString &text)
{
    m_hits->clear();
    const QList<SearchHit> hits = m_search.search(text, VisibleHits * 3);
    for (const SearchHit &h : hits) {
        auto *item = new QListWidgetItem(
            h.isBundle ? tr("%1 (one-thing bundle)").arg(h.name) : tr("%1 — %2").arg(h.name, h.department), m_hits);
        item->setData(CodeRole, h.code);
    }
    m_hits->setVisible(!hits.isEmpty());
    if (!hits.isEmpty())
        m_hits->setCurrentRow(0);
}

bool MatterPicker::choose(const QString &code)
{
    QString html;
    if (const Matter *m = m_catalog.matter(code)) {
        html = QStringLiteral("<b>%1</b> · %2 %3")
                   .arg(m->name.toHtmlEscaped(), m->department.toHtmlEscaped(), matterTagsHtml(m->tags));
    } else if (const Bundle *b = m_catalog.bundle(code)) {
        html = QStringLiteral("<b>%1</b> · %2")
                   .arg(b->name.toHtmlEscaped(), tr("%n matter(s) at once", nullptr, int(b->matterCodes.size())));
    } else {
        return false;
    }
    m_chosen = code;
    m_chosenLabel->setText(html);
    m_hits->hide();
    emit chosen(code);
    return true;
}

void MatterPicker::takeCurrent()
{
    if (QListWidgetItem *item = m_hits->currentItem())
        choose(item->data(CodeRole).toString());
}

bool MatterPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && m_hits->isVisible()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down: m_hits->setCurrentRow(std::min(m_hits->currentRow() + 1, m_hits->count() - 1)); return true;
        case Qt::Key_Up: m_hits->setCurrentRow(std::max(m_hits->currentRow() - 1, 0)); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: takeCurrent(); return true;
        case Qt::Key_Escape: m_hits->hide(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow
