// Opening, pragmas, migrations and the transaction helper.
#include "core/storage/migrations.h"
#include "core/storage/sqlsupport.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace owtest;

TEST_CASE("the migrations are built into the program and numbered without gaps")
{
    REQUIRE(QFile::exists(u":/onewindow/storage/migrations/0001_initial.sql"_s));
    QString error;
    const QList<ow::Migration> migrations = ow::Migrations::builtIn(&error);
    INFO(error.toStdString());
    REQUIRE_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i)
        CHECK(migrations.at(i).number == i + 1);
    CHECK(ow::Migrations::latestVersion() == migrations.last().number);
}

TEST_CASE("a new file in a folder that does not exist yet is created and fully migrated")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"not/yet/there/onewindow.sqlite"_s);
    ow::Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    CHECK(error.isEmpty());
    CHECK(QFile::exists(path));
    CHECK(db.schemaVersion() == ow::Migrations::latestVersion());
    CHECK(db.migrationsApplied() == ow::Migrations::latestVersion());
    for (const QString &table :
         {u"matter_versions"_s, u"matters_current"_s, u"bundles"_s, u"material_kinds"_s, u"applicants"_s, u"cases"_s,
          u"case_matters"_s, u"case_materials"_s, u"case_number_sequences"_s, u"outbox"_s, u"schema_version"_s}) {
        INFO(table.toStdString());
        CHECK(countRows(db.db(), u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {table}) == 1);
    }
}

TEST_CASE("re-opening a migrated database applies nothing")
{
    TempDatabase t;
    t.db.close();
    CHECK_FALSE(t.db.isOpen());
    REQUIRE(t.db.open(t.path));
    CHECK(t.db.migrationsApplied() == 0);
    CHECK(t.db.schemaVersion() == ow::Migrations::latestVersion());
    CHECK(countRows(t.db.db(), u"SELECT count(*) FROM schema_version"_s) == ow::Migrations::latestVersion());
}

