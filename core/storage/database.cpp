#include "database.h"

#include "sqlsupport.h"
#include "statement.h"
#include "walwritevfs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

bool Database::open(const QString &path, const QList<Migration> &migrations, QString *error)
{
    close();
    m_path = path;
    m_lastError.clear();
    m_schemaVersion = 0;
    m_migrationsApplied = 0;

    if (path.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ow::Storage", "No database file was given."), error);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(QCoreApplication::translate("ow::Storage", "%1 is not a file.").arg(QDir::toNativeSeparators(path)), error);
    const QDir folder = info.absoluteDir();
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
        return fail(QCoreApplication::translate("ow::Storage", "Cannot create the folder %1 for the database.")
                        .arg(QDir::toNativeSeparators(folder.absolutePath())), error);
    if (info.exists() && !info.isWritable())
        return fail(QCoreApplication::translate("ow::Storage", "The database file %1 is read-only.")
                        .arg(QDir::toNativeSeparators(path)), error);

    // A unique name per object: two Database objects (a test and its fixture, the app and a check) never
    // share or tear down each other's connection.
    m_connectionName = u"onewindow-storage-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString detail;
    if (!openConnection(&detail))
        return fail(detail, error);
    if (!applyPragmas(&detail))
        return fail(detail, error);

    int applied = 0;
    if (!Migrations::apply(db(), migrations, &applied, &detail))
        return fail(detail, error);
    m_migrationsApplied = applied;
    m_schemaVersion = Migrations::currentVersion(db(), &detail);
    qCInfo(lcStorage).noquote() << "opened" << path << "schema" << m_schemaVersion << "applied" << applied;
    return true;
}

// Kept apart from open() so no QSqlDatabase handle is alive when fail() removes the connection.
bool Database::openConnection(QString *error)
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!connection.isValid()) {
        sql::setError(error, QCoreApplication::translate("ow::Storage",
            "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
        return false;
    }
    // Through the WAL-write VFS (walwritevfs.h): a decision's log frames reach the file system in one write.
    if (WalWriteVfs::ensureRegistered()) {
        connection.setConnectOptions(u"QSQLITE_OPEN_URI"_s);
        connection.setDatabaseName(WalWriteVfs::uriFor(m_path));
    } else {
        connection.setDatabaseName(m_path);
    }
    if (!connection.open()) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot open the database %1: %2")
                                 .arg(QDir::toNativeSeparators(m_path), connection.lastError().text()));
        return false;
    }
    return true;
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
    // busy_timeout first so the pragmas below wait for a lock instead of failing at once. 5 s covers a
    // backup or onewindowctl holding the file briefly; longer would freeze the counter on a stuck lock.
    if (!sql::run(q, u"PRAGMA busy_timeout = 5000"_s, &detail))
        return failed(u"busy_timeout"_s);
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

bool Database::transaction(const std::function<bool()> &work, QString *error)
{
    if (!isOpen()) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "The database is not open."));
        return false;
    }
    if (m_depth > 0) {
        ++m_depth;
        bool ok = false;
        try {
            ok = work();
        } catch (...) {
            --m_depth;
            m_doomed = true;
            throw;
        }
        --m_depth;
        if (!ok)
            m_doomed = true;
        return ok;
    }

    QSqlDatabase connection = db();
    QString detail;
    {
        // IMMEDIATE: take the write lock now, so a concurrent writer makes us wait (busy_timeout) at the
        // start instead of failing half-way when a read lock cannot be upgraded.
        sql::Statement begin(connection, u"BEGIN IMMEDIATE"_s, &detail);
        if (!begin.execute(&detail)) {
            sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot start a transaction: %1").arg(detail));
            return false;
        }
    }
    // Reading statements compiled from here on are kept until the transaction ends (sqlsupport.cpp).
    const QSqlDriver *driver = connection.driver();
    sql::enterTransaction(driver);
    bool left = false;
    const auto leave = [&] {
        if (!left)
            sql::leaveTransaction(driver);
        left = true;
    };
    const auto rollback = [&] {
        leave();
        // Not through sql::run: after SQLITE_FULL or IOERR SQLite has already rolled back by itself and
        // answers "no transaction is active", which is no news worth a warning.
        QSqlQuery q(connection);
        if (q.prepare(u"ROLLBACK"_s) && !q.exec())
            qCDebug(lcStorage) << "rollback:" << q.lastError().databaseText();
        m_depth = 0;
        m_doomed = false;
    };

    m_depth = 1;
    m_doomed = false;
    bool ok = false;
    try {
        ok = work();
    } catch (...) {
        rollback();
        throw;
    }
    if (!ok || m_doomed) {
        rollback();
        return false;
    }
    leave();
    sql::Statement commit(connection, u"COMMIT"_s, &detail);
    if (!commit.execute(&detail)) {
        // A full disk often shows up only here, when the pages reach the write-ahead log.
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot save: %1").arg(detail));
        rollback();
        return false;
    }
    m_depth = 0;
    return true;
}

} // namespace ow
