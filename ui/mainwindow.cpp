#include "mainwindow.h"

#include "catalog/catalogbrowser.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace ow {

MainWindow::MainWindow(const WindowStation &station, QWidget *parent)
    : QMainWindow(parent)
    , m_browser(new CatalogBrowser(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OneWindow — hall %1, window %2").arg(station.hallCode).arg(station.window));
    setCentralWidget(m_browser);
    createMenus();

    auto *where = new QLabel(tr("Hall %1 · Window %2 · %3").arg(station.hallCode).arg(station.window).arg(station.clerk),
                             this);
    where->setObjectName(QStringLiteral("stationLabel"));
    where->setToolTip(tr("Database: %1").arg(station.databasePath));
    statusBar()->addWidget(where);
    if (!station.calendarWarning.isEmpty()) {
        auto *warning = new QLabel(station.calendarWarning, this);
        warning->setObjectName(QStringLiteral("calendarWarningLabel"));
        warning->setStyleSheet(QStringLiteral("color: #b0371c;"));
        statusBar()->addPermanentWidget(warning);
    }
    resize(1280, 800);
}

void MainWindow::setCatalog(const CatalogData &catalog)
{
    m_browser->setCatalog(catalog);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *catalog = menuBar()->addMenu(tr("&Catalog"));
    QAction *find = catalog->addAction(tr("&Find a matter"), m_browser, &CatalogBrowser::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Find a matter (%1)").arg(find->shortcut().toString(QKeySequence::NativeText)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OneWindow"), this, [this] {
        QMessageBox::about(this, tr("About OneWindow"),
                           tr("<b>OneWindow %1</b><p>One-window intake for the government service hall: "
                              "any matter at any window, every missing material told at once.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

} // namespace ow
