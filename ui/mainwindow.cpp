#include "ui/mainwindow.h"

#include "core/hall/reporter/ticketcaselinker.h"
#include "core/sync/syncclient.h"
#include "ui/cases/casespage.h"
#include "ui/catalog/catalogbrowser.h"
#include "ui/dashboard/bookingspage.h"
#include "ui/handover/pickuppage.h"
#include "ui/intake/intakepage.h"
#include "ui/queue/callingpanel.h"
#include "ui/sync/syncstatuswidget.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace ow {

MainWindow::MainWindow(const WindowStation &station, WindowServices services, QWidget *parent)
    : QMainWindow(parent),
      m_tabs(new QTabWidget(this)),
      m_browser(new CatalogBrowser(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OneWindow — hall %1, window %2").arg(station.hallCode).arg(station.window));
    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    if (services.intake && services.desk && services.printer) {
        m_intake = new IntakePage(*services.intake, *services.desk, *services.printer, this);
        m_cases = new CasesPage(*services.desk, *services.printer, station.clerk, this);
        m_tabs->addTab(m_intake, tr("&Intake"));
        m_tabs->addTab(m_cases, tr("Ca&ses"));
        connect(m_intake, &IntakePage::caseSaved, m_cases, &CasesPage::refresh);
    }
    if (services.handover && services.printer) {
        m_pickup = new PickupPage(*services.handover, *services.printer, station.clerk, services.longWaitDays, this);
        m_tabs->addTab(m_pickup, tr("&Pick-up"));
        if (m_cases)
            connect(m_pickup, &PickupPage::handedOver, m_cases, &CasesPage::refresh);
        if (services.sync) {
            // A hand-over goes out at once; a result the platform delivers to the hall appears in the list.
            connect(m_pickup, &PickupPage::handedOver, services.sync, &SyncClient::outboxChanged);
            connect(services.sync, &SyncClient::roundFinished, m_pickup, &PickupPage::refresh);
        }
    }
    if (services.sync && m_intake) {
        // A decision goes out at once instead of at the next poll; what the platform says comes back in.
        connect(m_intake, &IntakePage::caseSaved, services.sync, &SyncClient::outboxChanged);
        connect(services.sync, &SyncClient::caseStatusChanged, m_cases, &CasesPage::refresh);
        connect(services.sync, &SyncClient::roundFinished, m_cases, &CasesPage::refresh);
    }
    if (services.hall) {
        // 预约: the window books, finds, moves and cancels through the hall, as the supervisor does.
        m_bookings = new BookingsPage(services.hall, this);
        m_tabs->addTab(m_bookings, tr("&Bookings"));
    }
    m_tabs->addTab(m_browser, tr("Ca&talog"));
    setCentralWidget(m_tabs);
    createMenus();

    auto *where = new QLabel(tr("Hall %1 · Window %2 · %3").arg(station.hallCode).arg(station.window).arg(station.clerk), this);
    where->setObjectName(QStringLiteral("stationLabel"));
    where->setToolTip(tr("Database: %1").arg(station.databasePath));
    statusBar()->addWidget(where);
    if (services.hall) {
        // The calling panel sits beside the pages: F1 calls the next ticket while the intake stays in view.
        auto *dock = new QDockWidget(tr("Queue"), this);
        dock->setObjectName(QStringLiteral("callingDock"));
        dock->setFeatures(QDockWidget::DockWidgetMovable);
        auto *panel = new CallingPanel(services.hall, services.hallWindowId, dock);
        dock->setWidget(panel);
        if (m_intake) {
            // A decision taken for the ticket at the window is linked to it and sets its default outcome.
            auto *linker = new TicketCaseLinker(services.hall, services.ticketLinks, this);
            panel->follow(linker);
            connect(m_intake, &IntakePage::caseSaved, linker,
                    [linker](const QString &, const QString &caseNumber, Decision decision) {
                        linker->recordDecision(caseNumber, decision);
                    });
        }
        dock->setMaximumWidth(340);
        addDockWidget(Qt::RightDockWidgetArea, dock);
    }
    if (services.sync) {
        auto *sync = new SyncStatusWidget(services.sync, this);
        statusBar()->addPermanentWidget(sync);
    }
    const std::pair<QString, const char *> warnings[] = {{station.calendarWarning, "calendarWarningLabel"},
                                                         {station.privacyWarning, "privacyWarningLabel"}};
    for (const auto &[text, name] : warnings) {
        if (text.isEmpty())
            continue;
        auto *warning = new QLabel(text, this);
        warning->setObjectName(QString::fromLatin1(name));
        warning->setStyleSheet(QStringLiteral("color: #b0371c;"));
        warning->setTextInteractionFlags(Qt::TextSelectableByMouse); // the chmod line can be copied
        statusBar()->addPermanentWidget(warning);
    }
    resize(services.hall ? 1440 : 1280, 800);
}

void MainWindow::setCatalog(const CatalogData &catalog)
{
    m_browser->setCatalog(catalog);
    if (m_intake)
        m_intake->setCatalog(catalog);
}

void MainWindow::showPage(QWidget *page)
{
    m_tabs->setCurrentWidget(page);
    page->setFocus();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    if (m_intake) {
        QAction *next = file->addAction(tr("&Next applicant"), m_intake, &IntakePage::startNext);
        next->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    }
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    if (m_intake) {
        QAction *intake = go->addAction(tr("&Intake"), this, [this] { showPage(m_intake); });
        intake->setShortcut(QKeySequence(Qt::Key_F7)); // F1-F6 belong to the calling panel
        QAction *cases = go->addAction(tr("&Cases"), this, [this] { showPage(m_cases); });
        cases->setShortcut(QKeySequence(Qt::Key_F8));
    }
    if (m_pickup) {
        QAction *pickup = go->addAction(tr("&Pick-up"), this, [this] { showPage(m_pickup); });
        pickup->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    }
    if (m_bookings) {
        QAction *bookings = go->addAction(tr("&Bookings"), this, [this] { showPage(m_bookings); });
        bookings->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    }
    QAction *find = go->addAction(tr("&Find a matter in the catalog"), this, [this] {
        showPage(m_browser);
        m_browser->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Find a matter (%1)").arg(find->shortcut().toString(QKeySequence::NativeText)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 tr("F7 intake · F8 cases · Ctrl+F catalog\n"
                                    "Queue: F1 call next · F2 recall · F3 no-show · F4 complete · F6 pause · F9 transfer\n"
                                    "Ctrl+I ID number · Ctrl+M matter · Ctrl+Q situations (Return: next) · Ctrl+L checklist · "
                                    "Space tick a material · C replace it by commitment\n"
                                    "Ctrl+1 accept · Ctrl+2 accept with deficiency · Ctrl+3 one-time notice · "
                                    "Ctrl+4 not accept · Ctrl+N next applicant\n"
                                    "Cases: Ctrl+P reprint · Ctrl+R return trip · F5 refresh\n"
                                    "Case view (Enter on a case): Ctrl+I show the ID number (audited) · Ctrl+P reprint · "
                                    "Esc close")
                                     + u'\n' + tr("Pick-up: Shift+F8 · Enter or Ctrl+H hand over") + u'\n'
                                     + tr("Queue list: Return on a waiting ticket calls that one") + u'\n'
                                     + tr("Bookings: Shift+F7"));
    });
    help->addAction(tr("&About OneWindow"), this, [this] {
        QMessageBox::about(this, tr("About OneWindow"),
                           tr("<b>OneWindow %1</b><p>One-window intake for the government service hall: "
                              "any matter at any window, every missing material told at once.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

} // namespace ow
