// onewindowctl audit verify and check-db over a seeded database, before and after a row is edited.
#include "tests/integration/ctlrun.h"
#include "tests/support/test_support.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using owctl::ctl;

void tamper(const QString &path, const QString &statement)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(statement));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

} // namespace

TEST_CASE("audit verify passes a seeded trail and names the row edited behind its back, with exit codes to match")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"counter.db"_s);
    owctl::seedDemo(db, 20);

    owtest::ProgramRun r = ctl({u"audit"_s, u"verify"_s, u"--database"_s, db});
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"intact"_s));
    CHECK(r.out.trimmed().count(u'\n') == 0); // one line
    CHECK(ctl({u"check-db"_s, u"--db"_s, db}).exitCode == 0);

    tamper(db, u"UPDATE audit_trail SET username = 'nobody' WHERE id = 7"_s);
    r = ctl({u"audit"_s, u"verify"_s, u"--database"_s, db});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(u"Audit row 7 was changed"_s));
    r = ctl({u"check-db"_s, u"--db"_s, db});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(u"Audit row 7"_s));

    CHECK(ctl({u"audit"_s, u"verify"_s, u"--database"_s, dir.filePath(u"none.db"_s)}).exitCode == 3);
    CHECK(ctl({u"audit"_s, u"forge"_s, u"--database"_s, db}).exitCode == 2);
    r = ctl({u"audit"_s, u"--help"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"onewindowctl audit"_s));
}
