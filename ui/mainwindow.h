#pragma once
// The clerk's main window. It only composes feature pages (intake, cases, catalog) and the menus.

#include "core/domain/catalogdata.h"

#include <QMainWindow>

class QTabWidget;

namespace ow {

class BookingsPage;
class CaseDesk;
class CasesPage;
class CatalogBrowser;
class DocumentPrinter;
class HandoverDesk;
class IntakePage;
class IntakeService;
class PickupPage;
class HallClient;
class SyncClient;
class TicketLinkStore;

// What the status bar tells the clerk about where this window stands.
struct WindowStation {
    QString hallCode;
    int window = 0;
    QString clerk;
    QString databasePath;
    QString calendarWarning; // e.g. no holiday data for the current year; empty when all is well
    QString privacyWarning;  // the case data is readable by other users of this PC, with the fix; or empty
};

// The services behind the pages; without them the window is a catalog browser only.
struct WindowServices {
    IntakeService *intake = nullptr;
    CaseDesk *desk = nullptr;
    DocumentPrinter *printer = nullptr;
    SyncClient *sync = nullptr;             // the platform sync; without it the window works offline only
    HallClient *hall = nullptr;             // the hall's queue; without it the clerk calls people in by hand
    QString hallWindowId;                   // this window's id in the hall service (W03)
    TicketLinkStore *ticketLinks = nullptr; // keeps unconfirmed case-to-ticket links across restarts
    HandoverDesk *handover = nullptr;       // the pick-up desk (出件); without it no pick-up page
    int longWaitDays = 5;                   // pick-ups waiting more working days than this are marked
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const WindowStation &station, WindowServices services = {}, QWidget *parent = nullptr);

    void setCatalog(const CatalogData &catalog);
    CatalogBrowser *catalogBrowser() const { return m_browser; }
    IntakePage *intakePage() const { return m_intake; }
    CasesPage *casesPage() const { return m_cases; }
    PickupPage *pickupPage() const { return m_pickup; }
    BookingsPage *bookingsPage() const { return m_bookings; } // with a hall only
    void showPage(QWidget *page);

private:
    void createMenus();

    QTabWidget *m_tabs;
    IntakePage *m_intake = nullptr;
    CasesPage *m_cases = nullptr;
    PickupPage *m_pickup = nullptr;
    BookingsPage *m_bookings = nullptr;
    CatalogBrowser *m_browser;
};

} // namespace ow