TEST_CASE("the pragmas case data needs are really in effect")
{
    TempDatabase t;
    const QSqlDatabase db = t.db.db();
    CHECK(scalar(db, u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    CHECK(scalar(db, u"PRAGMA synchronous"_s).toInt() == 2); // FULL
    CHECK(scalar(db, u"PRAGMA foreign_keys"_s).toInt() == 1);
    CHECK(scalar(db, u"PRAGMA busy_timeout"_s).toInt() == 5000);
}

TEST_CASE("two Database objects get distinct connections and close independently")
{
    TempDatabase t;
    ow::Database second;
    REQUIRE(second.open(t.path));
    CHECK(second.connectionName() != t.db.connectionName());
    second.close();
    CHECK(t.db.isOpen());
    CHECK(countRows(t.db.db(), u"SELECT count(*) FROM schema_version"_s) >= 1);
}

TEST_CASE("a failing migration rolls back every migration of that open")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.sqlite"_s);
    QList<ow::Migration> migrations = ow::Migrations::builtIn();
    const int good = int(migrations.size());
    migrations.append({good + 1, u"%1_broken"_s.arg(good + 1, 4, 10, QChar(u'0')),
                       u"CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n"_s});

    ow::Database db;
    QString error;
    CHECK_FALSE(db.open(path, migrations, &error));
    CHECK_FALSE(db.isOpen());
    CHECK(error.contains(u"_broken"_s));
    CHECK(error.contains(u"no_such_table"_s));
    CHECK(db.lastError() == error);

    // Nothing of that open survived, not even the good migrations before the broken one, not even the
    // file: a new database is made aside and moved into place once whole (so no half-made file is left
    // for the next start to refuse as not a OneWindow database).
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    REQUIRE(db.open(path, &error));
    CHECK(db.migrationsApplied() == good);
    CHECK(countRows(db.db(), u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s, {u"half_done"_s}) == 0);
}

TEST_CASE("a database written by a newer program is refused and left alone")
{
    TempDatabase t;
    {
        QSqlQuery q(t.db.db());
        REQUIRE(q.prepare(u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"_s));
        q.addBindValue(999);
        q.addBindValue(u"0999_future"_s);
        q.addBindValue(u"2030-01-01T00:00:00.000Z"_s);
        REQUIRE(q.exec());
    }
    t.db.close();
    QString error;
    CHECK_FALSE(t.db.open(t.path, &error));
    CHECK(error.contains(u"newer"_s));
    CHECK(error.contains(u"999"_s));

    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer-check"_s);
    raw.setDatabaseName(t.path);
    REQUIRE(raw.open());
    CHECK(countRows(raw, u"SELECT count(*) FROM schema_version WHERE version = ?"_s, {999}) == 1);
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"newer-check"_s);
}

TEST_CASE("bad paths give a clear error, never a crash")
{
    QTemporaryDir dir;
    QFile plain(dir.filePath(u"plain.txt"_s));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.write("this is not a database, it is a text file with enough bytes to have a header.\n");
    plain.close();

    ow::Database db;
    QString error;
    SECTION("a folder below a regular file cannot be created")
    {
        CHECK_FALSE(db.open(dir.filePath(u"plain.txt/sub/db.sqlite"_s), &error));
        CHECK(error.contains(u"folder"_s));
    }
    SECTION("a folder is not a database file")
    {
        CHECK_FALSE(db.open(dir.path(), &error));
        CHECK_FALSE(error.isEmpty());
    }
    SECTION("a file that is not a database")
    {
        CHECK_FALSE(db.open(plain.fileName(), &error));
        CHECK_FALSE(error.isEmpty());
    }
    SECTION("no path at all")
    {
        CHECK_FALSE(db.open(QString(), &error));
        CHECK_FALSE(error.isEmpty());
    }
    CHECK_FALSE(db.isOpen());
    CHECK(db.lastError() == error);
}

TEST_CASE("transaction() commits on true, rolls back on false, and a nested failure dooms the whole")
{
    TempDatabase t;
    const QSqlDatabase db = t.db.db();
    const auto insertKind = [&](const QString &code) {
        QSqlQuery q(db);
        REQUIRE(q.prepare(u"INSERT INTO material_kinds (code, position, name) VALUES (?, 0, ?)"_s));
        q.addBindValue(code);
        q.addBindValue(code);
        return q.exec();
    };
    const auto kinds = [&] { return countRows(db, u"SELECT count(*) FROM material_kinds"_s); };

    CHECK(t.db.transaction([&] { return insertKind(u"A"_s); }));
    CHECK(kinds() == 1);

    CHECK_FALSE(t.db.transaction([&] { return insertKind(u"B"_s) && false; }));
    CHECK(kinds() == 1);

    CHECK_FALSE(t.db.transaction([&] {
        insertKind(u"C"_s);
        t.db.transaction([&] { return false; }); // the inner one fails; the outer does not look
        return true;
    }));
    CHECK(kinds() == 1);
    CHECK_FALSE(t.db.inTransaction());

    CHECK_THROWS(t.db.transaction([&]() -> bool {
        insertKind(u"D"_s);
        throw std::runtime_error("boom");
    }));
    CHECK(kinds() == 1);
    CHECK(t.db.transaction([&] { return insertKind(u"E"_s); }));
    CHECK(kinds() == 2);
}

TEST_CASE("the migration splitter respects quotes and drops comments")
{
    const QStringList statements =
        ow::Migrations::splitStatements(u"-- a comment; with a semicolon\nCREATE TABLE t (a TEXT DEFAULT 'x;y'); /* block ; */\n"
                                        u"INSERT INTO t VALUES ('it''s; fine');\n\n;  -- trailing\n"_s);
    REQUIRE(statements.size() == 2);
    CHECK(statements.at(0).startsWith(u"CREATE TABLE t"_s));
    CHECK(statements.at(0).contains(u"'x;y'"_s));
    CHECK(statements.at(1) == u"INSERT INTO t VALUES ('it''s; fine')"_s);
}

TEST_CASE("statements kept for a connection never outlive its driver, however the connection was closed")
{
    // A raw connection (a lock probe, onewindowctl's tamper check) is closed without forgetStatements. Its
    // kept BEGIN must go with its driver: the next driver is often given the same address, and was handed
    // the dead connection's finalized statement ("No query") before.
    QTemporaryDir dir;
    const int before = ow::sql::connectionsWithKeptStatements();
    for (int round = 0; round < 20; ++round) {
        const QString name = u"raw-"_s + QString::number(round);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(dir.filePath(u"raw.db"_s));
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            QString error;
            INFO("round " << round << ": " << error.toStdString());
            REQUIRE(ow::sql::run(q, u"BEGIN EXCLUSIVE"_s, &error));
            REQUIRE(ow::sql::run(q, u"COMMIT"_s, &error));
            CHECK(ow::sql::connectionsWithKeptStatements() == before + 1);
            q = QSqlQuery();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
        CHECK(ow::sql::connectionsWithKeptStatements() == before);
    }
}

TEST_CASE("open tells before it upgrades an existing store, and only then")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    QList<QPair<int, int>> told;
    const auto listen = [&told](ow::Database &db) {
        db.setBeforeUpgrade([&told, &db](int from, int to) {
            told.append({from, to});
            CHECK(ow::Migrations::currentVersion(db.db()) == from); // nothing applied yet
        });
    };
    {
        ow::Database db; // a new store is made, not upgraded
        listen(db);
        REQUIRE(db.open(path));
    }
    CHECK(told.isEmpty());
    const QString older = dir.filePath(u"older.sqlite"_s);
    {
        ow::Database db;
        openAtSchema(db, older, 12);
    }
    {
        ow::Database db;
        listen(db);
        REQUIRE(db.open(older));
        CHECK(db.schemaVersion() == ow::Migrations::latestVersion());
    }
    REQUIRE(told.size() == 1);
    CHECK(told.at(0) == QPair<int, int>(12, ow::Migrations::latestVersion()));
    {
        ow::Database db; // now current: nothing to tell
        listen(db);
        REQUIRE(db.open(older));
    }
    CHECK(told.size() == 1);
}
