// Issue #15, backup and restore: a consistent copy while the window runs, and a restore that checks the
// copy, refuses to lose changes or to replace a database in use, and keeps what it replaces.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"
#include "core/storage/databasebackup.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace ow;
using namespace owtest;
using namespace Qt::StringLiterals;
namespace Backup = ow::DatabaseBackup;

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// n decisions on the sample catalog in db (the catalog imported on first use).
void decide(Database &db, int n)
{
    CatalogRepository catalogs(db);
    QString error;
    if (catalogs.loadCurrent(&error).matters.isEmpty())
        REQUIRE(catalogs.importCatalog(sampleCatalog()).ok);
    for (int i = 0; i < n; ++i) {
        Case c = sampleCase(sampleCatalog(), {u"M001"_s});
        REQUIRE(CaseRepository(db).commitDecision(c, samplePerson(), &error));
    }
}

int casesIn(const QString &path)
{
    Database db;
    REQUIRE(db.openReadOnly(path));
    return scalar(db.db(), u"SELECT count(*) FROM cases"_s).toInt();
}

// A window database, closed, with `cases` decisions and a backup of it beside it; then `after` more
// decisions the backup does not have.
struct BackedUp {
    explicit BackedUp(int cases, int after = 0)
    {
        Database db;
        REQUIRE(db.open(path));
        decide(db, cases);
        QString error;
        REQUIRE(Backup::backup(path, copy, {}, nullptr, &error));
        decide(db, after);
    }
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("window.db"));
    QString copy = dir.filePath(QStringLiteral("copy.owbak"));
};

Backup::Companions keyOf(const QString &db, const QString &backup)
{
    return {{db + u".audit-key"_s, backup + u".audit-key"_s}};
}

} // namespace

TEST_CASE("a backup taken while the window has the database open holds every committed case, owner-only")
{
    TempDatabase t;
    decide(t.db, 3);
    writeBytes(t.path + u".audit-key"_s, QByteArray(32, 'k'));
    const QString copy = t.dir.filePath(u"backups/monday.owbak"_s);
    Backup::Facts facts;
    QString error;
    REQUIRE(Backup::backup(t.path, copy, keyOf(t.path, copy), &facts, &error)); // t.db stays open meanwhile
    CHECK(error.isEmpty());
    CHECK(facts.family == Backup::Family::Counter);
    CHECK(facts.records == 3);
    CHECK(facts.schemaVersion == Migrations::latestVersion());
    CHECK(casesIn(copy) == 3);
    CHECK(modeOf(copy) == 0600);
    CHECK(bytesOf(copy + u".audit-key"_s) == QByteArray(32, 'k'));
    CHECK(modeOf(copy + u".audit-key"_s) == 0600);
    // No half-written file is left under another name.
    CHECK(QDir(t.dir.filePath(u"backups"_s)).entryList(QDir::Files).size() == 2);

    // The window goes on deciding; the copy is the moment it was taken.
    decide(t.db, 1);
    CHECK(casesIn(copy) == 3);
}

