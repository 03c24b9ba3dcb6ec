#pragma once
// The lists the clerk and the supervisor pick one row from (cases, results to hand over, catalog hits, bad
// ratings, bookings) behave alike: a click selects the whole row, one row at a time, nothing is edited in
// place and rows carry no numbers. Each list then sizes its own columns.

class QAbstractItemModel;
class QString;
class QTableView;

namespace ow {

void setUpRowList(QTableView *view, const QString &objectName, QAbstractItemModel *model);

} // namespace ow
