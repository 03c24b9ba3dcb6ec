// The hall service's database backs up while the service runs and comes back with its queue, through the
// same backup as the counter's (core/storage/databasebackup.h).
#include "core/storage/databasebackup.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace owtest;
namespace Backup = ow::DatabaseBackup;

namespace {

void issue(const QUrl &url)
{
    REQUIRE(post(url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
}

int waiting(const QUrl &url)
{
    return get(url, u"/api/v1/snapshot"_s, boardToken()).body.value(u"waiting"_s).toArray().size();
}

} // namespace

TEST_CASE("the hall's database is backed up while the service runs and restored with its queue")
{
    LocalHall hall;
    REQUIRE(hall.start());
    issue(hall.url);
    issue(hall.url);
    const QString copy = hall.dir.filePath(u"hall-nightly.owbak"_s);
    Backup::Facts facts;
    QString error;
    REQUIRE(Backup::backup(hall.databasePath, copy, {}, &facts, &error));
    CHECK(facts.family == Backup::Family::Hall);
    CHECK(facts.records == 2);
    issue(hall.url); // after the backup

    Backup::RestoreResult result;
    CHECK_FALSE(Backup::restore(copy, hall.databasePath, {}, true, &result, &error)); // the service has it open
    CHECK(error.contains(u"running program"_s));
    hall.server.stop();
    CHECK_FALSE(Backup::restore(copy, hall.databasePath, {}, false, &result, &error)); // a ticket would be lost
    CHECK(error.contains(u"newer than the backup"_s));
    REQUIRE(Backup::restore(copy, hall.databasePath, {}, true, &result, &error));

    REQUIRE(hall.start());
    CHECK(waiting(hall.url) == 2);
}

TEST_CASE("onewindow-hall backup, as the nightly timer runs it, copies the running service's database")
{
    LocalHall hall;
    REQUIRE(hall.start());
    issue(hall.url);
    const QString copy = hall.dir.filePath(u"backups/hall-1.owbak"_s);
    owtest::ProgramRun r =
        owtest::runProgram(QStringLiteral(ONEWINDOW_HALL_BINARY), {u"backup"_s, u"--db"_s, hall.databasePath, u"--to"_s, copy});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"1 tickets"_s));
    Backup::Facts facts;
    QString error;
    REQUIRE(Backup::inspect(copy, &facts, &error));
    CHECK(facts.family == Backup::Family::Hall);
    // Never over last night's copy; and a command line without its paths is a usage error.
    CHECK(owtest::runProgram(QStringLiteral(ONEWINDOW_HALL_BINARY), {u"backup"_s, u"--db"_s, hall.databasePath, u"--to"_s, copy})
              .exitCode
          == 1);
    CHECK(owtest::runProgram(QStringLiteral(ONEWINDOW_HALL_BINARY), {u"backup"_s, u"--db"_s, hall.databasePath}).exitCode == 2);
}
