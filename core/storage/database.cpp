#include "core/storage/database.h"

#include "core/files/privatefiles.h"
#include "core/storage/databaseidentity.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ow {

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::db() const
{
    if (m_connectionName.isEmpty())
        return {};
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_depth > 0)
        qCWarning(lcStorage) << "closing" << m_path << "inside a transaction; SQLite rolls it back";
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        sql::forgetStatements(connection.driver());
        connection.close();
    } // the last handle must be gone before removeDatabase, or Qt warns that the connection is still in use
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_depth = 0;
    m_doomed = false;
}

void Database::closeFor(const QString &path)
{
    close();
    m_path = path;
    m_lastError.clear();
    m_privacyWarning.clear();
    m_schemaVersion = 0;
    m_migrationsApplied = 0;
}

bool Database::fail(const QString &message, QString *error)
{
    m_lastError = message;
    sql::setError(error, message);
    qCWarning(lcStorage).noquote() << "open" << m_path << "failed:" << message;
    close();
    return false;
}

bool Database::open(const QString &path, QString *error)
{
    QString loadError;
    const QList<Migration> migrations = Migrations::builtIn(&loadError);
    if (migrations.isEmpty()) {
        m_path = path;
        return fail(loadError, error);
    }
    return open(path, migrations, error);
}

namespace {

QString permitKey(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QMutex &permitMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &permittedPaths()
{
    static QSet<QString> paths;
    return paths;
}

} // namespace

void Database::permitNewDatabase(const QString &path)
{
    const QMutexLocker lock(&permitMutex());
    permittedPaths().insert(permitKey(path));
}

bool Database::newDatabasePermitted(const QString &path)
{
    const QMutexLocker lock(&permitMutex());
    return permittedPaths().contains(permitKey(path));
}

bool Database::prepareFolder(QString *error)
{
    if (m_path.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ow::Storage", "No database file was given."), error);
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        return fail(QCoreApplication::translate("ow::Storage", "%1 is not a file.").arg(QDir::toNativeSeparators(m_path)), error);
    const QDir folder = info.absoluteDir();
    if (!folder.exists() && !PrivateFiles::makeFolder(folder.absolutePath()))
        return fail(QCoreApplication::translate("ow::Storage", "Cannot create the folder %1 for the database.")
                        .arg(QDir::toNativeSeparators(folder.absolutePath())),
                    error);
    if (info.exists() && !info.isWritable())
        return fail(QCoreApplication::translate("ow::Storage", "The database file %1 is read-only.")
                        .arg(QDir::toNativeSeparators(m_path)),
                    error);
    return true;
}

// Before anything is written: an existing file must already be a OneWindow database, or be named by
// permitNewDatabase() (then an empty or foreign SQLite file may be set up). Not-SQLite is never overwritten.
// Empty and not-SQLite are told from the bytes, before SQLite touches the file (its first pragma would
// write a header into an empty one); the migration record is asked through the open connection.
bool Database::refuseUnknownFile(int fileKind, QString *error)
{
    using DatabaseIdentity::FileKind;
    const auto kind = FileKind(fileKind);
    const bool permitted = newDatabasePermitted(m_path);
    if (kind == FileKind::Empty && !permitted) {
        sql::setError(error, DatabaseIdentity::emptyRefusal(m_path));
        return false;
    }
    if (kind == FileKind::NotSqlite) {
        sql::setError(error, DatabaseIdentity::notSqliteRefusal(m_path));
        return false;
    }
    if (kind != FileKind::Sqlite || !isOpen())
        return true;
    bool has = false;
    QString detail;
    if (!DatabaseIdentity::hasMigrationRecord(db(), &has, &detail)) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot open the database %1: %2")
                                 .arg(QDir::toNativeSeparators(m_path), detail));
        return false;
    }
    if (!has && !permitted) {
        sql::setError(error, DatabaseIdentity::foreignRefusal(m_path));
        return false;
    }
    return true;
}

