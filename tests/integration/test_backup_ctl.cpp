// onewindowctl backup and restore as an administrator runs them: a seeded counter database, its copy, the
// copy's audit chain still verified where it is restored, and the refusals that keep a newer database.
#include "tests/integration/ctlrun.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using owctl::ctl;

} // namespace

TEST_CASE("onewindowctl backup and restore round-trip a counter database with its audit chain intact")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"counter.db"_s);
    const QString copy = dir.filePath(u"nightly/counter-1.owbak"_s);
    owctl::seedDemo(db, 20);

    owtest::ProgramRun r = ctl({u"backup"_s, u"--db"_s, db, u"--to"_s, copy});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"counter's database"_s));
    CHECK(r.out.contains(u"20 records"_s));
    CHECK(QFileInfo::exists(copy + u".audit-key"_s));
    CHECK(ctl({u"backup"_s, u"--db"_s, db, u"--to"_s, copy}).exitCode == 1); // never over an earlier backup

    // The counter PC's disk is replaced: the backup goes onto the new one, and its chain still verifies
    // there because its key came along.
    const QString fresh = dir.filePath(u"newdisk/counter.db"_s);
    r = ctl({u"restore"_s, u"--db"_s, fresh, u"--from"_s, copy});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = ctl({u"audit"_s, u"verify"_s, u"--database"_s, fresh});
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"intact"_s));
    CHECK(ctl({u"check-db"_s, u"--db"_s, fresh}).exitCode == 0);

    // More decisions after the backup: a restore would lose them, so it is refused without --force.
    owctl::seedDemo(db, 3, {u"--seed"_s, u"7"_s});
    const QFileInfo before(db);
    r = ctl({u"restore"_s, u"--db"_s, db, u"--from"_s, copy});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"newer than the backup"_s));
    CHECK(QFileInfo(db).size() == before.size());
    r = ctl({u"restore"_s, u"--db"_s, db, u"--from"_s, copy, u"--force"_s});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"kept as"_s));
    CHECK(ctl({u"audit"_s, u"verify"_s, u"--database"_s, db}).exitCode == 0);
}

TEST_CASE("onewindowctl restore refuses a damaged backup and a wrong command line, changing nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"counter.db"_s);
    owctl::seedDemo(db, 5);
    const QString copy = dir.filePath(u"broken.owbak"_s);
    {
        QFile f(copy);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\x5a'));
    }
    const qint64 size = QFileInfo(db).size();
    owtest::ProgramRun r = ctl({u"restore"_s, u"--db"_s, db, u"--from"_s, copy, u"--force"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"not usable"_s));
    CHECK(QFileInfo(db).size() == size);
    CHECK(ctl({u"restore"_s, u"--db"_s, db}).exitCode == 2);
    CHECK(ctl({u"backup"_s, u"--to"_s, copy}).exitCode == 2);
    r = ctl({u"restore"_s, u"--help"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"--force"_s));
}
