#pragma once
// A whole counter window on a temporary demo database, for widget tests that drive it as a clerk does.

#include "calendar/workingcalendar.h"
#include "mainwindow.h"
#include "print/documentprinter.h"
#include "security/accounts.h"
#include "security/audittrail.h"
#include "storage/database.h"
#include "test_support.h"
#include "workflow/casedesk.h"
#include "workflow/demosetup.h"
#include "workflow/intakeservice.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
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
    std::unique_ptr<ow::MainWindow> window;

    explicit CounterWindow(int seededCases = 0)
    {
        REQUIRE(dir.isValid());
        QString error;
        REQUIRE(db.open(dir.filePath(QStringLiteral("window.db")), &error));
        INFO(error.toStdString());
        REQUIRE(ow::prepareDemoHall(db, calendar, seededCases, &error));
        audit = std::make_unique<ow::AuditTrail>(db);
        intake = std::make_unique<ow::IntakeService>(db, calendar, ow::EngineSettings{},
                                                     ow::Station{QStringLiteral("XH"), 3, QStringLiteral("demo")});
        intake->setAuditTrail(audit.get());
        REQUIRE(intake->reloadCatalog());
        ow::DocumentStation station{QStringLiteral("演示区政务服务中心"), QStringLiteral("XH"), 3, QStringLiteral("演示窗口人员"),
                                    QStringLiteral("%1"), {}};
        desk = std::make_unique<ow::CaseDesk>(db, audit.get(), station);
        printer = std::make_unique<ow::DocumentPrinter>(dir.filePath(QStringLiteral("documents")), ow::PrintMode::ArchiveOnly);
        window = std::make_unique<ow::MainWindow>(
            ow::WindowStation{QStringLiteral("XH"), 3, QStringLiteral("演示窗口人员"), db.path(), {}},
            ow::WindowServices{intake.get(), desk.get(), printer.get(), nullptr, nullptr, {}});
        window->setCatalog(intake->catalog());
        window->show();
    }

    template<typename T>
    T *find(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        INFO("widget " << name);
        REQUIRE(w);
        return w;
    }
};

// Runs `act` on the next modal dialog that opens (a confirmation, an input dialog), as a person would
// answer it; call before the click that opens it.
inline void whenModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

} // namespace owtest
