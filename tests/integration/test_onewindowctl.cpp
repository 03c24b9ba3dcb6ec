// onewindowctl driven as an administrator or a script drives it: exit codes and printed lines.
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "tests/integration/ctlrun.h"
#include "tests/support/test_support.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace owtest;

namespace {

using owctl::ctl;
using owctl::ctlTyped;
using owctl::Run;

} // namespace

TEST_CASE("check-id says which identifier a valid number is, and why an invalid one is not")
{
    Run r = ctl({QStringLiteral("check-id"), QStringLiteral("11010519491231002X")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("valid: resident ID"));
    r = ctl({QStringLiteral("check-id"), QStringLiteral("91350100M000100Y43")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("valid: credit code"));
    r = ctl({QStringLiteral("check-id"), QStringLiteral("110105194912310021")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("check character")));
    r = ctl({QStringLiteral("check-id"), QStringLiteral("110105199902300021")}); // 30 February
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.err.trimmed().isEmpty());
}

TEST_CASE("due-date counts working days across the Spring Festival and National Day")
{
    Run r = ctl({QStringLiteral("due-date"), QStringLiteral("--from"), QStringLiteral("2026-02-13"),
                 QStringLiteral("--working-days"), QStringLiteral("2")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("2026-02-24")); // Sat 14 Feb is a working day, 15-23 Feb are off
    r = ctl({QStringLiteral("due-date"), QStringLiteral("--from"), QStringLiteral("2026-09-30"), QStringLiteral("--working-days"),
             QStringLiteral("1")});
    CHECK(r.out.trimmed() == QStringLiteral("2026-10-08"));
    r = ctl({QStringLiteral("due-date"), QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--working-days"),
             QStringLiteral("1")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--from")));
}

TEST_CASE("due-date takes another calendar file for a year the program does not know")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cn-2031.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "onewindow-calendar/1", "year": 2031, "source": "test",
               "holidays": [{"name": "元旦", "from": "2031-01-01", "to": "2031-01-03"}], "workdays": []})");
    f.close();
    // Tue 31 Dec 2030 + 1 working day: 1-3 Jan 2031 are off (Wed-Fri), so Mon 6 Jan.
    const Run r = ctl({QStringLiteral("due-date"), QStringLiteral("--from"), QStringLiteral("2030-12-31"),
                       QStringLiteral("--working-days"), QStringLiteral("1"), QStringLiteral("--calendar"), file});
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("2031-01-06"));
}

TEST_CASE("a broken catalog is refused whole with file:line errors and nothing imported")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hall.db"));
    const QString broken = owtest::sourcePath(QStringLiteral("tests/unit/catalog/data/many-errors.json"));
    const Run r = ctl({QStringLiteral("import-catalog"), broken, QStringLiteral("--db"), db});
    CHECK(r.exitCode == 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 3);
    CHECK(lines.first().startsWith(broken + QLatin1Char(':')));
    const Run check =
        ctl({QStringLiteral("seed-demo"), QStringLiteral("--db"), db, QStringLiteral("--cases"), QStringLiteral("0")});
    // The refused import left no catalog: seed-demo had to import the demo one.
    CHECK(check.out.contains(QStringLiteral("imported the demo catalog")));
}

TEST_CASE("import, seed and check a database from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hall.db"));
    Run r = ctl({QStringLiteral("import-catalog"), owtest::sourcePath(QStringLiteral("resources/catalog/demo-catalog.json")),
                 QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("65 matters added")));
    // Importing the same file again changes nothing.
    r = ctl({QStringLiteral("import-catalog"), owtest::sourcePath(QStringLiteral("resources/catalog/demo-catalog.json")),
             QStringLiteral("--db"), db});
    CHECK(r.out.contains(QStringLiteral("0 changed")));
    CHECK(r.out.contains(QStringLiteral("65 unchanged")));

    r = ctl({QStringLiteral("seed-demo"), QStringLiteral("--db"), db, QStringLiteral("--cases"), QStringLiteral("150")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("150 decisions")));
    r = ctl({QStringLiteral("check-db"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("clean")));

    // An outbox row removed behind the program's back is an orphaned case: check-db must say so.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("DELETE FROM outbox WHERE id = (SELECT MIN(id) FROM outbox)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    r = ctl({QStringLiteral("check-db"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.out.trimmed().isEmpty());
}

TEST_CASE("every command has --help and a wrong call exits 2")
{
    for (const char *command : {"check-id", "due-date", "import-catalog", "check-db", "seed-demo"}) {
        const Run r = ctl({QString::fromLatin1(command), QStringLiteral("--help")});
        INFO(command);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("onewindowctl ") + QString::fromLatin1(command)));
    }
    CHECK(ctl({QStringLiteral("no-such-command")}).exitCode == 2);
    CHECK(ctl({QStringLiteral("check-db")}).exitCode == 2);
    CHECK(ctl({}).exitCode == 2);
}

