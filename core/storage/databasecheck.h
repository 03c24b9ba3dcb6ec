#pragma once
// Consistency checks over a OneWindow database, for onewindowctl check, the crash test and support:
// SQLite's own integrity and foreign-key checks plus the rules of the transactional outbox.

#include <QSqlDatabase>
#include <QStringList>

namespace ow {

class DatabaseCheck
{
public:
    // One readable (translated) line per problem; an empty list means the database is sound.
    // Only reads; safe on a database in use.
    static QStringList problems(const QSqlDatabase &db);
    // SQLite's integrity and foreign-key checks only: what holds for a database at any schema version
    // (an older one that check-db reports without upgrading it).
    static QStringList fileProblems(const QSqlDatabase &db);
};

} // namespace ow
