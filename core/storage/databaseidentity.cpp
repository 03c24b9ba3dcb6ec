#include "core/storage/databaseidentity.h"

#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::DatabaseIdentity {

FileKind ofFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (info.size() == 0)
        return FileKind::Empty;
    // Every SQLite database file begins with these 16 bytes (https://sqlite.org/fileformat.html).
    static const QByteArray header("SQLite format 3\0", 16);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Sqlite; // unreadable: let SQLite say why when it opens it
    return file.read(header.size()) == header ? FileKind::Sqlite : FileKind::NotSqlite;
}

bool hasMigrationRecord(const QSqlDatabase &db, bool *has, QString *error)
{
    bool hasTable = false;
    if (!sql::hasTable(db, u"schema_version"_s, &hasTable, error))
        return false;
    if (!hasTable) {
        *has = false;
        return true;
    }
    QSqlQuery q(db);
    if (!sql::run(q, u"SELECT count(*) FROM schema_version"_s, error) || !q.next())
        return false;
    *has = q.value(0).toInt() > 0;
    return true;
}

namespace {

// message is a QT_TRANSLATE_NOOP("ow::Storage", ...) text whose %1 is the file.
QString aboutFile(const char *message, const QString &path)
{
    return QCoreApplication::translate("ow::Storage", message).arg(QDir::toNativeSeparators(path));
}

} // namespace

QString emptyRefusal(const QString &path)
{
    return aboutFile(
        QT_TRANSLATE_NOOP("ow::Storage",
                          "The database file %1 exists but is empty (0 bytes). It was not set up as a new database, which would "
                          "start the case and ticket numbers at 1 again. Restore the database from a backup; if a new, empty "
                          "database is really meant, start the program with --new-database."),
        path);
}

QString notSqliteRefusal(const QString &path)
{
    return aboutFile(QT_TRANSLATE_NOOP(
                         "ow::Storage",
                         "The file %1 is not a database (it is not an SQLite file). Check the path, or restore the database from "
                         "a backup; a new database is only made where no file exists."),
                     path);
}

QString foreignRefusal(const QString &path)
{
    return aboutFile(
        QT_TRANSLATE_NOOP("ow::Storage",
                          "The file %1 is an SQLite database but not a OneWindow one (it has no record of OneWindow's schema). "
                          "Check the path, or restore the database from a backup; if a new OneWindow database is really meant in "
                          "this file, start the program with --new-database."),
        path);
}

} // namespace ow::DatabaseIdentity
