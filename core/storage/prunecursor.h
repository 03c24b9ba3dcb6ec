#pragma once
// Where a retention walk over one table stands (docs/adr/0023-retention.md). A walk goes through the rows
// in key order, a small batch at a time, so the window can run it between a clerk's keystrokes; the
// dry run walks exactly the same rows with the same cursor and so counts what the real run removes.

#include <QVariant>

namespace ow {

struct PruneCursor {
    QVariant after;    // key of the last row walked; null: from the first row
    bool done = false; // the walk reached the end of the table
    qint64 count = 0;  // rows pruned so far (in a dry run: that would be pruned)
};

} // namespace ow
