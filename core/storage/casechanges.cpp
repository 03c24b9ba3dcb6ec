#include "core/storage/casechanges.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ow::CaseChanges {

bool removeReported(Database &database, bool dryRun, int limit, PruneCursor &cursor, QString *error)
{
    return cursor.removeBatch(database, limit, dryRun,
                              u"SELECT ch.seq, ch.seq < (SELECT max(seq) FROM case_changes)"
                              u" AND ch.seq <= coalesce((SELECT CAST(r.position AS INTEGER) FROM hall_report_cursors r"
                              u" WHERE r.stream = ch.stream),"
                              u" CASE WHEN EXISTS (SELECT 1 FROM hall_report_cursors) THEN 0 ELSE ch.seq END)"
                              u" FROM case_changes ch WHERE ch.seq > ? ORDER BY ch.seq LIMIT ?"_s,
                              {cursor.start(), limit}, u"DELETE FROM case_changes WHERE seq = ?"_s, {},
                              QCoreApplication::translate("ow::Storage", "Cannot remove reported changes: %1"), error);
}

} // namespace ow::CaseChanges
