#pragma once
// Every table of the dashboard reads alike: whole-row selection, read-only, no row numbers, compact rows,
// and fixed stretched columns (ResizeToContents would measure every cell on each live update).

class QAbstractItemModel;
class QString;
class QTableView;

namespace ow {

void setUpDashboardTable(QTableView *view, const QString &objectName, QAbstractItemModel *model);

} // namespace ow
