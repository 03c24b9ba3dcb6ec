#include "core/storage/casechanges.h"

#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::CaseChanges {

bool removeReported(Database &database, bool dryRun, int limit, PruneCursor &cursor, QString *error)
{
    if (cursor.done)
        return true;
    QString detail;
    const bool ok = database.transaction(
        [&] {
            QSqlQuery q(database.db());
            if (!sql::run(q,
                          u"SELECT ch.seq, ch.seq < (SELECT max(seq) FROM case_changes)"
                          u" AND ch.seq <= coalesce((SELECT CAST(r.position AS INTEGER) FROM hall_report_cursors r"
                          u" WHERE r.stream = ch.stream),"
                          u" CASE WHEN EXISTS (SELECT 1 FROM hall_report_cursors) THEN 0 ELSE ch.seq END)"
                          u" FROM case_changes ch WHERE ch.seq > ? ORDER BY ch.seq LIMIT ?"_s,
                          {cursor.start(), limit}, &detail))
                return false;
            const QList<qint64> due = cursor.takeDue(q, limit);
            if (!dryRun)
                for (const qint64 seq : std::as_const(due))
                    if (!sql::run(q, u"DELETE FROM case_changes WHERE seq = ?"_s, {seq}, &detail))
                        return false;
            cursor.count += due.size();
            return true;
        },
        &detail);
    if (!ok)
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot remove reported changes: %1").arg(detail));
    return ok;
}

} // namespace ow::CaseChanges
