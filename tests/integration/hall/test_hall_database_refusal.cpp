// onewindow-hall refuses a database file that exists but is empty, foreign or not SQLite: the day's ticket
// numbers must not silently start again at 1. --new-database is the explicit way to set one up anyway.
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"
#include "tests/support/testfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace owtest;

TEST_CASE("onewindow-hall refuses an empty, a foreign and a non-SQLite database file, naming it")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.sqlite"_s);
    const QString foreign = dir.filePath(u"foreign.sqlite"_s);
    const QString text = dir.filePath(u"text.sqlite"_s);
    writeFile(empty, {});
    makeForeignSqlite(foreign);
    writeFile(text, "not a database at all\n");
    const qint64 foreignSize = QFileInfo(foreign).size();

    for (const QString &path : {empty, foreign, text}) {
        INFO(path.toStdString());
        HallProcess hall;
        QString error;
        CHECK_FALSE(hall.start(path, &error));
        hall.process->waitForFinished(10000); // false when it had already ended
        REQUIRE(hall.process->state() == QProcess::NotRunning);
        error += QString::fromUtf8(hall.process->readAllStandardError());
        CHECK(hall.process->exitCode() == 1);
        CHECK(error.contains(QFileInfo(path).fileName()));
    }
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(QFileInfo(foreign).size() == foreignSize);
}

TEST_CASE("onewindow-hall sets up an existing empty file with --new-database, and a missing one without")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.sqlite"_s);
    writeFile(empty, {});
    HallProcess withFlag;
    QString error;
    const bool started = withFlag.start(empty, &error, {u"--new-database"_s});
    INFO(error.toStdString());
    REQUIRE(started);
    withFlag.killHard();
    CHECK(QFileInfo(empty).size() > 0);

    HallProcess fresh;
    REQUIRE(fresh.start(dir.filePath(u"new.sqlite"_s), &error));
    fresh.killHard();
}