TEST_CASE("user add reads the password from standard input and never from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hall.db"));
    Run r = ctlTyped({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li.na"), QStringLiteral("--role"),
                      QStringLiteral("clerk"), QStringLiteral("--db"), db},
                     "a-long-password\n");
    CHECK(r.exitCode == 0);
    r = ctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(r.out.contains(QStringLiteral("li.na\tclerk\tactive")));
    // A short password is refused with the rule, and a wrong role with the choices.
    const QStringList passwd{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("li.na"), QStringLiteral("--db"),
                             db};
    CHECK(ctlTyped(passwd, "short\n").exitCode == 1);
    // So is a common one, however long (the policy: core/security/passwordpolicy.h).
    r = ctlTyped(passwd, "Password2026!\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("common password")));
    r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x.y"), QStringLiteral("--role"),
             QStringLiteral("boss"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 2);
    r = ctl({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("li.na"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 0);
    CHECK(ctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db})
              .out.contains(QStringLiteral("disabled")));
}

TEST_CASE("check-db on an empty file is an error and leaves it at 0 bytes")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hall.db"));
    writeFile(db, {});
    const Run r = ctl({QStringLiteral("check-db"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("hall.db")));
    CHECK(r.err.contains(QStringLiteral("0 bytes")));
    CHECK_FALSE(r.out.contains(QStringLiteral("clean")));
    CHECK(QFileInfo(db).size() == 0);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("hall.db")});
}

TEST_CASE("check-db reports an older schema as such and leaves the file byte-identical")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("old.db"));
    QList<ow::Migration> older = ow::Migrations::builtIn();
    REQUIRE(older.size() > 1);
    older.removeLast();
    {
        ow::Database made;
        QString error;
        REQUIRE(made.open(db, older, &error));
    }
    const QByteArray before = fileDigest(db);
    const Run r = ctl({QStringLiteral("check-db"), QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("schema version %1, older").arg(older.last().number)));
    CHECK(r.out.contains(QStringLiteral("not changed")));
    CHECK(fileDigest(db) == before);
}

TEST_CASE("check-db refuses a foreign SQLite file and a non-SQLite file, untouched")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
    const QString text = dir.filePath(QStringLiteral("text.db"));
    makeForeignSqlite(foreign);
    writeFile(text, "hello\n");
    for (const QString &db : {foreign, text}) {
        const QByteArray before = fileDigest(db);
        const Run r = ctl({QStringLiteral("check-db"), QStringLiteral("--db"), db});
        INFO(db.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QFileInfo(db).fileName()));
        CHECK(fileDigest(db) == before);
    }
}

TEST_CASE("commands that write refuse an empty, foreign or non-SQLite database file unless --new-database")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
    const QString text = dir.filePath(QStringLiteral("text.db"));
    writeFile(empty, {});
    makeForeignSqlite(foreign);
    writeFile(text, "not a database\n");
    const QString catalog = owtest::sourcePath(QStringLiteral("resources/catalog/demo-catalog.json"));
    for (const QString &db : {empty, foreign, text}) {
        INFO(db.toStdString());
        const QByteArray before = fileDigest(db);
        Run r = ctl({QStringLiteral("import-catalog"), catalog, QStringLiteral("--db"), db});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QFileInfo(db).fileName()));
        r = ctl({QStringLiteral("seed-demo"), QStringLiteral("--db"), db, QStringLiteral("--cases"), QStringLiteral("1")});
        CHECK(r.exitCode == 1);
        r = ctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db});
        CHECK(r.exitCode == 1);
        CHECK(fileDigest(db) == before);
    }
    CHECK(
        ctl({QStringLiteral("import-catalog"), catalog, QStringLiteral("--db"), text, QStringLiteral("--new-database")}).exitCode
        == 1);

    for (const QString &db : {empty, foreign}) {
        INFO(db.toStdString());
        Run r = ctl({QStringLiteral("import-catalog"), catalog, QStringLiteral("--db"), db, QStringLiteral("--new-database")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        r = ctl({QStringLiteral("check-db"), QStringLiteral("--db"), db});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("clean")));
    }
}

TEST_CASE("check-db warns about a database others can read, with the fix, and still checks it")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hall.db"));
    {
        ow::Database database;
        REQUIRE(database.open(db));
    }
    Run r = ctl({QStringLiteral("check-db"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("chmod")));
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    r = ctl({QStringLiteral("check-db"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 0); // who may read it is not a fault in the data
    CHECK(r.err.contains(QStringLiteral("chmod 600")));
    CHECK(r.out.contains(QStringLiteral("clean")));
}
