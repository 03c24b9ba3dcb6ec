#include "core/storage/databasebackup.h"

#include "core/files/privatefiles.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ow::DatabaseBackup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ow::Backup", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The first migration's name tells the program: each program numbers its own migrations from 0001.
Family familyOf(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!sql::run(q, u"SELECT name FROM schema_version WHERE version = 1"_s, error))
        return Family::Unknown;
    if (!q.next())
        return Family::Unknown;
    const QString first = q.value(0).toString();
    if (first == u"0001_initial")
        return Family::Counter;
    if (first == u"0001_hall")
        return Family::Hall;
    if (first == u"0001_platform")
        return Family::Platform;
    return Family::Unknown;
}

// One number from a table that may not exist in an older schema (0 then).
bool numberFrom(const QSqlDatabase &db, const QString &table, const QString &statement, qint64 *value, QString *error)
{
    bool has = false;
    if (!sql::hasTable(db, table, &has, error))
        return false;
    *value = 0;
    if (!has)
        return true;
    QSqlQuery q(db);
    if (!sql::run(q, statement, error) || !q.next())
        return false;
    *value = q.value(0).toLongLong();
    return true;
}

bool readProgress(const QSqlDatabase &db, Facts *facts, QString *error)
{
    qint64 a = 0, b = 0, records = 0;
    bool ok = true;
    switch (facts->family) {
    case Family::Counter:
        ok = numberFrom(db, u"outbox"_s, u"SELECT coalesce(max(id), 0) FROM outbox"_s, &a, error)
             && numberFrom(db, u"audit_trail"_s, u"SELECT coalesce(max(id), 0) FROM audit_trail"_s, &b, error)
             && numberFrom(db, u"cases"_s, u"SELECT count(*) FROM cases"_s, &records, error);
        facts->progress = {a, b};
        break;
    case Family::Hall:
        ok = numberFrom(db, u"queue_events"_s, u"SELECT coalesce(max(seq), 0) FROM queue_events"_s, &a, error)
             && numberFrom(db, u"tickets"_s, u"SELECT count(*) FROM tickets"_s, &records, error);
        facts->progress = {a};
        break;
    case Family::Platform:
        ok = numberFrom(db, u"status_changes"_s, u"SELECT coalesce(max(seq), 0) FROM status_changes"_s, &a, error)
             && numberFrom(db, u"cases"_s, u"SELECT count(*) FROM cases"_s, &records, error);
        facts->progress = {a};
        break;
    case Family::Unknown: break;
    }
    facts->records = records;
    return ok;
}

bool integrityOk(const QSqlDatabase &db, QString *problem)
{
    QSqlQuery q(db);
    if (!sql::run(q, u"PRAGMA integrity_check(20)"_s, problem))
        return false;
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    if (lines == QStringList{u"ok"_s})
        return true;
    sql::setError(problem, lines.join(u"; "_s));
    return false;
}

// Makes sure what was written to path is on the disk before a rename makes it the file people rely on.
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(file.handle()) == 0;
}

void syncFolder(const QString &folder)
{
    QFile dir(folder);
    if (dir.open(QIODevice::ReadOnly))
        ::fsync(dir.handle());
}

// Copies a file owner-only, in pieces (a database can be gigabytes), and flushes it to the disk.
// A missing source is no error: a companion the database does not have is simply not copied.
bool copyFile(const QString &from, const QString &to, QString *error)
{
    if (!QFileInfo::exists(from))
        return true;
    QFile::remove(to);
    QFile source(from);
    QFile target(to);
    bool ok = source.open(QIODevice::ReadOnly) && target.open(QIODevice::WriteOnly | QIODevice::NewOnly)
              && PrivateFiles::restrict(target);
    while (ok && !source.atEnd()) {
        const QByteArray piece = source.read(1 << 20);
        ok = !piece.isEmpty() && target.write(piece) == piece.size();
    }
    ok = ok && target.flush() && ::fsync(target.handle()) == 0;
    if (!ok) {
        const QString reason = source.error() != QFileDevice::NoError ? source.errorString() : target.errorString();
        target.close();
        QFile::remove(to);
        sql::setError(error, tr("Cannot copy %1 to %2: %3").arg(native(from), native(to), reason));
    }
    return ok;
}

