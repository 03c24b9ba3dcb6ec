// The clerk's counter window: the database, sign-in, the services behind the pages, then the window.
#include "app/onewindow/roles/clerkrole.h"

#include "app/onewindow/apptext.h"
#include "core/files/privatefiles.h"
#include "core/hall/reporter/hallcasereporter.h"
#include "core/hall/reporter/hallratingfollower.h"
#include "core/hall/reporter/ticketlinkstore.h"
#include "core/security/accounts.h"
#include "core/security/audittrail.h"
#include "core/storage/database.h"
#include "core/sync/syncclient.h"
#include "core/workflow/casedesk.h"
#include "core/workflow/handoverdesk.h"
#include "core/workflow/intakeservice.h"
#include "core/workflow/retentionjob.h"
#include "ui/account/signindialog.h"
#include "ui/catalog/catalogbrowser.h"
#include "ui/intake/intakepage.h"
#include "ui/mainwindow.h"
#include "ui/print/documentprinter.h"
#include "ui/storeupgradenotice.h"

#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace ow {

namespace {

// The documented demo clerk signs in by itself; otherwise the clerk does. false without an error: cancelled.
bool signIn(const CommandLine &options, const ClerkSetup &setup, Accounts &accounts, Account *account, QString *error)
{
    if (setup.signInAs) {
        const SignInResult r = accounts.signIn(setup.signInAs->first, setup.signInAs->second, setup.hallCode, options.window);
        *error = r.reason;
        *account = r.account;
        return r.ok;
    }
    if (accounts.all().isEmpty()) {
        *error = AppText::tr("No accounts exist in %1 yet. An administrator creates one with:\n"
                             "onewindowctl user add NAME --role clerk --db %1")
                     .arg(setup.databasePath);
        return false;
    }
    SignInDialog dialog(accounts, setup.hallCode, options.window);
    if (options.user)
        dialog.setUsername(*options.user);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *account = dialog.account();
    return true;
}

// Cases the old completion rule left 待补齐材料 although nothing is owed: repaired once, here; a failure
// is logged and the window opens all the same.
void repairSupplements(CaseDesk &desk)
{
    QString repairError;
    const int repaired = desk.completeSupplementsAlreadyMet(QStringLiteral("system"), &repairError);
    if (repaired > 0)
        qInfo("%d case(s) awaiting supplement with nothing owed were accepted (old completion rule repaired)", repaired);
    if (!repairError.isEmpty())
        qWarning("Repair of cases awaiting supplement: %s", qUtf8Printable(repairError));
}

// The documents folder is made owner-only before the first PDF; what an older version or a copy left
// readable to all is told in the window (and logged), not refused: the counter must still open.
QString privacyWarning(const Database &db, const QString &documents)
{
    PrivateFiles::makeFolder(documents);
    const QString docs =
        PrivateFiles::warning(AppText::tr("the archived documents in %1").arg(QDir::toNativeSeparators(documents)),
                              PrivateFiles::widerThanOwner({documents}, true), documents);
    if (!docs.isEmpty())
        qCWarning(lcFiles).noquote() << docs;
    return QStringList{db.privacyWarning(), docs}.join(u'\n').trimmed();
}

PrintMode printMode(const QString &mode)
{
    return mode == QLatin1String("archive")   ? PrintMode::ArchiveOnly
           : mode == QLatin1String("printer") ? PrintMode::Printer
                                              : PrintMode::Preview;
}

// Retention runs by itself (docs/adr/0023-retention.md): once at start when the last run is a day old, then
// whenever a day has passed, checked hourly; in small batches on the event loop, so the clerk never waits.
void scheduleRetention(RoleObjects &objects, Database &db, AuditTrail *audit, const CommandLine &settings,
                       RetentionJob::Options options)
{
    options.policy = RetentionJob::policyFrom(QSettings());
    options.policy.payloadDays = settings.retentionPayloadDays.value_or(options.policy.payloadDays);
    options.policy.personalDataDays = settings.retentionPersonalDays.value_or(options.policy.personalDataDays);
    options.policy.documentDays = settings.retentionDocumentDays.value_or(options.policy.documentDays);
    auto *job = objects.make<RetentionJob>(db, audit, std::move(options));
    auto *timer = objects.make<QTimer>();
    timer->setInterval(std::chrono::hours(1));
    QObject::connect(timer, &QTimer::timeout, job, [job] { job->startIfDue(); });
    timer->start();
    QTimer::singleShot(0, job, [job] { job->startIfDue(); }); // after the window is up
}

} // namespace

