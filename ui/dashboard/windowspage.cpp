#include "ui/dashboard/windowspage.h"

#include "core/dashboard/dashboardstate.h"
#include "ui/dashboard/callticketdialog.h"
#include "ui/dashboard/dashboardtable.h"
#include "ui/dashboard/reassigndialog.h"
#include "ui/dashboard/supervisoractions.h"
#include "ui/dashboard/windowstatusmodel.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

WindowsPage::WindowsPage(SupervisorActions *actions, const DashboardState *state, QWidget *parent)
    : QWidget(parent),
      m_actions(actions),
      m_state(state),
      m_model(new WindowStatusModel(this)),
      m_view(new QTableView(this)),
      m_pause(new QPushButton(tr("Pause"), this)),
      m_services(new QPushButton(tr("Services…"), this)),
      m_call(new QPushButton(tr("Call a ticket…"), this)),
      m_outcome(new QLabel(this))
{
    m_pause->setObjectName(QStringLiteral("pauseWindowButton"));
    m_services->setObjectName(QStringLiteral("reassignServicesButton"));
    m_call->setObjectName(QStringLiteral("callTicketButton"));
    m_outcome->setObjectName(QStringLiteral("supervisorActionLabel"));
    m_outcome->setWordWrap(true);
    setUpDashboardTable(m_view, QStringLiteral("windowsView"), m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WindowsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WindowsPage::updateButtons);
    connect(m_pause, &QPushButton::clicked, this, &WindowsPage::togglePause);
    connect(m_services, &QPushButton::clicked, this, &WindowsPage::reassignServices);
    connect(m_call, &QPushButton::clicked, this, &WindowsPage::callTicket);
    connect(m_actions, &SupervisorActions::finished, this, &WindowsPage::showOutcome);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_services);
    buttons->addWidget(m_call);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);
    updateButtons();
}

void WindowsPage::showFigures(const DashboardFigures &figures, const AlertLimits &limits)
{
    const QString selected = selectedWindow();
    m_paused.clear();
    for (const WindowRow &w : figures.windows)
        m_paused.insert(w.id, w.status == WindowStatus::Paused);
    m_model->setWindows(figures.windows, figures.at, limits, m_state->snapshot());
    // A reset (a window added or removed) loses the selection: keep the supervisor's choice.
    if (!selected.isEmpty() && selectedWindow() != selected)
        selectWindow(selected);
    updateButtons();
}

QString WindowsPage::selectedWindow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->keyAt(rows.first().row());
}

void WindowsPage::selectWindow(const QString &windowId)
{
    const int row = m_model->rowOf(windowId);
    if (row < 0)
        m_view->clearSelection();
    else
        m_view->selectRow(row);
    updateButtons();
}

void WindowsPage::updateButtons()
{
    const QString id = selectedWindow();
    const bool any = !id.isEmpty();
    m_pause->setEnabled(any);
    m_services->setEnabled(any);
    m_call->setEnabled(any);
    m_pause->setText(any && m_paused.value(id) ? tr("Resume") : tr("Pause"));
}

void WindowsPage::showOutcome(bool ok, const QString &message)
{
    m_outcome->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_outcome->setText(message);
}

void WindowsPage::togglePause()
{
    const QString id = selectedWindow();
    if (id.isEmpty())
        return;
    if (m_paused.value(id)) {
        m_actions->resume(id);
        return;
    }
    // The reason is optional and shown on the dashboard and in the event log.
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Pause %1").arg(id), tr("Reason (optional):"), QLineEdit::Normal, {}, &ok);
    if (ok)
        m_actions->pause(id, reason.left(100));
}

void WindowsPage::reassignServices()
{
    const QString id = selectedWindow();
    const HallWindow *window = m_state->snapshot().window(id);
    if (!window)
        return;
    ReassignDialog dialog(*window, m_state->snapshot().services, this);
    if (dialog.exec() == QDialog::Accepted)
        m_actions->setServices(id, dialog.services());
}

void WindowsPage::callTicket()
{
    const QString id = selectedWindow();
    const HallWindow *window = m_state->snapshot().window(id);
    if (!window)
        return;
    CallTicketDialog dialog(*window, m_state->snapshot(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.ticketCode().isEmpty())
        m_actions->callTicket(id, dialog.ticketCode());
}

} // namespace ow
