#pragma once
// The supervisor's dashboard (--role supervisor; a window of its own in --demo): the live queue per
// service, the windows, alerts, the day's cases and time limits, the reform figures for today or a
// period, two charts, the period report as PDF or CSV, and the supervisor's actions on a window.
//
// Data: a DashboardState (core/dashboard) reset from the hall's snapshot, the day's tickets and the last
// weeks' case summaries, then kept current by the HallClient's events. Drawing: an event only marks the
// figures stale; a single-shot timer recomputes them at most every minRefreshMs (a burst of 100 events
// is one repaint, an isolated event is shown at once), and the models signal only the rows that changed.

#include "core/dashboard/dashboardstate.h"
#include "core/hall/client/hallclient.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QTabWidget;
class QTimer;

namespace ow {

class AuditPage;
class BadRatingsPage;
class BookingsPage;
class AuditQuery;
class CasesPanel;
class HallPage;
class ReformPage;
class SupervisorActions;
class WindowsPage;

class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    // client: a supervisor's HallClient (not owned), or null to feed the widget by reset()/applyEvent().
    explicit DashboardWidget(HallClient *client, const DashboardOptions &options = {}, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // Alert limits; every change (the supervisor's, or setAlertLimits) is announced by alertLimitsChanged.
    AlertLimits alertLimits() const { return m_state.options().limits; }
    void setAlertLimits(const AlertLimits &limits);
    void editAlertLimits(); // the dialog

    // Feeding by hand (benchmark, screenshots): what the client's data and events do otherwise.
    void reset(const HallSnapshot &snapshot, const QList<HallTicket> &tickets, const QList<CaseSummary> &summaries);
    void applyEvent(const HallEvent &event);
    // Recomputes the figures and updates every page now (the coalescing timer calls this).
    void refreshNow();
    // The "now" of the figures; the wall clock unless a test or the benchmark fixes it.
    void setClock(std::function<QDateTime()> clock);
    static constexpr int minRefreshMs = 100;
    static constexpr int summaryDays = 42; // how far back the time-limit watch reads accepted cases

    // The period report of the period chosen on the reform page, written when the period's data came
    // from the hall (reportWritten). An empty path asks with a file dialog.
    void exportPdf(const QString &path = {});
    void exportCsv(const QString &path = {});

    bool isLoaded() const { return m_loaded; }
    const DashboardState &state() const { return m_state; }
    const DashboardFigures &figures() const { return m_figures; }
    HallPage *hallPage() const { return m_hallPage; }
    WindowsPage *windowsPage() const { return m_windowsPage; }
    CasesPanel *casesPanel() const { return m_casesPanel; }
    ReformPage *reformPage() const { return m_reformPage; }
    QTabWidget *tabs() const { return m_tabs; }
    // Adds the audit page over this PC's audit trail (query not owned); without it there is none.
    void showAuditTrail(AuditQuery *query);
    AuditPage *auditPage() const { return m_auditPage; }
    BadRatingsPage *badRatingsPage() const { return m_badRatings; } // null without a client
    BookingsPage *bookingsPage() const { return m_bookings; }       // null without a client

Q_SIGNALS:
    void refreshed();                                   // figures recomputed and shown
    void loaded();                                      // the day's tickets and summaries arrived
    void periodShown(const ow::PeriodFigures &figures); // a chosen period's figures arrived
    void reportWritten(const QString &path, bool ok, const QString &message);
    void alertLimitsChanged(const ow::AlertLimits &limits);

private:
    void scheduleRefresh();
    void reload();
    void onEvent(const HallEvent &event);
    void showState();
    void choosePeriod(const QDate &from, const QDate &to);
    void loadPeriod(const QDate &from, const QDate &to, std::function<void(const PeriodFigures &)> then);
    void writeReport(bool pdf, QString path);
    QDate today() const;

    QPointer<HallClient> m_client;
    DashboardState m_state;
    DashboardFigures m_figures;
    std::function<QDateTime()> m_clock;
    SupervisorActions *m_actions;
    QLabel *m_title;      // "dashboardTitleLabel"
    QLabel *m_connection; // "dashboardStateLabel"
    QLabel *m_banner;     // "alertBanner"
    QLabel *m_updated;    // "dashboardUpdatedLabel"
    QTabWidget *m_tabs;
    HallPage *m_hallPage;
    WindowsPage *m_windowsPage;
    CasesPanel *m_casesPanel;
    ReformPage *m_reformPage;
    AuditPage *m_auditPage = nullptr;
    BadRatingsPage *m_badRatings = nullptr;
    BookingsPage *m_bookings = nullptr;
    QTimer *m_refreshTimer; // coalesces events into one refresh
    QTimer *m_tick;         // waits grow without events
    QElapsedTimer m_sinceRefresh;
    bool m_loaded = false;
    int m_loading = 0;          // a load generation: answers of an older load are dropped
    QList<HallEvent> m_pending; // events that arrived while the day's data was on its way
    int m_periodLoad = 0;
};

} // namespace ow
