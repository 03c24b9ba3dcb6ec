// Refuse to forget: an existing file that is empty, not SQLite, or SQLite without OneWindow's migration
// record is never set up as a new database unless --new-database (Database::permitNewDatabase) says so;
// openReadOnly (check-db) never writes, not even to migrate an older schema.
#include "core/storage/migrations.h"
#include "tests/support/test_support.h"
#include "tests/support/testfiles.h"
#include "tests/unit/storage/storagefixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace owtest;

TEST_CASE("an existing empty database file is refused, left at 0 bytes, and accepted with --new-database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hall.sqlite"_s);
    writeFile(path, {});
    ow::Database db;
    QString error;
    CHECK_FALSE(db.open(path, &error));
    owtest::checkContainsAll(error, {u"hall.sqlite"_s, u"0 bytes"_s, u"backup"_s, u"--new-database"_s});
    CHECK_FALSE(db.isOpen());
    CHECK(QFileInfo(path).size() == 0);

    ow::Database::permitNewDatabase(path);
    REQUIRE(db.open(path, &error));
    CHECK(db.schemaVersion() == ow::Migrations::latestVersion());
    db.close();
    // Now it is a OneWindow database: it opens without the permission too.
    CHECK(ow::Database::newDatabasePermitted(path));
    ow::Database again;
    CHECK(again.open(path, &error));
    CHECK(again.migrationsApplied() == 0);
}

TEST_CASE("an SQLite file without OneWindow's migration record is refused untouched, and --new-database sets it up")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    makeForeignSqlite(path);
    const QByteArray before = fileDigest(path);
    ow::Database db;
    QString error;
    CHECK_FALSE(db.open(path, &error));
    owtest::checkContainsAll(error, {u"other.db"_s, u"not a OneWindow"_s, u"--new-database"_s});
    CHECK(fileDigest(path) == before); // not even switched to WAL
    CHECK_FALSE(QFile::exists(path + u"-wal"_s));

    ow::Database::permitNewDatabase(path);
    REQUIRE(db.open(path, &error));
    CHECK(db.schemaVersion() == ow::Migrations::latestVersion());
    CHECK(countRows(db.db(), u"SELECT count(*) FROM contacts"_s) == 1); // set up beside, nothing dropped
}

TEST_CASE("a file that is not SQLite is refused untouched, even with --new-database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    writeFile(path, "a restore that went to the wrong file, or a text editor's work\n");
    const QByteArray before = fileDigest(path);
    ow::Database::permitNewDatabase(path);
    ow::Database db;
    QString error;
    CHECK_FALSE(db.open(path, &error));
    CHECK(error.contains(u"notes.db"_s));
    CHECK(error.contains(u"not an SQLite file"_s));
    CHECK(fileDigest(path) == before);
}

TEST_CASE("a truncated header is not SQLite either")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cut.db"_s);
    writeFile(path, QByteArray("SQLite for", 10));
    ow::Database db;
    QString error;
    CHECK_FALSE(db.open(path, &error));
    CHECK(error.contains(u"not an SQLite file"_s));
}

TEST_CASE("openReadOnly refuses an empty file and leaves it at 0 bytes, whatever was permitted")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.sqlite"_s);
    writeFile(path, {});
    ow::Database::permitNewDatabase(path); // a check never makes a database
    ow::Database db;
    QString error;
    CHECK_FALSE(db.openReadOnly(path, &error));
    CHECK(error.contains(u"0 bytes"_s));
    CHECK(QFileInfo(path).size() == 0);
    CHECK_FALSE(db.openReadOnly(dir.filePath(u"missing.sqlite"_s), &error));
    CHECK_FALSE(QFile::exists(dir.filePath(u"missing.sqlite"_s)));
}

TEST_CASE("openReadOnly reports an older schema as it is and leaves the file byte-identical")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    QList<ow::Migration> older = ow::Migrations::builtIn();
    REQUIRE(older.size() > 1);
    older.removeLast();
    {
        ow::Database db;
        QString error;
        REQUIRE(db.open(path, older, &error));
    } // closed: SQLite checkpoints the log into the file
    const QByteArray before = fileDigest(path);

    ow::Database db;
    QString error;
    REQUIRE(db.openReadOnly(path, &error));
    CHECK(db.schemaVersion() == older.last().number);
    QSqlQuery q(db.db());
    CHECK_FALSE(q.exec(u"CREATE TABLE nope (x)"_s)); // read-only for real
    db.close();
    CHECK(fileDigest(path) == before);
}