bool Database::open(const QString &path, const QList<Migration> &migrations, QString *error)
{
    closeFor(path);
    if (!prepareFolder(error))
        return false;

    QString detail;
    int created = 0;
    if (DatabaseIdentity::ofFile(path) == DatabaseIdentity::FileKind::Missing && !createNew(migrations, &created, &detail))
        return fail(detail, error);
    const int kind = int(DatabaseIdentity::ofFile(path));
    if (!refuseUnknownFile(kind, &detail))
        return fail(detail, error);
    // A unique name per object: two Database objects (a test and its fixture, the app and a check) never
    // share or tear down each other's connection.
    m_connectionName = u"onewindow-storage-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!openConnection(&detail))
        return fail(detail, error);
    if (!refuseUnknownFile(kind, &detail))
        return fail(detail, error);
    if (!applyPragmas(&detail))
        return fail(detail, error);

    if (m_beforeUpgrade && created == 0 && !migrations.isEmpty()) {
        const int stored = Migrations::currentVersion(db(), &detail);
        if (stored > 0 && stored < migrations.constLast().number)
            m_beforeUpgrade(stored, migrations.constLast().number);
    }
    int applied = 0;
    if (!Migrations::apply(db(), migrations, &applied, &detail))
        return fail(detail, error);
    m_migrationsApplied = applied + created;
    m_schemaVersion = Migrations::currentVersion(db(), &detail);
    qCInfo(lcStorage).noquote() << "opened" << path << "schema" << m_schemaVersion << "applied" << m_migrationsApplied;
    checkPrivacy();
    return true;
}

// A new database is made under a temporary name beside its own and renamed into place only once every
// migration is committed and checkpointed into the file. So a failure or a crash at creation (a full
// disk, a broken migration) never leaves a half-made file at the path, which the next start would have
// to refuse as not a OneWindow database.
bool Database::createNew(const QList<Migration> &migrations, int *applied, QString *error)
{
    const QString finalPath = m_path;
    const QString temp = finalPath + u".new-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_path = temp;
    // Made here, empty and 0600, before SQLite opens it: SQLite then keeps the mode, gives its -wal and
    // -shm files the same one, and no personal data ever sits in a file others could read.
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFiles::FileMode)) {
        m_path = finalPath;
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot create the database %1: %2")
                                 .arg(QDir::toNativeSeparators(finalPath), file.errorString()));
        return false;
    }
    file.close();
    m_connectionName = u"onewindow-storage-new-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString detail;
    // auto_vacuum before the first table, the only moment it can be chosen without rewriting the file:
    // retention gives freed pages back a few at a time (docs/adr/0023-retention.md).
    bool ok = openConnection(&detail) && setIncrementalVacuum(&detail) && applyPragmas(&detail)
              && Migrations::apply(db(), migrations, applied, &detail);
    if (ok) {
        // Everything into the main file, so renaming that one file moves the whole database.
        QSqlQuery q(db());
        // Its row: busy (0 when done), frames in the log, frames copied into the file.
        ok = sql::run(q, u"PRAGMA wal_checkpoint(TRUNCATE)"_s, &detail) && q.next() && q.value(0).toInt() == 0
             && q.value(1).toInt() == q.value(2).toInt();
        if (!ok && detail.isEmpty())
            detail = QCoreApplication::translate("ow::Storage", "the new database could not be written into its file");
    }
    close();
    m_path = finalPath;
    if (ok && !QFile::rename(temp, finalPath)) {
        // Another program made it meanwhile (QFile::rename never replaces a file): theirs is the database.
        if (QFile::exists(finalPath)) {
            *applied = 0;
        } else {
            ok = false;
            detail = QCoreApplication::translate("ow::Storage", "cannot move the new database into place");
        }
    }
    for (const QString &leftover : QStringList{temp, temp + u"-wal"_s, temp + u"-shm"_s})
        QFile::remove(leftover);
    if (!ok)
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot create the database %1: %2")
                                 .arg(QDir::toNativeSeparators(finalPath), detail));
    return ok;
}

bool Database::openReadOnly(const QString &path, QString *error)
{
    closeFor(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("ow::Storage", "No database at %1.").arg(QDir::toNativeSeparators(path)), error);
    if (!info.isFile())
        return fail(QCoreApplication::translate("ow::Storage", "%1 is not a file.").arg(QDir::toNativeSeparators(path)), error);
    const DatabaseIdentity::FileKind kind = DatabaseIdentity::ofFile(path);
    QString detail;
    // A check is never the place to make a new database: the permission does not apply here.
    if (kind == DatabaseIdentity::FileKind::Empty)
        return fail(DatabaseIdentity::emptyRefusal(path), error);
    if (kind == DatabaseIdentity::FileKind::NotSqlite)
        return fail(DatabaseIdentity::notSqliteRefusal(path), error);
    m_connectionName = u"onewindow-storage-ro-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!openConnection(&detail, true))
        return fail(detail, error);
    bool has = false;
    if (!DatabaseIdentity::hasMigrationRecord(db(), &has, &detail))
        return fail(QCoreApplication::translate("ow::Storage", "Cannot open the database %1: %2")
                        .arg(QDir::toNativeSeparators(path), detail),
                    error);
    if (!has)
        return fail(DatabaseIdentity::foreignRefusal(path), error);
    m_schemaVersion = Migrations::currentVersion(db(), &detail);
    if (m_schemaVersion < 0)
        return fail(detail, error);
    qCInfo(lcStorage).noquote() << "opened" << path << "read-only, schema" << m_schemaVersion;
    checkPrivacy();
    return true;
}

