#include "core/storage/prunecursor.h"

#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QSqlQuery>

namespace ow {

QList<qint64> PruneCursor::takeDue(QSqlQuery &q, int limit)
{
    QList<qint64> due;
    int walked = 0;
    while (q.next()) {
        ++walked;
        after = q.value(0).toLongLong();
        if (q.value(1).toBool())
            due << q.value(0).toLongLong();
    }
    q.finish();
    done = walked < limit;
    return due;
}

bool PruneCursor::removeBatch(Database &database, int limit, bool dryRun, const QString &select, const QVariantList &selectValues,
                              const QString &remove, const QVariantList &removeValues, const QString &failure, QString *error)
{
    if (done)
        return true;
    return database.transaction(
        [&](QString *detail) {
            QSqlQuery q(database.db());
            if (!sql::run(q, select, selectValues, detail))
                return false;
            const QList<qint64> due = takeDue(q, limit);
            if (!dryRun)
                for (const qint64 key : std::as_const(due))
                    if (!sql::run(q, remove, QVariantList{key} + removeValues, detail))
                        return false;
            count += due.size();
            return true;
        },
        failure, error);
}

} // namespace ow
