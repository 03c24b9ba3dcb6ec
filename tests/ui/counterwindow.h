#pragma once
// A whole counter window on a temporary demo database, for widget tests that drive it as a clerk does.

#include "core/calendar/workingcalendar.h"
#include "core/demo/demosetup.h"
#include "core/hall/reporter/ticketlinkstore.h"
#include "core/security/accounts.h"
#include "core/security/audittrail.h"
#include "core/storage/database.h"
#include "core/workflow/casedesk.h"
#include "core/workflow/intakeservice.h"
#include "tests/support/test_support.h"
#include "tests/support/whenmodal.h"
#include "ui/mainwindow.h"
#include "ui/print/documentprinter.h"

#include <QDirIterator>
#include <QTemporaryDir>

#include <memory>

namespace owtest {

struct CounterWindow {
    QTemporaryDir dir;
    ow::Database db;
    ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();
    std::unique_ptr<ow::AuditTrail> audit;
    std::unique_ptr<ow::IntakeService> intake;
    std::unique_ptr<ow::CaseDesk> desk;
    std::unique_ptr<ow::DocumentPrinter> printer;
    std::unique_ptr<ow::TicketLinkStore> ticketLinks;
    std::unique_ptr<ow::MainWindow> window;
    ow::HallClient *hall = nullptr; // joined to the hall's queue when given, as window hallWindowId
    QString hallWindowId;

    explicit CounterWindow(int seededCases = 0, ow::HallClient *hallClient = nullptr, const QString &hallWindow = {})
        : hall(hallClient),
          hallWindowId(hallWindow)
    {
        REQUIRE(dir.isValid());
        QString error;
        REQUIRE(db.open(dir.filePath(QStringLiteral("window.db")), &error));
        INFO(error.toStdString());
        REQUIRE(ow::prepareDemoHall(db, calendar, seededCases, &error, owtest::FastHashIterations));
        audit = std::make_unique<ow::AuditTrail>(db);
        intake = std::make_unique<ow::IntakeService>(db, calendar, ow::EngineSettings{},
                                                     ow::Station{QStringLiteral("XH"), 3, QStringLiteral("demo")});
        intake->setAuditTrail(audit.get());
        REQUIRE(intake->reloadCatalog());
        ow::DocumentStation station{
            QStringLiteral("演示区政务服务中心"), QStringLiteral("XH"), 3, QStringLiteral("演示窗口人员"), {}, {}};
        desk = std::make_unique<ow::CaseDesk>(db, audit.get(), station);
        printer = std::make_unique<ow::DocumentPrinter>(dir.filePath(QStringLiteral("documents")), ow::PrintMode::ArchiveOnly);
        printer->recordIssuesWith(desk.get());
        openWindow();
    }

    // The window program's windows and in-memory state, made anew over the same database: also a restart.
    void openWindow()
    {
        window.reset();
        ticketLinks = std::make_unique<ow::TicketLinkStore>(db);
        window = std::make_unique<ow::MainWindow>(
            ow::WindowStation{QStringLiteral("XH"), 3, QStringLiteral("演示窗口人员"), db.path(), {}, {}},
            ow::WindowServices{intake.get(), desk.get(), printer.get(), nullptr, hall, hallWindowId, ticketLinks.get()});
        window->setCatalog(intake->catalog());
        window->show();
    }

    // Every PDF archived so far (originals and reprints) whose name matches pattern, sorted.
    QStringList archivedPdfs(const QString &pattern = QStringLiteral("*.pdf")) const
    {
        QStringList files;
        QDirIterator it(dir.filePath(QStringLiteral("documents")), {pattern}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        return files;
    }

    template <typename T>
    T *find(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        INFO("widget " << name);
        REQUIRE(w);
        return w;
    }
};

} // namespace owtest