// Warns, never refuses: a counter must open even when an old copy left its file readable to all.
void Database::checkPrivacy()
{
    const QFileInfo info(m_path);
    const QStringList wide =
        PrivateFiles::widerThanOwner({info.absolutePath(), info.absoluteFilePath(), m_path + u"-wal"_s, m_path + u"-shm"_s});
    m_privacyWarning = PrivateFiles::warning(
        QCoreApplication::translate("ow::Storage", "the database %1").arg(QDir::toNativeSeparators(m_path)), wide);
    if (!m_privacyWarning.isEmpty())
        qCWarning(lcStorage).noquote() << m_privacyWarning;
}

// Kept apart from open() so no QSqlDatabase handle is alive when fail() removes the connection.
bool Database::openConnection(QString *error, bool readOnly)
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!connection.isValid()) {
        sql::setError(error, QCoreApplication::translate(
                                 "ow::Storage", "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
        return false;
    }
    // SQLite's own file access (its default VFS): the code its test suite covers, whatever the pragmas.
    if (readOnly)
        connection.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    connection.setDatabaseName(m_path);
    if (!connection.open()) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot open the database %1: %2")
                                 .arg(QDir::toNativeSeparators(m_path), connection.lastError().text()));
        return false;
    }
    // busy_timeout first so what follows waits for a lock instead of failing at once. 5 s covers a
    // backup or onewindowctl holding the file briefly; longer would freeze the counter on a stuck lock.
    QSqlQuery q(connection);
    QString detail;
    if (!sql::run(q, u"PRAGMA busy_timeout = 5000"_s, &detail)) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot prepare the database %1 (%2): %3")
                                 .arg(QDir::toNativeSeparators(m_path), u"busy_timeout"_s, detail));
        return false;
    }
    return true;
}

bool Database::setIncrementalVacuum(QString *error)
{
    QSqlQuery q(db());
    return sql::run(q, u"PRAGMA auto_vacuum = INCREMENTAL"_s, error);
}

bool Database::applyPragmas(QString *error)
{
    QSqlDatabase connection = db();
    QSqlQuery q(connection);
    QString detail;
    const auto failed = [&](const QString &what) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot prepare the database %1 (%2): %3")
                                 .arg(QDir::toNativeSeparators(m_path), what, detail));
        return false;
    };
    // The first statement reads the file header: a file that is not a database fails here.
    if (!sql::run(q, u"PRAGMA journal_mode = WAL"_s, &detail) || !q.next())
        return failed(u"journal_mode"_s);
    if (q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        detail = QCoreApplication::translate("ow::Storage", "the file system does not support write-ahead logging (mode %1)")
                     .arg(q.value(0).toString());
        return failed(u"journal_mode"_s);
    }
    // FULL: a commit reaches the disk before the clerk sees "saved" (WAL's default NORMAL can lose the
    // last commits on power loss).
    if (!sql::run(q, u"PRAGMA synchronous = FULL"_s, &detail))
        return failed(u"synchronous"_s);
    if (!sql::run(q, u"PRAGMA foreign_keys = ON"_s, &detail))
        return failed(u"foreign_keys"_s);
    // Read back: SQLite ignores unknown or misplaced pragmas silently.
    if (!sql::run(q, u"PRAGMA foreign_keys"_s, &detail) || !q.next() || q.value(0).toInt() != 1) {
        detail = u"foreign_keys is off"_s;
        return failed(u"foreign_keys"_s);
    }
    if (!sql::run(q, u"PRAGMA synchronous"_s, &detail) || !q.next() || q.value(0).toInt() != 2) {
        detail = u"synchronous is not FULL"_s;
        return failed(u"synchronous"_s);
    }
    return true;
}

} // namespace ow
