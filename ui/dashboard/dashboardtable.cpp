#include "ui/dashboard/dashboardtable.h"

#include <QHeaderView>
#include <QTableView>

namespace ow {

void setUpDashboardTable(QTableView *view, const QString &objectName, QAbstractItemModel *model)
{
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->setWordWrap(false);
}

} // namespace ow
