#pragma once
// The change sequence the hall reporter follows (case_changes, migration 0010): a row for each sync and each
// status the platform moved, appended in the transaction of that change. Once the reporter has passed a row
// it is never read again; retention removes such rows (docs/adr/0023-retention.md).

#include "core/storage/prunecursor.h"

#include <QString>

namespace ow {

class Database;

namespace CaseChanges {

// Removes the rows at or before the hall reporter's cursor of their stream. A window that has no cursor at
// all reports to no hall (or has never reached it): every row goes, as a hall met later reads the current
// state of a case from its revision anyway. One with cursors, but none yet for a stream, keeps that
// stream's rows. The table's last row stays: a new row's number is max
// + 1, and must never repeat one a cursor has passed. At most limit rows a call, in seq order after the
// cursor; with dryRun it only counts. False on error.
bool removeReported(Database &database, bool dryRun, int limit, PruneCursor &cursor, QString *error = nullptr);

} // namespace CaseChanges

} // namespace ow
