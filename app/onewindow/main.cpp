// onewindow: the clerk's window. Wiring only: options, the database, sign-in, the services, the window.
#include "calendar/workingcalendar.h"
#include "catalog/catalogbrowser.h"
#include "account/signindialog.h"
#include "intake/intakepage.h"
#include "platform/platformserver.h"
#include "platform/platformstore.h"
#include "sync/syncclient.h"
#include "mainwindow.h"
#include "print/documentprinter.h"
#include "security/accounts.h"
#include "security/audittrail.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "translations.h"
#include "workflow/casedesk.h"
#include "workflow/demosetup.h"
#include "workflow/intakeservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
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
    const QCommandLineOption demo(QStringLiteral("demo"), App::tr("run the demo hall on this machine (demo catalog, demo clerk, demo cases)"));
    const QCommandLineOption dbPath(QStringLiteral("db"), App::tr("the window's database file"), QStringLiteral("PATH"));
    const QCommandLineOption hall(QStringLiteral("hall"), App::tr("the hall code printed in case numbers"), QStringLiteral("CODE"),
                                  QStringLiteral("HALL"));
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
    const QCommandLineOption documents(QStringLiteral("documents"), App::tr("the folder where every printed document is archived as PDF"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption platformUrl(QStringLiteral("platform"), App::tr("the central platform's API address"),
                                         QStringLiteral("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"), App::tr("the file holding this device's platform token"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), App::tr("extra CA certificates (PEM) to trust for https"),
                                    QStringLiteral("FILE"));
    parser.addOptions({demo, dbPath, hall, hallName, window, user, calendarFile, lang, query, print, documents, platformUrl,
                       tokenFile, caFile});
    parser.process(app);

    const bool isDemo = parser.isSet(demo);
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

    ow::Database db;
    QString error;
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
                                "onewindowctl user add NAME --role clerk --db %1").arg(path));
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
    docStation.hallName = parser.isSet(hallName) ? parser.value(hallName)
                                                 : (isDemo ? App::tr("Demo District Government Service Centre") : station.hallCode);
    docStation.hallCode = station.hallCode;
    docStation.window = station.window;
    docStation.clerk = account.displayName;
    ow::CaseDesk desk(db, &audit, docStation);
    const QString printMode = parser.value(print);
    const ow::PrintMode mode = printMode == QLatin1String("archive") ? ow::PrintMode::ArchiveOnly
        : printMode == QLatin1String("printer")                      ? ow::PrintMode::Printer
                                                                     : ow::PrintMode::Preview;
    ow::DocumentPrinter printer(parser.isSet(documents) ? parser.value(documents) : QDir(dataDir).filePath(QStringLiteral("documents")),
                                mode);

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
        syncSettings.token = demoToken;
    } else if (parser.isSet(platformUrl)) {
        syncSettings.platformUrl = QUrl(parser.value(platformUrl));
        QFile token(parser.value(tokenFile));
        if (!parser.isSet(tokenFile) || !token.open(QIODevice::ReadOnly))
            return fail(App::tr("--platform needs --token-file with this device's token."));
        syncSettings.token = token.readAll().trimmed();
        syncSettings.caFile = parser.value(caFile);
    }
    QNetworkAccessManager network;
    std::unique_ptr<ow::SyncClient> sync;
    if (syncSettings.platformUrl.isValid()) {
        sync = std::make_unique<ow::SyncClient>(db, &network, syncSettings);
        sync->start();
    }

    ow::MainWindow mainWindow(station, ow::WindowServices{&intake, &desk, &printer, sync.get()});
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
                                         "onewindowctl import-catalog FILE --db %1").arg(path));
    return app.exec();
}
