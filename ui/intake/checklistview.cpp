#include "ui/intake/checklistview.h"

#include "ui/intake/checklistmodel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace ow {

ChecklistView::ChecklistView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("checklistView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    setTabKeyNavigation(false);
    setToolTip(tr("Space ticks the current material; C replaces it by the applicant's commitment where allowed; arrows move"));
}

void ChecklistView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && currentIndex().isValid()) {
        if (auto *m = qobject_cast<ChecklistModel *>(model()))
            m->toggle(currentIndex().row());
        event->accept();
        return;
    }
    // C: the applicant signs a commitment instead of bringing this certificate (告知承诺制). Taken only on
    // rows that allow it; elsewhere the key keeps its usual meaning (type-ahead to a row).
    if (event->key() == Qt::Key_C && event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
        if (auto *m = qobject_cast<ChecklistModel *>(model()); m && m->toggleCommitment(currentIndex().row())) {
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void ChecklistView::focusInEvent(QFocusEvent *event)
{
    // Reached by Tab or a shortcut with no row current: Space must tick something at once.
    if (!currentIndex().isValid() && model() && model()->rowCount() > 0)
        setCurrentIndex(model()->index(0, 0));
    QTableView::focusInEvent(event);
}

} // namespace ow
