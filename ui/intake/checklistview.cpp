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
    setToolTip(tr("Space ticks the current material; arrows move"));
}

void ChecklistView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && currentIndex().isValid()) {
        if (auto *m = qobject_cast<ChecklistModel *>(model()))
            m->toggle(currentIndex().row());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace ow
