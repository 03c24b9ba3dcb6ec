// onewindow: the clerk's window. Wiring only: options, the database, sign-in, the services, the window.
#include "core/calendar/workingcalendar.h"
#include "core/demo/demosetup.h"
#include "core/hall/client/hallclient.h"
#include "core/hall/reporter/hallcasereporter.h"
#include "core/hall/reporter/ticketlinkstore.h"
#include "core/hall/server/hallconfig.h"
#include "core/hall/server/hallserver.h"
#include "core/platform/platformserver.h"
#include "core/platform/platformstore.h"
#include "core/security/accounts.h"
#include "core/security/audittrail.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"
#include "core/sync/syncclient.h"
#include "core/voice/boardvoice.h"
#include "core/workflow/casedesk.h"
#include "core/workflow/intakeservice.h"
#include "translations/translations.h"
#include "ui/account/signindialog.h"
#include "ui/catalog/catalogbrowser.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/intake/intakepage.h"
#include "ui/mainwindow.h"
#include "ui/print/documentprinter.h"
#include "ui/queue/boardwidget.h"
#include "ui/queue/kioskwidget.h"
#include "ui/queue/ratingwidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

namespace {

struct App {
    Q_DECLARE_TR_FUNCTIONS(onewindow)
};

int fail(const QString &message)
{
    QMessageBox::critical(nullptr, App::tr("OneWindow"), message);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationName(QStringLiteral("onewindow"));
    QApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));

    // The language must be known before any option text is translated, so --lang is read first by hand.
    QLocale locale = QLocale::system();
    const QStringList rawArgs = QApplication::arguments();
    const qsizetype langAt = rawArgs.indexOf(QStringLiteral("--lang"));
    if (langAt >= 0 && langAt + 1 < rawArgs.size())
        locale = QLocale(rawArgs.at(langAt + 1));
    QLocale::setDefault(locale);
    ow::installTranslations(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(App::tr("OneWindow: one-window intake for the government service hall."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  App::tr("run the demo hall on this machine (demo catalog, demo clerk, demo cases)"));
    const QCommandLineOption dbPath(QStringLiteral("db"), App::tr("the window's database file"), QStringLiteral("PATH"));
    const QCommandLineOption hall(QStringLiteral("hall"), App::tr("the hall code printed in case numbers"),
                                  QStringLiteral("CODE"), QStringLiteral("HALL"));
    const QCommandLineOption hallName(QStringLiteral("hall-name"), App::tr("the hall's name printed on documents"),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption window(QStringLiteral("window"), App::tr("this window's number"), QStringLiteral("N"),
                                    QStringLiteral("1"));
    const QCommandLineOption user(QStringLiteral("user"), App::tr("the user name to offer at sign-in"), QStringLiteral("NAME"));
    const QCommandLineOption calendarFile(QStringLiteral("calendar"),
                                          App::tr("an extra working-day calendar file (docs/calendar-format.md)"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), App::tr("the language of the window, e.g. zh_CN or en"),
                                  QStringLiteral("LOCALE"));
    const QCommandLineOption query(QStringLiteral("query"), App::tr("start with this text in the matter search"),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption print(QStringLiteral("print"), App::tr("archive (PDF files only), preview or printer"),
                                   QStringLiteral("MODE"), QStringLiteral("preview"));
    const QCommandLineOption documents(QStringLiteral("documents"),
                                       App::tr("the folder where every printed document is archived as PDF"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption platformUrl(QStringLiteral("platform"), App::tr("the central platform's API address"),
                                         QStringLiteral("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"), App::tr("the file holding this device's platform token"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), App::tr("extra CA certificates (PEM) to trust for https"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption role(QStringLiteral("role"), App::tr("clerk (default), kiosk, board, rating or supervisor"),
                                  QStringLiteral("ROLE"), QStringLiteral("clerk"));
    const QCommandLineOption hallService(QStringLiteral("hall-service"), App::tr("the hall queue service's address"),
                                         QStringLiteral("URL"));
    const QCommandLineOption hallToken(QStringLiteral("hall-token-file"), App::tr("the file holding this device's hall token"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption hallWindow(QStringLiteral("hall-window"),
                                        App::tr("the hall window whose applicants a rating screen asks (e.g. W03)"),
                                        QStringLiteral("ID"));
    const QCommandLineOption ticketPrinter(QStringLiteral("ticket-printer"),
                                           App::tr("kiosk: print tickets as ESC/POS straight to this device, e.g. /dev/usb/lp0"),
                                           QStringLiteral("DEVICE"));
    const QCommandLineOption voice(QStringLiteral("voice"), App::tr("the board's voice announcements: zh, en, zh+en or off"),
                                   QStringLiteral("LANGUAGES"), QStringLiteral("zh+en"));
    const QCommandLineOption allowInsecure(QStringLiteral("allow-insecure"),
                                           App::tr("allow a plain http:// platform address (training only: the token and "
                                                   "the applicants' data travel unencrypted)"));
    const QCommandLineOption newDatabase(QStringLiteral("new-database"),
                                         App::tr("set up a new database even in an existing empty file (never needed "
                                                 "for a file that does not exist yet)"));
    parser.addOptions({demo,      dbPath, hall,       hallName,      window,        user,       calendarFile, lang,
                       query,     print,  documents,  platformUrl,   tokenFile,     caFile,     role,         hallService,
                       hallToken, voice,  hallWindow, ticketPrinter, allowInsecure, newDatabase});
    parser.process(app);
    const std::optional<ow::VoiceLanguages> voiceLanguages = ow::VoiceLanguages::parse(parser.value(voice));
    if (!voiceLanguages)
        return fail(App::tr("--voice takes zh, en, zh+en or off."));

    const bool isDemo = parser.isSet(demo);
    QNetworkAccessManager network;

    // The hall's other faces need no database: a kiosk or a board is a client of the hall service only.
    const QString face = parser.value(role);
    if (face == QLatin1String("kiosk") || face == QLatin1String("board") || face == QLatin1String("rating")) {
        QFile token(parser.value(hallToken));
        if (!parser.isSet(hallService) || !token.open(QIODevice::ReadOnly))
            return fail(App::tr("--role %1 needs --hall-service URL and --hall-token-file FILE.").arg(face));
        if (face == QLatin1String("rating") && !parser.isSet(hallWindow))
            return fail(App::tr("--role rating needs --hall-window ID and that window's token."));
        ow::HallClient client(ow::HallClient::Options{QUrl(parser.value(hallService)), token.readAll().trimmed()}, &network);
        std::unique_ptr<QWidget> widget;
        std::unique_ptr<ow::Announcer> boardVoice;
        if (face == QLatin1String("kiosk")) {
            auto kiosk = std::make_unique<ow::KioskWidget>(&client);
            kiosk->setTicketPrinterDevice(parser.value(ticketPrinter));
            widget = std::move(kiosk);
        } else if (face == QLatin1String("rating")) {
            widget = std::make_unique<ow::RatingWidget>(&client, parser.value(hallWindow).trimmed().toUpper());
        } else {
            widget = std::make_unique<ow::BoardWidget>(&client);
            boardVoice = ow::makeBoardVoice(&client, *voiceLanguages); // speaks every call and recall
        }
        client.start();
        widget->showFullScreen();
        return app.exec();
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = parser.isSet(dbPath) ? parser.value(dbPath)
                                              : QDir(dataDir).filePath(isDemo ? QStringLiteral("demo/onewindow-demo.db")
                                                                              : QStringLiteral("onewindow.db"));
    ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();
    for (const QString &file : parser.values(calendarFile)) {
        QString error;
        if (!calendar.loadFile(file, &error))
            return fail(App::tr("The calendar file was not loaded:\n%1").arg(error));
    }
    // The supervisor's dashboard is a hall client too; the calendar dates its time limits.
    if (face == QLatin1String("supervisor")) {
        QFile token(parser.value(hallToken));
        if (!parser.isSet(hallService) || !token.open(QIODevice::ReadOnly))
            return fail(App::tr("--role %1 needs --hall-service URL and --hall-token-file FILE.").arg(face));
        ow::HallClient client(ow::HallClient::Options{QUrl(parser.value(hallService)), token.readAll().trimmed()}, &network);
        ow::DashboardOptions dashboardOptions;
        dashboardOptions.calendar = calendar;
        ow::DashboardWidget dashboard(&client, dashboardOptions);
        QSettings settings; // the alert limits
        dashboard.useSettings(&settings);
        client.start();
        dashboard.showMaximized();
        return app.exec();
    }

    ow::Database db;
    QString error;
    if (parser.isSet(newDatabase))
        ow::Database::permitNewDatabase(path); // an existing empty file may become the new database
    if (!db.open(path, &error) || (isDemo && !ow::prepareDemoHall(db, calendar, 120, &error)))
        return fail(App::tr("The database could not be opened:\n%1").arg(error));

    ow::WindowStation station;
    station.hallCode = isDemo ? QStringLiteral("DEMO") : parser.value(hall).trimmed().toUpper();
    station.window = qBound(1, parser.value(window).toInt(), 99);
    station.databasePath = path;

    // Sign-in: in the demo the documented demo clerk signs in by itself; otherwise the clerk does.
    ow::AuditTrail audit(db);
    ow::Accounts accounts(db, audit);
    ow::Account account;
    if (isDemo && !parser.isSet(user)) {
        const ow::SignInResult r = accounts.signIn(QString::fromLatin1(ow::DemoClerk.username),
                                                   QString::fromLatin1(ow::DemoClerk.password), station.hallCode, station.window);
        if (!r.ok)
            return fail(r.reason);
        account = r.account;
    } else {
        if (accounts.all().isEmpty())
            return fail(App::tr("No accounts exist in %1 yet. An administrator creates one with:\n"
                                "onewindowctl user add NAME --role clerk --db %1")
                            .arg(path));
        ow::SignInDialog signIn(accounts, station.hallCode, station.window);
        if (parser.isSet(user))
            signIn.setUsername(parser.value(user));
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        account = signIn.account();
    }
    station.clerk = account.displayName;
    const int year = QDate::currentDate().year();
    if (!calendar.coversYear(year))
        station.calendarWarning = App::tr("No holiday data for %1: due dates count weekends only.").arg(year);

    ow::IntakeService intake(db, calendar, ow::EngineSettings{}, ow::Station{station.hallCode, station.window, account.username});
    intake.setAuditTrail(&audit);
    if (!intake.reloadCatalog(&error))
        return fail(App::tr("The catalog could not be read:\n%1").arg(error));
    ow::DocumentStation docStation;
    docStation.hallName = parser.isSet(hallName)
                              ? parser.value(hallName)
                              : (isDemo ? App::tr("Demo District Government Service Centre") : station.hallCode);
    docStation.hallCode = station.hallCode;
    docStation.window = station.window;
    docStation.clerk = account.displayName;
    ow::CaseDesk desk(db, &audit, docStation);
    // Cases the old completion rule left 待补齐材料 although nothing is owed: repaired once, here; a
    // failure is logged and the window opens all the same.
    {
        QString repairError;
        const int repaired = desk.completeSupplementsAlreadyMet(QStringLiteral("system"), &repairError);
        if (repaired > 0)
            qInfo("%d case(s) awaiting supplement with nothing owed were accepted (old completion rule repaired)", repaired);
        if (!repairError.isEmpty())
            qWarning("Repair of cases awaiting supplement: %s", qUtf8Printable(repairError));
    }
    const QString printMode = parser.value(print);
    const ow::PrintMode mode = printMode == QLatin1String("archive")   ? ow::PrintMode::ArchiveOnly
                               : printMode == QLatin1String("printer") ? ow::PrintMode::Printer
                                                                       : ow::PrintMode::Preview;
    ow::DocumentPrinter printer(
        parser.isSet(documents) ? parser.value(documents) : QDir(dataDir).filePath(QStringLiteral("documents")), mode);

    // The platform: the real one from the options, or in the demo the reference platform on loopback.
    ow::PlatformStore demoPlatformStore;
    std::unique_ptr<ow::PlatformServer> demoPlatform;
    ow::SyncSettings syncSettings;
    if (isDemo && !parser.isSet(platformUrl)) {
        const QByteArray demoToken = QByteArrayLiteral("demo-window-device-token");
        QFile catalogFile(QStringLiteral(":/catalog/demo-catalog.json"));
        if (!demoPlatformStore.open(QDir(dataDir).filePath(QStringLiteral("demo/platform.db")), &error)
            || !catalogFile.open(QIODevice::ReadOnly))
            return fail(App::tr("The demo platform could not start:\n%1").arg(error));
        demoPlatform = std::make_unique<ow::PlatformServer>(demoPlatformStore);
        demoPlatform->setTokens({QString::fromLatin1(demoToken)});
        demoPlatform->setCatalog(catalogFile.readAll());
        demoPlatform->setAdvanceEvery(30); // statuses move on by themselves, so the demo shows them arriving
        const quint16 port = demoPlatform->listen(QHostAddress::LocalHost, 0);
        syncSettings.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        syncSettings.allowInsecure = true; // loopback, in this process
        syncSettings.token = demoToken;
    } else if (parser.isSet(platformUrl)) {
        syncSettings.platformUrl = QUrl(parser.value(platformUrl));
        QFile token(parser.value(tokenFile));
        if (!parser.isSet(tokenFile) || !token.open(QIODevice::ReadOnly))
            return fail(App::tr("--platform needs --token-file with this device's token."));
        syncSettings.token = token.readAll().trimmed();
        syncSettings.caFile = parser.value(caFile);
        syncSettings.allowInsecure = parser.isSet(allowInsecure);
        if (const QString problem = syncSettings.problem(); !problem.isEmpty())
            return fail(problem);
    }
    std::unique_ptr<ow::SyncClient> sync;
    if (syncSettings.platformUrl.isValid()) {
        sync = std::make_unique<ow::SyncClient>(db, &network, syncSettings);
        sync->start();
    }

    // The hall queue: the demo runs the hall service in-process with a kiosk and a board in their own
    // windows; otherwise the window joins the hall service named by the options.
    ow::HallServer demoHall;
    std::unique_ptr<ow::HallClient> hallClient, kioskClient, boardClient;
    std::unique_ptr<ow::KioskWidget> kiosk;
    std::unique_ptr<ow::BoardWidget> board;
    std::unique_ptr<ow::HallClient> ratingClient; // the window's token: a window rates what it served
    std::unique_ptr<ow::RatingWidget> rating;
    std::unique_ptr<ow::HallClient> supervisorClient;
    std::unique_ptr<ow::DashboardWidget> dashboard;
    std::unique_ptr<ow::Announcer> boardVoice;
    const QString hallWindowId = QStringLiteral("W%1").arg(station.window, 2, 10, QLatin1Char('0'));
    if (isDemo && !parser.isSet(hallService)) {
        if (!demoHall.start({QHostAddress(QHostAddress::LocalHost), 0, QDir(dataDir).filePath(QStringLiteral("demo/hall.db")),
                             ow::HallConfig::demo()},
                            &error))
            return fail(App::tr("The demo hall service could not start:\n%1").arg(error));
        const QByteArray windowToken = QStringLiteral("demo-window-%1").arg(station.window, 2, 10, QLatin1Char('0')).toLatin1();
        hallClient = std::make_unique<ow::HallClient>(ow::HallClient::Options{demoHall.baseUrl(), windowToken}, &network);
        kioskClient = std::make_unique<ow::HallClient>(ow::HallClient::Options{demoHall.baseUrl(), "demo-kiosk-1"}, &network);
        boardClient = std::make_unique<ow::HallClient>(ow::HallClient::Options{demoHall.baseUrl(), "demo-board-1"}, &network);
        kiosk = std::make_unique<ow::KioskWidget>(kioskClient.get());
        board = std::make_unique<ow::BoardWidget>(boardClient.get());
        boardVoice = ow::makeBoardVoice(boardClient.get(), *voiceLanguages);
        kiosk->setWindowTitle(App::tr("OneWindow — ticket kiosk"));
        board->setWindowTitle(App::tr("OneWindow — hall board"));
        kioskClient->start();
        boardClient->start();
        kiosk->resize(600, 700);
        board->resize(1000, 600);
        kiosk->show();
        board->show();
        // The 好差评 screen facing the demo clerk's applicants, as a second screen would at the counter.
        ratingClient = std::make_unique<ow::HallClient>(ow::HallClient::Options{demoHall.baseUrl(), windowToken}, &network);
        rating = std::make_unique<ow::RatingWidget>(ratingClient.get(), hallWindowId);
        rating->setWindowTitle(App::tr("OneWindow — rating screen, %1").arg(hallWindowId));
        ratingClient->start();
        rating->resize(900, 500);
        rating->show();
        supervisorClient =
            std::make_unique<ow::HallClient>(ow::HallClient::Options{demoHall.baseUrl(), "demo-supervisor"}, &network);
        ow::DashboardOptions dashboardOptions;
        dashboardOptions.calendar = calendar;
        dashboardOptions.timeZone = ow::HallConfig::demo().queue.timeZone; // the hall's days, not this PC's
        dashboard = std::make_unique<ow::DashboardWidget>(supervisorClient.get(), dashboardOptions);
        dashboard->setWindowTitle(App::tr("OneWindow — supervisor dashboard"));
        supervisorClient->start();
        dashboard->resize(1280, 800);
        dashboard->show();
    } else if (parser.isSet(hallService)) {
        QFile token(parser.value(hallToken));
        if (!token.open(QIODevice::ReadOnly))
            return fail(App::tr("--hall-service needs --hall-token-file with this window's token."));
        hallClient = std::make_unique<ow::HallClient>(
            ow::HallClient::Options{QUrl(parser.value(hallService)), token.readAll().trimmed()}, &network);
    }
    if (hallClient)
        hallClient->start();
    // This window's decisions reach the hall as case summaries (the supervisor's dashboard): after each
    // decision, after each sync round (synced flags), on a timer and when the hall comes back.
    std::unique_ptr<ow::HallCaseReporter> hallReporter;
    ow::TicketLinkStore ticketLinks(db); // case-to-ticket links the hall has not confirmed yet, kept across restarts
    if (hallClient) {
        hallReporter = std::make_unique<ow::HallCaseReporter>(db, hallClient.get(),
                                                              ow::HallCaseReporter::Options{hallWindowId, station.window});
        hallReporter->start();
        if (sync)
            QObject::connect(sync.get(), &ow::SyncClient::roundFinished, hallReporter.get(), &ow::HallCaseReporter::reportNow);
    }

    ow::MainWindow mainWindow(
        station, ow::WindowServices{&intake, &desk, &printer, sync.get(), hallClient.get(), hallWindowId, &ticketLinks});
    if (hallReporter && mainWindow.intakePage())
        QObject::connect(mainWindow.intakePage(), &ow::IntakePage::caseSaved, hallReporter.get(),
                         &ow::HallCaseReporter::reportNow);
    if (sync) {
        // A new catalog version from the platform applies to the next intake; decided cases keep theirs.
        QObject::connect(sync.get(), &ow::SyncClient::catalogUpdated, &mainWindow, [&intake, &mainWindow] {
            if (intake.reloadCatalog())
                mainWindow.setCatalog(intake.catalog());
        });
    }
    mainWindow.setCatalog(intake.catalog());
    if (parser.isSet(query)) {
        mainWindow.catalogBrowser()->setQuery(parser.value(query));
        mainWindow.showPage(mainWindow.catalogBrowser());
    }
    mainWindow.show();
    if (!parser.isSet(query))
        mainWindow.showPage(mainWindow.intakePage()); // the clerk starts typing the ID number at once
    if (intake.catalog().matters.isEmpty())
        QMessageBox::information(&mainWindow, App::tr("OneWindow"),
                                 App::tr("No catalog has been imported into %1 yet.\nAn administrator imports one with:\n"
                                         "onewindowctl import-catalog FILE --db %1")
                                     .arg(path));
    return app.exec();
}
