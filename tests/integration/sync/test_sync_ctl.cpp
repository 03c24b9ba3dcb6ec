// onewindowctl sync --once (app/onewindowctl/cmd_sync.cpp, compiled in here so the test does not wait
// for the command to be wired into the program): one round, its exit codes, the database afterwards.
#include "syncfixture.h"
#include "syntheticcases.h"
#include "test_support.h"

#include "catalog/catalogloader.h"
#include "storage/caserepository.h"
#include "storage/catalogrepository.h"
#include "storage/outbox.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace ctl {
int syncOnce(const QStringList &arguments);
}

namespace {

int runCtl(const QStringList &extra)
{
    // ctl prints to stdout/stderr; the test looks at what the round did to the databases.
    return ctl::syncOnce(QStringList{u"sync"_s} + extra);
}

} // namespace

TEST_CASE("onewindowctl sync --once delivers the backlog and exits 0")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QString error;
    REQUIRE(owsync::commitCases(client.db, 15, 41, &error).caseIds.size() == 15);
    client.db.close(); // as an administrator would: onewindowctl opens the file itself
    QFile tokenFile(client.dir.filePath(u"token"_s));
    REQUIRE(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(owsync::TestToken + '\n');
    tokenFile.close();
    CHECK(runCtl({u"--once"_s, u"--db"_s, client.path, u"--platform"_s, platform.url().toString(),
                  u"--token-file"_s, tokenFile.fileName()}) == 0);
    REQUIRE(client.db.open(client.path, &error));
    CHECK(owsync::disagreements(client.db, platform.store).isEmpty());
}

TEST_CASE("onewindowctl sync --once exits 1 when the platform refused something, 3 when unreachable, 2 on bad use")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QString error;
    const ow::CatalogLoadResult local = ow::CatalogLoader::loadBytes(owsync::demoCatalog(u"PILOT-0003"_s), u"local"_s);
    REQUIRE(ow::CatalogRepository(client.db).importCatalog(local.data).ok);
    REQUIRE(owsync::commitCases(client.db, 4, 42, &error).caseIds.size() == 4);
    ow::CaseRepository cases(client.db);
    ow::Case pilot = *cases.byId(cases.search({}, 1).first().id);
    pilot.id.clear();
    pilot.matters = {{u"PILOT-0003"_s, ow::CatalogRepository(client.db).currentVersion(u"PILOT-0003"_s)}};
    ow::Applicant applicant;
    applicant.idNumber = u"11010519491231002X"_s;
    applicant.name = u"试点申请人"_s;
    REQUIRE(cases.commitDecision(pilot, applicant, &error));
    client.db.close();
    const QStringList common{u"--once"_s, u"--db"_s, client.path, u"--token"_s, QString::fromLatin1(owsync::TestToken)};
    CHECK(runCtl(common + QStringList{u"--platform"_s, platform.url().toString()}) == 1);
    CHECK(platform.store.caseCount() == 4); // the others went through
    CHECK(runCtl(common + QStringList{u"--platform"_s, u"http://127.0.0.1:1"_s}) == 3);
    CHECK(runCtl({u"--once"_s, u"--db"_s, client.path}) == 2);
    REQUIRE(client.db.open(client.path, &error));
    CHECK(ow::Outbox(client.db).counts().parked == 1);
}
