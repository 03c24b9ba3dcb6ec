#pragma once
// Where a retention walk over one table stands (docs/adr/0023-retention.md). A walk goes through the rows
// in key order, a small batch at a time, so the window can run it between a clerk's keystrokes; the
// dry run walks exactly the same rows with the same cursor and so counts what the real run removes.

#include <QList>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace ow {

class Database;

struct PruneCursor {
    QVariant after;    // key of the last row walked; null: from the first row
    bool done = false; // the walk reached the end of the table
    qint64 count = 0;  // rows pruned so far (in a dry run: that would be pruned)

    // The batch's first key is after this one (0 before the first batch, for integer keys).
    QVariant start() const { return after.isNull() ? QVariant(0) : after; }
    // Reads a batch a walk selected as (integer key, due) rows in key order, at most limit of them: moves
    // past every row, marks the walk done at the table's end, and returns the due keys. Finishes q.
    QList<qint64> takeDue(QSqlQuery &q, int limit);
    // One batch of a walk that deletes, in one transaction: the selection and the deletes see the same rows,
    // and a decision waits for at most one batch. select gives the (integer key, due) rows as takeDue reads
    // them; unless dryRun, remove runs for each due key, bound as the key and then removeValues. Nothing
    // to do once the walk is done. A failure reaches *error as failure.arg(reason) (a translated text).
    bool removeBatch(Database &database, int limit, bool dryRun, const QString &select, const QVariantList &selectValues,
                     const QString &remove, const QVariantList &removeValues, const QString &failure, QString *error);
};

} // namespace ow
