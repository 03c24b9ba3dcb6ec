#pragma once
// Numbered schema migrations, kept as resources (:/onewindow/storage/migrations/NNNN_name.sql) and applied
// in ONE transaction when a database is opened. schema_version records what has been applied.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ow {

struct Migration {
    int number = 0; // 1, 2, 3 ... from the file name's leading digits
    QString name;   // the file name without ".sql", e.g. "0001_initial"
    QString script; // statements separated by ';'
};

namespace Migrations {

// Where the built-in migration files live inside the program.
QString resourceDir();

// The migrations built into this program, ordered by number. Fails (empty list + *error) when the
// numbering has a gap or a duplicate: a broken build must not touch a database.
QList<Migration> builtIn(QString *error = nullptr);

// The same for another store's migrations (the hall service's, the reference platform's), kept as
// NNNN_name.sql resources in `dir`; one reader, so every store refuses a misnamed or missing file alike.
QList<Migration> fromResources(const QString &dir, QString *error = nullptr);

// The highest schema version this program knows.
int latestVersion();

// Splits a script into statements at ';' outside quotes and comments; comments are dropped.
// A CREATE TRIGGER statement runs to its closing END, its body's ';' included.
QStringList splitStatements(const QString &script);

// The version recorded in schema_version; 0 for a new database, -1 (and *error) if it cannot be read.
int currentVersion(const QSqlDatabase &db, QString *error = nullptr);

// Brings db up to the last of migrations in one transaction: all of them or none. Refuses a database
// whose version is newer than the last migration. *applied receives how many were applied.
// foreign_keys cannot change inside a transaction: a future table rebuild uses PRAGMA defer_foreign_keys.
bool apply(const QSqlDatabase &db, const QList<Migration> &migrations, int *applied, QString *error);

} // namespace Migrations
} // namespace ow