// Whether a program has the database open: a connection that asks for SQLite's exclusive lock is refused
// while any other connection has the file open in WAL mode (each holds a shared lock for as long).
bool inUse(const QString &path, bool *used, QString *error)
{
    const QString name = u"onewindow-restore-lock-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        if (!db.open()) {
            sql::setError(error, db.lastError().text());
            ok = false;
        } else {
            QSqlQuery q(db);
            QString detail;
            *used = !(sql::run(q, u"PRAGMA locking_mode = EXCLUSIVE"_s, &detail) && sql::run(q, u"BEGIN EXCLUSIVE"_s, &detail)
                      && sql::run(q, u"SELECT count(*) FROM sqlite_master"_s, &detail));
            if (!*used)
                sql::run(q, u"COMMIT"_s, &detail);
            q.finish();
            q = QSqlQuery();
            sql::forgetStatements(db.driver());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The target has what the copy lacks: a newer schema, or any sequence further on.
bool holdsMore(const Facts &target, const Facts &copy)
{
    if (target.schemaVersion > copy.schemaVersion)
        return true;
    for (int i = 0; i < target.progress.size() && i < copy.progress.size(); ++i) {
        if (target.progress.at(i) > copy.progress.at(i))
            return true;
    }
    return false;
}

// Moves path and its SQLite side files (and companions) to keptPath and the same suffixes.
bool moveAside(const QString &path, const QString &keptPath, const Companions &companions, QString *error)
{
    QList<QPair<QString, QString>> moves{
        {path, keptPath}, {path + u"-wal"_s, keptPath + u"-wal"_s}, {path + u"-shm"_s, keptPath + u"-shm"_s}};
    for (const auto &c : companions)
        moves.append(
            {c.first, keptPath + (c.first.startsWith(path) ? c.first.mid(path.size()) : u"."_s + QFileInfo(c.first).fileName())});
    for (const auto &[from, to] : moves) {
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, to)) {
            sql::setError(error, tr("Cannot move %1 aside to %2.").arg(native(from), native(to)));
            return false;
        }
    }
    return true;
}

} // namespace

QString familyName(Family family)
{
    switch (family) {
    case Family::Counter: return tr("counter");
    case Family::Hall: return tr("hall service");
    case Family::Platform: return tr("reference platform");
    case Family::Unknown: break;
    }
    return tr("unknown program");
}

bool inspect(const QString &path, Facts *facts, QString *error)
{
    Database db;
    QString detail;
    if (!db.openReadOnly(path, &detail)) {
        sql::setError(error, detail);
        return false;
    }
    *facts = Facts{};
    facts->schemaVersion = db.schemaVersion();
    facts->family = familyOf(db.db(), &detail);
    if (facts->family == Family::Unknown) {
        sql::setError(error, tr("%1 is not a database of a OneWindow program.").arg(native(path)));
        return false;
    }
    if (!integrityOk(db.db(), &detail)) {
        sql::setError(error, tr("%1 is damaged (SQLite's integrity check: %2).").arg(native(path), detail));
        return false;
    }
    if (!readProgress(db.db(), facts, &detail)) {
        sql::setError(error, tr("Cannot read %1: %2").arg(native(path), detail));
        return false;
    }
    return true;
}

