#pragma once
// One SQLite file, owned by one Database object per process: opened with the pragmas case data needs
// (WAL, synchronous=FULL, foreign keys) and brought to the program's schema before anything else runs.
// Repositories borrow the connection through db(); they never open their own.
// A Database and everything using it stay on the thread that opened it (QSqlDatabase's rule).

#include "core/storage/migrations.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace ow {

class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the file and its folder if needed) and migrates. On failure returns false, leaves
    // the object closed and puts a translated, human-readable reason into lastError() and *error.
    // A file that exists but is empty, not SQLite, or SQLite without a migration record is refused,
    // untouched, unless permitNewDatabase() named it (databaseidentity.h).
    bool open(const QString &path, QString *error = nullptr);
    // Same with an explicit migration list; for tests of the migration machinery.
    bool open(const QString &path, const QList<Migration> &migrations, QString *error = nullptr);
    // Opens an existing OneWindow database read-only, as it is: no migration, no pragma that writes, no
    // journal mode change. For checks (onewindowctl check-db); schemaVersion() says what the file holds.
    bool openReadOnly(const QString &path, QString *error = nullptr);
    void close();

    // Called by open() just before it upgrades an existing database (from its schema to the newest of the
    // migrations), never for a new one or one already current. On a store of years an upgrade can take a
    // minute; the window shows that it is under way instead of looking hung.
    void setBeforeUpgrade(std::function<void(int fromSchema, int toSchema)> notify) { m_beforeUpgrade = std::move(notify); }

    // The program was told (--new-database) that a new database is meant at path: an empty or foreign
    // SQLite file there may be set up as one. Process-wide, so the wiring in app/ can grant it for a
    // file that a service deep inside (the hall's store) opens. A file that is not SQLite stays refused.
    static void permitNewDatabase(const QString &path);
    static bool newDatabasePermitted(const QString &path);

    bool isOpen() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QString lastError() const { return m_lastError; }
    // Set by open() and openReadOnly() when the folder, the file or its -wal/-shm are readable by others
    // (translated, with the chmod that fixes it; also logged); empty when they are owner-only.
    QString privacyWarning() const { return m_privacyWarning; }
    int schemaVersion() const { return m_schemaVersion; }
    int migrationsApplied() const { return m_migrationsApplied; } // by the last open()

    // The connection for repositories. Do not keep copies beyond a call: close() removes the connection.
    QSqlDatabase db() const;

    // Runs work inside one write transaction (BEGIN IMMEDIATE): commits when it returns true, rolls back
    // when it returns false, throws, or the commit fails. Nested calls join the outer transaction; a nested
    // failure dooms the whole of it. *error gets begin/commit failures; work reports its own.
    bool transaction(const std::function<bool()> &work, QString *error = nullptr);
    // The same for a write that fails as a whole with one message: work writes its reason into the detail it
    // is given; whatever failed (work, begin or commit), *error gets failure.arg(reason), where failure is a
    // translated text with %1 for the reason.
    bool transaction(const std::function<bool(QString *detail)> &work, const QString &failure, QString *error);
    bool inTransaction() const { return m_depth > 0; }

private:
    // Closes, and forgets what the last open() learnt: the start of every open.
    void closeFor(const QString &path);
    bool fail(const QString &message, QString *error);
    bool openConnection(QString *error, bool readOnly = false);
    bool refuseUnknownFile(int fileKind, QString *error);
    bool applyPragmas(QString *error);
    bool setIncrementalVacuum(QString *error);

    bool prepareFolder(QString *error);
    void checkPrivacy();
    bool createNew(const QList<Migration> &migrations, int *applied, QString *error);

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
    QString m_privacyWarning;
    int m_schemaVersion = 0;
    int m_migrationsApplied = 0;
    int m_depth = 0;
    bool m_doomed = false;
    std::function<void(int, int)> m_beforeUpgrade;
};

} // namespace ow
