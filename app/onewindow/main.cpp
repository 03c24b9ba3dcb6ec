// onewindow: the clerk's window. Wiring only: options, the database, the catalog, the main window.
#include "calendar/workingcalendar.h"
#include "catalog/catalogloader.h"
#include "catalog/catalogbrowser.h"
#include "mainwindow.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "translations.h"
#include "workflow/demoseeder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

namespace {

struct App {
    Q_DECLARE_TR_FUNCTIONS(onewindow)
};

// The demo hall: the demo catalog, imported again at every start (unchanged matters keep their
// version), and a day's worth of realistic decisions on a new database.
bool prepareDemo(ow::Database &db, const ow::WorkingCalendar &calendar, QString *error)
{
    const ow::CatalogLoadResult demo = ow::CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
    if (!demo.ok) {
        *error = demo.errors.join(u'\n');
        return false;
    }
    ow::CatalogRepository catalogs(db);
    const ow::ImportReport imported = catalogs.importCatalog(demo.data);
    if (!imported.ok) {
        *error = imported.error;
        return false;
    }
    if (imported.added == int(demo.data.matters.size())) {
        ow::SeedOptions options;
        options.cases = 120;
        options.hallCode = QStringLiteral("DEMO");
        const ow::SeedReport seeded = ow::DemoSeeder(db, calendar).run(options);
        if (!seeded.ok) {
            *error = seeded.error;
            return false;
        }
    }
    return true;
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
    ow::installTranslations(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(App::tr("OneWindow: one-window intake for the government service hall."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), App::tr("run the demo hall on this machine (demo catalog, demo clerk, demo cases)"));
    const QCommandLineOption dbPath(QStringLiteral("db"), App::tr("the window's database file"), QStringLiteral("PATH"));
    const QCommandLineOption hall(QStringLiteral("hall"), App::tr("the hall code printed in case numbers"), QStringLiteral("CODE"),
                                  QStringLiteral("HALL"));
    const QCommandLineOption window(QStringLiteral("window"), App::tr("this window's number"), QStringLiteral("N"),
                                    QStringLiteral("1"));
    const QCommandLineOption clerk(QStringLiteral("clerk"), App::tr("the clerk signed in at this window"), QStringLiteral("NAME"));
    const QCommandLineOption calendarFile(QStringLiteral("calendar"),
                                          App::tr("an extra working-day calendar file (docs/calendar-format.md)"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), App::tr("the language of the window, e.g. zh_CN or en"),
                                  QStringLiteral("LOCALE"));
    const QCommandLineOption query(QStringLiteral("query"), App::tr("start with this text in the matter search"),
                                   QStringLiteral("TEXT"));
    parser.addOptions({demo, dbPath, hall, window, clerk, calendarFile, lang, query});
    parser.process(app);

    const bool isDemo = parser.isSet(demo);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = parser.isSet(dbPath) ? parser.value(dbPath)
                                              : QDir(dataDir).filePath(isDemo ? QStringLiteral("demo/onewindow-demo.db")
                                                                              : QStringLiteral("onewindow.db"));

    ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();
    for (const QString &file : parser.values(calendarFile)) {
        QString error;
        if (!calendar.loadFile(file, &error)) {
            QMessageBox::critical(nullptr, App::tr("OneWindow"), App::tr("The calendar file was not loaded:\n%1").arg(error));
            return 1;
        }
    }

    ow::Database db;
    QString error;
    if (!db.open(path, &error) || (isDemo && !prepareDemo(db, calendar, &error))) {
        QMessageBox::critical(nullptr, App::tr("OneWindow"), App::tr("The database could not be opened:\n%1").arg(error));
        return 1;
    }

    ow::WindowStation station;
    station.hallCode = isDemo ? QStringLiteral("DEMO") : parser.value(hall);
    station.window = qBound(1, parser.value(window).toInt(), 99);
    station.clerk = parser.isSet(clerk) ? parser.value(clerk) : (isDemo ? App::tr("Demo clerk") : QString());
    station.databasePath = path;
    const int year = QDate::currentDate().year();
    if (!calendar.coversYear(year))
        station.calendarWarning = App::tr("No holiday data for %1: due dates count weekends only.").arg(year);

    ow::MainWindow mainWindow(station);
    const ow::CatalogData catalog = ow::CatalogRepository(db).loadCurrent(&error);
    if (!error.isEmpty())
        QMessageBox::warning(&mainWindow, App::tr("OneWindow"), App::tr("The catalog could not be read:\n%1").arg(error));
    mainWindow.setCatalog(catalog);
    if (parser.isSet(query))
        mainWindow.catalogBrowser()->setQuery(parser.value(query));
    mainWindow.show();
    if (catalog.matters.isEmpty() && error.isEmpty())
        QMessageBox::information(&mainWindow, App::tr("OneWindow"),
                                 App::tr("No catalog has been imported into %1 yet.\nAn administrator imports one with:\n"
                                         "onewindowctl import-catalog FILE --db %1").arg(path));
    return app.exec();
}