bool backup(const QString &databasePath, const QString &backupPath, const Companions &companions, Facts *facts, QString *error)
{
    const QFileInfo target(backupPath);
    if (target.exists()) {
        sql::setError(
            error, tr("%1 exists already; a backup never replaces an earlier one. Choose a new name.").arg(native(backupPath)));
        return false;
    }
    if (!PrivateFiles::makeFolder(target.absolutePath())) {
        sql::setError(error, tr("Cannot create the folder %1.").arg(native(target.absolutePath())));
        return false;
    }
    // The copy is written under a temporary name, owner-only from its first byte (VACUUM INTO fills an
    // existing empty file and keeps its mode), and gets its real name only once it is complete and checked.
    const QString partial = target.absoluteFilePath() + u".partial-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !PrivateFiles::restrict(file)) {
            sql::setError(error, tr("Cannot write %1: %2").arg(native(partial), file.errorString()));
            return false;
        }
    }
    QString detail;
    bool ok = false;
    {
        Database source;
        if (!source.openReadOnly(databasePath, &detail)) {
            QFile::remove(partial);
            sql::setError(error, detail);
            return false;
        }
        QSqlQuery q(source.db());
        ok = sql::run(q, u"VACUUM INTO ?"_s, {partial}, &detail);
    }
    Facts copied;
    if (ok && !syncFile(partial)) {
        ok = false;
        detail = tr("the copy could not be written to the disk");
    }
    if (ok && !inspect(partial, &copied, &detail))
        ok = false;
    if (ok && !QFile::rename(partial, target.absoluteFilePath())) {
        ok = false;
        detail = tr("cannot give the copy its name");
    }
    if (!ok) {
        QFile::remove(partial);
        sql::setError(error, tr("The backup of %1 failed: %2").arg(native(databasePath), detail));
        return false;
    }
    syncFolder(target.absolutePath());
    for (const auto &c : companions) {
        if (!copyFile(c.first, c.second, error))
            return false;
    }
    if (facts)
        *facts = copied;
    return true;
}

bool restore(const QString &backupPath, const QString &databasePath, const Companions &companions, bool force,
             RestoreResult *result, QString *error)
{
    Facts copy;
    QString detail;
    if (!inspect(backupPath, &copy, &detail)) {
        sql::setError(error, tr("The backup is not usable, nothing was changed: %1").arg(detail));
        return false;
    }
    const QFileInfo info(databasePath);
    QString keptAs;
    if (info.exists()) {
        bool used = false;
        if (!inUse(databasePath, &used, &detail) || used) {
            sql::setError(error, tr("%1 is open in a running program (or cannot be locked: %2). Stop the program, then "
                                    "restore again. Nothing was changed.")
                                     .arg(native(databasePath), used ? tr("it is in use") : detail));
            return false;
        }
        Facts current;
        // A database that cannot be read is what a restore is for: it is replaced (and kept). One that can
        // be read is compared with the copy.
        if (inspect(databasePath, &current, &detail)) {
            if (current.family != copy.family) {
                sql::setError(error, tr("%1 is the %2's database but the backup is the %3's. Nothing was changed.")
                                         .arg(native(databasePath), familyName(current.family), familyName(copy.family)));
                return false;
            }
            if (!force && holdsMore(current, copy)) {
                sql::setError(error, tr("%1 is newer than the backup (schema %2 against %3, or changes made after the "
                                        "backup): restoring would lose them. Nothing was changed. Give --force to "
                                        "replace it anyway; it is then kept beside the restored file.")
                                         .arg(native(databasePath))
                                         .arg(current.schemaVersion)
                                         .arg(copy.schemaVersion));
                return false;
            }
        }
        keptAs = databasePath + u".before-restore-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    } else if (!PrivateFiles::makeFolder(info.absolutePath())) {
        sql::setError(error, tr("Cannot create the folder %1.").arg(native(info.absolutePath())));
        return false;
    }

    // The copy goes next to the database first, so the last step is one rename on the same disk.
    const QString incoming = info.absoluteFilePath() + u".restoring-"_s + QUuid::createUuid().toString(QUuid::Id128);
    if (!copyFile(backupPath, incoming, &detail)) {
        QFile::remove(incoming);
        sql::setError(error,
                      tr("Cannot write the restored copy next to %1, nothing was changed: %2").arg(native(databasePath), detail));
        return false;
    }
    if (!keptAs.isEmpty() && !moveAside(info.absoluteFilePath(), keptAs, companions, &detail)) {
        QFile::remove(incoming);
        sql::setError(error, detail);
        return false;
    }
    if (!QFile::rename(incoming, info.absoluteFilePath())) {
        sql::setError(error, tr("Cannot put the restored copy in place at %1; the previous database is at %2.")
                                 .arg(native(databasePath), native(keptAs)));
        return false;
    }
    syncFolder(info.absolutePath());
    // The backup's companions (the audit key that signed its chain) come with it.
    for (const auto &c : companions) {
        if (!copyFile(c.second, c.first, error))
            return false;
    }
    if (result) {
        result->restored = copy;
        result->keptAs = keptAs;
    }
    return true;
}

} // namespace ow::DatabaseBackup
