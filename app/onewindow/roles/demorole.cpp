// --demo: the whole hall on this machine. The reference platform and the hall service run as their own
// processes on loopback (demo/serviceprocess.h); the window's database gets the demo catalog, accounts
// and cases (core/demo); the clerk's window opens with a kiosk, a board, a rating screen and the
// supervisor's dashboard beside it.
#include "app/onewindow/apptext.h"
#include "app/onewindow/demo/serviceprocess.h"
#include "app/onewindow/roles/clerkrole.h"
#include "core/dashboard/catalogfigures.h"
#include "core/demo/demosetup.h"
#include "core/security/auditquery.h"
#include "core/storage/catalogrepository.h"
#include "core/voice/boardvoice.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/dashboard/reformpage.h"
#include "ui/queue/boardwidget.h"
#include "ui/queue/kioskwidget.h"
#include "ui/queue/ratingwidget.h"

#include <QDir>
#include <QTextStream>

namespace ow {

namespace {

using namespace std::chrono_literals;

constexpr int DemoCases = 120;
const QByteArray DemoPlatformToken = QByteArrayLiteral("demo-window-device-token");

// The hall's other faces, each in its own window, with the demo hall's public tokens (resources/hall).
// clerkDb: the demo window's database, whose audit trail the dashboard shows (a real supervisor's PC has none).
void openHallFaces(RoleContext &context, const QUrl &hall, const QByteArray &windowToken, const WorkingCalendar &calendar,
                   Database *clerkDb)
{
    RoleObjects &objects = context.objects;
    const auto client = [&](const QByteArray &token) {
        return objects.make<HallClient>(HallClient::Options{hall, token}, context.network);
    };
    HallClient *kioskClient = client("demo-kiosk-1");
    HallClient *boardClient = client("demo-board-1");
    auto *kiosk = objects.make<KioskWidget>(kioskClient);
    auto *board = objects.make<BoardWidget>(boardClient);
    objects.keep(makeBoardVoice(boardClient, *context.options.voice));
    kiosk->setWindowTitle(AppText::tr("OneWindow — ticket kiosk"));
    board->setWindowTitle(AppText::tr("OneWindow — hall board"));
    kioskClient->start();
    boardClient->start();
    kiosk->resize(600, 700);
    board->resize(1000, 600);
    kiosk->show();
    board->show();
    // The 好差评 screen facing the demo clerk's applicants, as a second screen would at the counter.
    const QString windowId = QStringLiteral("W%1").arg(context.options.window, 2, 10, QLatin1Char('0'));
    HallClient *ratingClient = client(windowToken); // the window's token: a window rates what it served
    auto *rating = objects.make<RatingWidget>(ratingClient, windowId);
    rating->setWindowTitle(AppText::tr("OneWindow — rating screen, %1").arg(windowId));
    ratingClient->start();
    rating->resize(900, 500);
    rating->show();
    // The hall's days are the hall's (its snapshot says which zone), not this PC's.
    HallClient *supervisorClient = client("demo-supervisor");
    DashboardOptions dashboardOptions;
    dashboardOptions.calendar = calendar;
    auto *dashboard = objects.make<DashboardWidget>(supervisorClient, dashboardOptions);
    if (clerkDb) {
        dashboard->showAuditTrail(objects.make<AuditQuery>(*clerkDb));
        // 网上可办率 comes from the catalog; the demo's is in the window's database.
        dashboard->reformPage()->showCatalog(catalogFigures(CatalogRepository(*clerkDb).loadCurrent().matters));
    }
    dashboard->setWindowTitle(AppText::tr("OneWindow — supervisor dashboard"));
    supervisorClient->start();
    dashboard->resize(1280, 800);
    dashboard->show();
}

} // namespace

bool buildDemo(RoleContext &context, QString *error)
{
    const CommandLine &options = context.options;
    ClerkSetup setup;
    if (!clerkSetupFromOptions(options, &setup, error))
        return false;
    const QDir demoDir(QDir(dataDirectory()).filePath(QStringLiteral("demo")));
    demoDir.mkpath(QStringLiteral("."));
    setup.databasePath = options.databasePath.value_or(demoDir.filePath(QStringLiteral("onewindow-demo.db")));
    setup.hallCode = QStringLiteral("DEMO");
    setup.hallName = options.hallName.value_or(AppText::tr("Demo District Government Service Centre"));
    auto clerkDb = std::make_shared<Database *>(nullptr); // known once the window's database is open
    setup.prepareDatabase = [clerkDb](Database &db, const WorkingCalendar &calendar, QString *detail) {
        *clerkDb = &db;
        return prepareDemoHall(db, calendar, DemoCases, detail);
    };
    if (!options.user)
        setup.signInAs = {QString::fromLatin1(DemoClerk.username), QString::fromLatin1(DemoClerk.password)};

    // Both services start at once; the window waits for the two of them together.
    ServiceProcess *platform = nullptr;
    ServiceProcess *hall = nullptr;
    const QString localhost = QStringLiteral("127.0.0.1");
    if (!options.platformUrl)
        platform = context.objects.make<ServiceProcess>(
            QStringLiteral("onewindow-platform"),
            QStringList{QStringLiteral("--listen"), localhost, QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--db"), demoDir.filePath(QStringLiteral("platform.db")), QStringLiteral("--token"),
                        QString::fromLatin1(DemoPlatformToken),
                        // statuses move on by themselves, so the demo shows them arriving
                        QStringLiteral("--advance-every"), QStringLiteral("30")});
    if (!options.hallService)
        hall = context.objects.make<ServiceProcess>(QStringLiteral("onewindow-hall"),
                                                    QStringList{QStringLiteral("--listen"), localhost, QStringLiteral("--port"),
                                                                QStringLiteral("0"), QStringLiteral("--db"),
                                                                demoDir.filePath(QStringLiteral("hall.db"))});
    QList<ServiceProcess *> services;
    for (ServiceProcess *s : {platform, hall}) {
        if (s) {
            s->start();
            services << s;
        }
    }
    ServiceProcess::waitUntilListening(services, 30s);
    if (platform && !platform->url().isValid()) {
        *error = AppText::tr("The demo platform could not start:\n%1").arg(platform->failure());
        return false;
    }
    if (hall && !hall->url().isValid()) {
        *error = AppText::tr("The demo hall service could not start:\n%1").arg(hall->failure());
        return false;
    }
    if (platform) {
        setup.sync.platformUrl = platform->url();
        setup.sync.allowInsecure = true; // loopback, on this machine
        setup.sync.token = DemoPlatformToken;
    }
    if (hall) {
        const QByteArray windowToken = QStringLiteral("demo-window-%1").arg(options.window, 2, 10, QLatin1Char('0')).toLatin1();
        setup.hall = HallClient::Options{hall->url(), windowToken};
        setup.beforeWindow = [&context, url = hall->url(), windowToken, calendar = setup.calendar, clerkDb] {
            openHallFaces(context, url, windowToken, calendar, *clerkDb);
        };
    }
    if (!buildClerkWindow(context, setup, error))
        return false;
    // Scripts and tests wait for this line (tests/integration/test_demo_processes.cpp): on standard error
    // itself, since the window's log goes to its file, and in the log for the record.
    const QString open = QStringLiteral("the demo is open: platform %1 hall %2")
                             .arg(setup.sync.platformUrl.toString(), setup.hall ? setup.hall->baseUrl.toString() : QString());
    QTextStream(stderr) << "onewindow: " << open << Qt::endl;
    qCInfo(lcDemoServices).noquote() << open;
    return true;
}

} // namespace ow