bool buildClerkWindow(RoleContext &context, const ClerkSetup &setup, QString *error)
{
    const CommandLine &options = context.options;
    RoleObjects &objects = context.objects;
    auto *db = objects.make<Database>();
    if (options.newDatabase)
        Database::permitNewDatabase(setup.databasePath); // an existing empty file may become the new database
    QString detail;
    // Upgrading a store of years can take a minute: the clerk sees why the sign-in is not up yet.
    std::unique_ptr<StoreUpgradeNotice> upgrading;
    db->setBeforeUpgrade([&upgrading](int from, int to) {
        upgrading = std::make_unique<StoreUpgradeNotice>();
        upgrading->showUpgrade(from, to);
    });
    const bool opened = db->open(setup.databasePath, &detail);
    db->setBeforeUpgrade({});
    upgrading.reset();
    if (!opened || (setup.prepareDatabase && !setup.prepareDatabase(*db, setup.calendar, &detail))) {
        *error = AppText::tr("The database could not be opened:\n%1").arg(detail);
        return false;
    }

    WindowStation station;
    station.hallCode = setup.hallCode;
    station.window = options.window;
    station.databasePath = setup.databasePath;
    auto *audit = objects.make<AuditTrail>(*db);
    auto *accounts = objects.make<Accounts>(*db, *audit);
    Account account;
    if (!signIn(options, setup, *accounts, &account, error))
        return false;
    station.clerk = account.displayName;
    const int year = QDate::currentDate().year();
    if (!setup.calendar.coversYear(year))
        station.calendarWarning = AppText::tr("No holiday data for %1: due dates count weekends only.").arg(year);

    auto *intake = objects.make<IntakeService>(*db, setup.calendar, EngineSettings{},
                                               Station{station.hallCode, station.window, account.username});
    intake->setAuditTrail(audit);
    if (!intake->reloadCatalog(&detail)) {
        *error = AppText::tr("The catalog could not be read:\n%1").arg(detail);
        return false;
    }
    DocumentStation docStation;
    docStation.hallName = setup.hallName;
    docStation.hallCode = station.hallCode;
    docStation.window = station.window;
    docStation.clerk = account.displayName;
    docStation.queryLinkTemplate = setup.queryLinkTemplate;
    auto *desk = objects.make<CaseDesk>(*db, audit, docStation);
    desk->setCalendar(&setup.calendar);
    repairSupplements(*desk);
    const QString documents = options.documentsDir.value_or(QDir(dataDirectory()).filePath(QStringLiteral("documents")));
    station.privacyWarning = privacyWarning(*db, documents);
    auto *printer = objects.make<DocumentPrinter>(documents, printMode(options.printMode));
    printer->recordIssuesWith(desk);
    scheduleRetention(objects, *db, audit, options, {{}, documents, account.username, station.hallCode, station.window});

    SyncClient *sync = nullptr;
    if (setup.sync.platformUrl.isValid()) {
        sync = objects.make<SyncClient>(*db, context.network, setup.sync);
        sync->start();
    }
    // This window's decisions reach the hall as case summaries (the supervisor's dashboard): after each
    // decision, after each sync round (synced flags), on a timer and when the hall comes back.
    const QString hallWindowId = QStringLiteral("W%1").arg(station.window, 2, 10, QLatin1Char('0'));
    HallClient *hall = setup.hall ? objects.make<HallClient>(*setup.hall, context.network) : nullptr;
    HallCaseReporter *reporter = nullptr;
    if (hall) {
        hall->start();
        reporter = objects.make<HallCaseReporter>(*db, hall, HallCaseReporter::Options{hallWindowId, station.window});
        reporter->start();
        if (sync)
            QObject::connect(sync, &SyncClient::roundFinished, reporter, &HallCaseReporter::reportNow);
        // The ratings given at the hall (rating screen, kiosk) for this window's cases go out with the sync.
        auto *ratings = objects.make<HallRatingFollower>(*db, hall);
        if (sync) {
            QObject::connect(ratings, &HallRatingFollower::roundFinished, sync, [sync](bool, int added) {
                if (added > 0)
                    sync->syncNow();
            });
        }
        ratings->start();
    }
    auto *ticketLinks = objects.make<TicketLinkStore>(*db); // case-to-ticket links the hall has not confirmed yet
    if (setup.beforeWindow)
        setup.beforeWindow();

    // 出件: waiting counted in working days (a copy of the calendar: the desk outlives the setup).
    auto *handover = objects.make<HandoverDesk>(*db, audit, *desk, objects.make<WorkingCalendar>(setup.calendar));
    const int longWaitDays = std::clamp(QSettings().value(QStringLiteral("handover/longWaitWorkingDays"), 5).toInt(), 0, 60);
    auto *window = objects.make<MainWindow>(
        station, WindowServices{intake, desk, printer, sync, hall, hallWindowId, ticketLinks, handover, longWaitDays});
    if (reporter && window->intakePage())
        QObject::connect(window->intakePage(), &IntakePage::caseSaved, reporter, &HallCaseReporter::reportNow);
    if (sync) {
        // A new catalog version from the platform applies to the next intake; decided cases keep theirs.
        QObject::connect(sync, &SyncClient::catalogUpdated, window, [intake, window] {
            if (intake->reloadCatalog())
                window->setCatalog(intake->catalog());
        });
    }
    window->setCatalog(intake->catalog());
    if (options.query) {
        window->catalogBrowser()->setQuery(*options.query);
        window->showPage(window->catalogBrowser());
    }
    window->show();
    if (!options.query)
        window->showPage(window->intakePage()); // the clerk starts typing the ID number at once
    if (intake->catalog().matters.isEmpty())
        QMessageBox::information(window, AppText::tr("OneWindow"),
                                 AppText::tr("No catalog has been imported into %1 yet.\nAn administrator imports one with:\n"
                                             "onewindowctl import-catalog FILE --db %1")
                                     .arg(setup.databasePath));
    return true;
}

} // namespace ow
