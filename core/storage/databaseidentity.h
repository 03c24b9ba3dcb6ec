#pragma once
// Whether an existing file may be opened as a OneWindow database. A file that exists but is empty, is not
// SQLite, or is SQLite without a migration record (schema_version) is what a restore gone wrong, a full
// disk at creation or a wrong path leaves behind. Initialising it would start the hall's numbers at 1
// again and hide the loss, so it is refused with a message naming the file, unless the program was told
// that a new database is meant (--new-database). A file that does not exist yet is created as before.
// (docs/adr/0010-refuse-to-forget.md)

#include <QSqlDatabase>
#include <QString>

namespace ow::DatabaseIdentity {

enum class FileKind {
    Missing,   // nothing at the path: a new database is created there
    Empty,     // 0 bytes
    NotSqlite, // does not start with SQLite's header
    Sqlite,    // an SQLite file; whether it is OneWindow's is asked through a connection
};

// From the file's size and first bytes only; never writes.
FileKind ofFile(const QString &path);

// Whether db records applied migrations (schema_version has a row). Reads only. False and *error when the
// question cannot be asked.
bool hasMigrationRecord(const QSqlDatabase &db, bool *has, QString *error);

// The translated refusals, each naming the file and what to do.
QString emptyRefusal(const QString &path);
QString notSqliteRefusal(const QString &path);
QString foreignRefusal(const QString &path);

} // namespace ow::DatabaseIdentity
