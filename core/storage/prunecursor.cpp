#include "core/storage/prunecursor.h"

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

} // namespace ow
