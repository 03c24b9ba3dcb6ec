#pragma once
// Backup and restore of a OneWindow SQLite file — the counter's, the hall service's or the reference
// platform's — while the program that owns it may be running (backup) or must be stopped (restore).
// A backup is a consistent snapshot made by SQLite itself (VACUUM INTO, inside one read transaction), owner-only
// like the database. A restore checks the copy first (integrity, schema, which program it belongs to), refuses
// to replace a database that holds changes the copy lacks unless forced, and never deletes what it replaces:
// the old file is kept beside it. (docs/adr/0028-backup-and-restore.md)

#include <QList>
#include <QPair>
#include <QString>

namespace ow::DatabaseBackup {

// Which program's database a file is, from the first migration it records.
enum class Family { Unknown, Counter, Hall, Platform };
QString familyName(Family family); // translated: "counter", "hall service", ...

// What a file holds, read without writing to it.
struct Facts {
    Family family = Family::Unknown;
    int schemaVersion = 0;
    // The file's progress: the last number of each append-only sequence the family keeps (the counter's
    // outbox revisions and audit rows, the hall's queue events, the platform's status moves). A database
    // with any number past a backup's holds changes the backup does not have.
    QList<qint64> progress;
    qint64 records = 0; // cases (counter, platform) or tickets (hall), for people reading a report
};

// Opens path read-only, runs SQLite's integrity check and reads the facts. False and *error (translated,
// naming the file) for a missing, empty, foreign or damaged file.
bool inspect(const QString &path, Facts *facts, QString *error);

// Files that belong with a database and travel with it (the counter's audit key): pairs of
// (beside the database, beside the backup). Missing ones are skipped.
using Companions = QList<QPair<QString, QString>>;

// Writes a consistent copy of the database at databasePath into backupPath, which must not exist yet (an
// earlier backup is never overwritten). The copy appears under its name only when complete and checked;
// *facts describes it.
bool backup(const QString &databasePath, const QString &backupPath, const Companions &companions, Facts *facts, QString *error);

struct RestoreResult {
    Facts restored;
    QString keptAs; // where the replaced database now is; empty when there was none
};

// Puts the copy at backupPath in place of the database at databasePath. Refuses (nothing changed) when the
// copy is damaged or of another program, when the database is open in a running program, and — unless
// force — when the database holds changes the copy lacks or has a newer schema. A database that cannot be
// read at all is replaced (that is what a restore is for), and like any replaced one kept as
// "<database>.before-restore-<time>" with its companions.
bool restore(const QString &backupPath, const QString &databasePath, const Companions &companions, bool force,
             RestoreResult *result, QString *error);

} // namespace ow::DatabaseBackup