TEST_CASE("a backup never replaces an earlier one, and a missing database leaves no file behind")
{
    TempDatabase t;
    decide(t.db, 1);
    const QString copy = t.dir.filePath(u"copy.owbak"_s);
    QString error;
    REQUIRE(Backup::backup(t.path, copy, {}, nullptr, &error));
    const QByteArray first = bytesOf(copy);
    CHECK_FALSE(Backup::backup(t.path, copy, {}, nullptr, &error));
    CHECK(error.contains(u"exists already"_s));
    CHECK(bytesOf(copy) == first);

    error.clear();
    const QString other = t.dir.filePath(u"other.owbak"_s);
    CHECK_FALSE(Backup::backup(t.dir.filePath(u"no-such.db"_s), other, {}, nullptr, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFileInfo::exists(other));
    CHECK(QDir(t.dir.path()).entryList({u"*.partial-*"_s}, QDir::Files).isEmpty());
}

TEST_CASE("a restore onto a new disk puts the database and its audit key in place")
{
    TempDatabase t;
    decide(t.db, 2);
    writeBytes(t.path + u".audit-key"_s, QByteArray(32, 'a'));
    const QString copy = t.dir.filePath(u"copy.owbak"_s);
    QString error;
    REQUIRE(Backup::backup(t.path, copy, keyOf(t.path, copy), nullptr, &error));

    const QString fresh = t.dir.filePath(u"newpc/data/onewindow.db"_s);
    Backup::RestoreResult result;
    REQUIRE(Backup::restore(copy, fresh, keyOf(fresh, copy), false, &result, &error));
    CHECK(result.keptAs.isEmpty());
    CHECK(result.restored.records == 2);
    CHECK(casesIn(fresh) == 2);
    CHECK(modeOf(fresh) == 0600);
    CHECK(bytesOf(fresh + u".audit-key"_s) == QByteArray(32, 'a'));
    // The program opens it as its own.
    Database reopened;
    REQUIRE(reopened.open(fresh, &error));
    CHECK(reopened.migrationsApplied() == 0);
}

TEST_CASE("a restore refuses to replace a database that holds changes made after the backup, unless forced")
{
    const BackedUp b(2, 1); // a decision the backup does not have
    const QString &path = b.path;
    const QString &copy = b.copy;
    QString error;
    const QByteArray before = bytesOf(path);
    Backup::RestoreResult result;
    CHECK_FALSE(Backup::restore(copy, path, {}, false, &result, &error));
    CHECK(error.contains(u"newer than the backup"_s));
    CHECK(bytesOf(path) == before);
    CHECK(casesIn(path) == 3);

    error.clear();
    REQUIRE(Backup::restore(copy, path, {}, true, &result, &error));
    CHECK(casesIn(path) == 2);
    REQUIRE_FALSE(result.keptAs.isEmpty());
    CHECK(result.keptAs.startsWith(path + u".before-restore-"_s));
    CHECK(casesIn(result.keptAs) == 3); // nothing is lost: the replaced file is kept
}

TEST_CASE("a restore over a database that has nothing the backup lacks needs no force")
{
    const BackedUp b(2);
    QString error;
    Backup::RestoreResult result;
    REQUIRE(Backup::restore(b.copy, b.path, {}, false, &result, &error));
    CHECK(casesIn(b.path) == 2);
    CHECK(QFileInfo::exists(result.keptAs));
}

TEST_CASE("a restore refuses while a program has the database open, and changes nothing")
{
    TempDatabase t; // t.db is the running window
    decide(t.db, 1);
    const QString copy = t.dir.filePath(u"copy.owbak"_s);
    QString error;
    REQUIRE(Backup::backup(t.path, copy, {}, nullptr, &error));
    Backup::RestoreResult result;
    CHECK_FALSE(Backup::restore(copy, t.path, {}, true, &result, &error));
    CHECK(error.contains(u"running program"_s));
    CHECK(QDir(t.dir.path()).entryList({u"*.before-restore-*"_s, u"*.restoring-*"_s}, QDir::Files).isEmpty());
    decide(t.db, 1); // the window goes on as if nothing happened
    CHECK(scalar(t.db.db(), u"SELECT count(*) FROM cases"_s).toInt() == 2);
}

TEST_CASE("a damaged backup is refused before anything is touched")
{
    const BackedUp b(30);
    const QString &path = b.path;
    const QString &copy = b.copy;
    QString error;
    // Scribble over a page in the middle of the copy, as a failing disk or a truncated transfer would.
    QByteArray bytes = bytesOf(copy);
    REQUIRE(bytes.size() > 3 * 4096);
    for (int i = 2 * 4096 + 100; i < 3 * 4096 - 100; ++i)
        bytes[i] = char(0x5a);
    writeBytes(copy, bytes);
    const QByteArray before = bytesOf(path);
    Backup::RestoreResult result;
    CHECK_FALSE(Backup::restore(copy, path, {}, true, &result, &error));
    CHECK(error.contains(u"not usable"_s));
    CHECK(bytesOf(path) == before);

    // Nor is a file that is no database at all, or a truncated one.
    writeBytes(copy, "not a database");
    CHECK_FALSE(Backup::restore(copy, path, {}, true, &result, &error));
    CHECK(bytesOf(path) == before);
}

TEST_CASE("a backup of another program's database is never restored over the counter's")
{
    QTemporaryDir dir;
    const QString hallPath = dir.filePath(u"hall.db"_s);
    const QString counterPath = dir.filePath(u"window.db"_s);
    const QString copy = dir.filePath(u"hall.owbak"_s);
    QString error;
    {
        // A database whose first migration is the hall service's, as HallStore makes it.
        Database hall;
        const QList<Migration> hallMigrations{
            {1, u"0001_hall"_s, u"CREATE TABLE queue_events (seq INTEGER PRIMARY KEY); CREATE TABLE tickets (id TEXT);"_s}};
        REQUIRE(hall.open(hallPath, hallMigrations, &error));
        runSql(hall.db(), u"INSERT INTO queue_events (seq) VALUES (?)"_s, {7});
        Database counter;
        REQUIRE(counter.open(counterPath));
    }
    Backup::Facts facts;
    REQUIRE(Backup::backup(hallPath, copy, {}, &facts, &error));
    CHECK(facts.family == Backup::Family::Hall);
    CHECK(facts.progress == QList<qint64>{7});
    const QByteArray before = bytesOf(counterPath);
    Backup::RestoreResult result;
    CHECK_FALSE(Backup::restore(copy, counterPath, {}, true, &result, &error));
    CHECK(error.contains(u"hall service"_s));
    CHECK(bytesOf(counterPath) == before);
}
