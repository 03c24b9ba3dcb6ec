#pragma once
// Where a retention walk over one table stands (docs/adr/0023-retention.md). A walk goes through the rows
// in key order, a small batch at a time, so the window can run it between a clerk's keystrokes; the
// dry run walks exactly the same rows with the same cursor and so counts what the real run removes.

#include <QList>
#include <QVariant>

class QSqlQuery;

namespace ow {

struct PruneCursor {
    QVariant after;    // key of the last row walked; null: from the first row
    bool done = false; // the walk reached the end of the table
    qint64 count = 0;  // rows pruned so far (in a dry run: that would be pruned)

    // The batch's first key is after this one (0 before the first batch, for integer keys).
    QVariant start() const { return after.isNull() ? QVariant(0) : after; }
    // Reads a batch a walk selected as (integer key, due) rows in key order, at most limit of them: moves
    // past every row, marks the walk done at the table's end, and returns the due keys. Finishes q.
    QList<qint64> takeDue(QSqlQuery &q, int limit);
};

} // namespace ow
