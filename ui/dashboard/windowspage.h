#pragma once
// The windows page: every window's status and figures, and the supervisor's actions on the selected one
// (pause / resume, services…, call a ticket…). The outcome of an action, or the hall's refusal, is shown
// under the table in plain words.

#include "core/dashboard/dashboardfigures.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ow {

class DashboardState;
class SupervisorActions;
class WindowStatusModel;

class WindowsPage : public QWidget
{
    Q_OBJECT

public:
    // The state gives the snapshot the dialogs need (services, the waiting tickets); neither is owned.
    WindowsPage(SupervisorActions *actions, const DashboardState *state, QWidget *parent = nullptr);
    void showFigures(const DashboardFigures &figures, const AlertLimits &limits);

    WindowStatusModel *model() const { return m_model; }
    QString selectedWindow() const;
    void selectWindow(const QString &windowId);

    // The actions on the selected window (the buttons call these; the dialogs are modal).
    void togglePause();
    void reassignServices();
    void callTicket();

private:
    void updateButtons();
    void showOutcome(bool ok, const QString &message);

    SupervisorActions *m_actions;
    const DashboardState *m_state;
    WindowStatusModel *m_model;
    QTableView *m_view;            // "windowsView"
    QPushButton *m_pause;          // "pauseWindowButton"
    QPushButton *m_services;       // "reassignServicesButton"
    QPushButton *m_call;           // "callTicketButton"
    QLabel *m_outcome;             // "supervisorActionLabel"
    QHash<QString, bool> m_paused; // by window id, from the last figures
};

} // namespace ow
