// onewindowctl sync --once (app/onewindowctl/cmd_sync.cpp, compiled in here so the test does not wait
// for the command to be wired into the program): one round, its exit codes, the database afterwards.
#include "core/catalog/catalogloader.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/outbox.h"
#include "tests/integration/sync/hostileplatform.h"
#include "tests/integration/sync/syncfixture.h"
#include "tests/integration/sync/syntheticcases.h"
#include "tests/support/test_support.h"

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
    // Plain http is refused unless asked for: the token and the applicants' data would travel in clear.
    CHECK(runCtl({u"--once"_s, u"--db"_s, client.path, u"--platform"_s, platform.url().toString(), u"--token-file"_s,
                  tokenFile.fileName()})
          == 2);
    CHECK(platform.store.caseCount() == 0);
    CHECK(runCtl({u"--once"_s, u"--db"_s, client.path, u"--platform"_s, platform.url().toString(), u"--token-file"_s,
                  tokenFile.fileName(), u"--allow-insecure"_s})
          == 0);
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
    const QStringList common{u"--once"_s,          u"--db"_s, client.path, u"--token"_s, QString::fromLatin1(owsync::TestToken),
                             u"--allow-insecure"_s};
    CHECK(runCtl(common + QStringList{u"--platform"_s, platform.url().toString()}) == 1);
    CHECK(platform.store.caseCount() == 4); // the others went through
    CHECK(runCtl(common + QStringList{u"--platform"_s, u"http://127.0.0.1:1"_s}) == 3);
    CHECK(runCtl({u"--once"_s, u"--db"_s, client.path}) == 2);
    REQUIRE(client.db.open(client.path, &error));
    CHECK(ow::Outbox(client.db).counts().parked == 1);
}

TEST_CASE("onewindowctl sync --once exits 3, not 0, when a captive portal answered and nothing was delivered")
{
    owsync::HostilePlatform portal([](const owsync::SeenRequest &) {
        owsync::ScriptedReply page;
        page.contentType = "text/html";
        page.body = "<html><body>Please sign in to the guest Wi-Fi</body></html>";
        return page;
    });
    owsync::ClientDatabase client;
    QString error;
    REQUIRE(owsync::commitCases(client.db, 5, 43, &error).caseIds.size() == 5);
    client.db.close();
    CHECK(runCtl({u"--once"_s, u"--db"_s, client.path, u"--platform"_s, portal.url().toString(), u"--token"_s,
                  QString::fromLatin1(owsync::TestToken), u"--allow-insecure"_s})
          == 3);
    CHECK(portal.count("/cases") >= 1);
    REQUIRE(client.db.open(client.path, &error));
    CHECK(ow::Outbox(client.db).counts().sent == 0);
    CHECK(ow::Outbox(client.db).counts().pending == 5);
}
