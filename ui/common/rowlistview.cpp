#include "ui/common/rowlistview.h"

#include <QHeaderView>
#include <QTableView>

namespace ow {

void setUpRowList(QTableView *view, const QString &objectName, QAbstractItemModel *model)
{
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
}

} // namespace ow
