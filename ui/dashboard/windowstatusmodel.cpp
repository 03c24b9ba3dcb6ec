#include "ui/dashboard/windowstatusmodel.h"

#include "core/dashboard/dashboardstate.h"
#include "ui/dashboard/dashboardformat.h"

namespace ow {

WindowStatusModel::WindowStatusModel(QObject *parent)
    : CellTableModel(parent)
{
    setHeaders({tr("Window"), tr("Services"), tr("Status"), tr("Current ticket"), tr("Served today"), tr("Avg service"),
                tr("Rating (count)"), tr("Cases today"), tr("Not yet synced")});
}

void WindowStatusModel::setWindows(const QList<WindowRow> &windows, const QDateTime &now, const AlertLimits &limits,
                                   const HallSnapshot &hall)
{
    QList<CellRow> rows;
    rows.reserve(windows.size());
    for (const WindowRow &w : windows) {
        CellRow row{w.id, {}};
        row.cells.resize(ColumnCount);
        const QColor colour = DashboardFormat::statusColor(w.status);
        row.cells[WindowColumn] = {w.name.isEmpty() ? w.id : w.name, w.id, colour,
                                   w.comprehensive ? tr("Comprehensive window") : QString(), false};
        QStringList services;
        if (const HallWindow *hw = hall.window(w.id)) {
            for (const WindowService &s : hw->services)
                services << (s.weight == 1 ? s.service : tr("%1×%2").arg(s.service).arg(s.weight));
        }
        row.cells[ServicesColumn] = {services.join(QStringLiteral(", ")), services.join(u','), {}, {}, false};
        QString status = windowStatusText(w.status);
        if (w.status == WindowStatus::Paused && !w.pauseReason.isEmpty())
            status = tr("%1: %2").arg(status, w.pauseReason);
        row.cells[StatusColumn] = {status, int(w.status), colour, {}, false};
        Cell &ticket = row.cells[TicketColumn];
        ticket.value = w.currentTicketCode;
        if (!w.currentTicketCode.isEmpty()) {
            const qint64 seconds = w.currentSince.isValid() ? w.currentSince.secsTo(now) : 0;
            ticket.text = tr("%1 (%2)").arg(w.currentTicketCode, DashboardFormat::duration(double(seconds)));
            if (limits.serviceSeconds > 0 && seconds >= limits.serviceSeconds)
                ticket.background = DashboardFormat::alertColor();
        }
        row.cells[ServedColumn] = {QString::number(w.queue.served), w.queue.served, {}, {}, true};
        row.cells[ServiceTimeColumn] = {w.queue.serviceCount ? DashboardFormat::duration(w.queue.avgServiceSeconds())
                                                             : DashboardFormat::dash(),
                                        w.queue.avgServiceSeconds(),
                                        {},
                                        {},
                                        true};
        row.cells[RatingColumn] = {DashboardFormat::rating(w.reform), w.reform.averageRating(), {}, {}, true};
        row.cells[CasesColumn] = {QString::number(w.cases.decisions), w.cases.decisions, {}, {}, true};
        Cell &backlog = row.cells[BacklogColumn];
        backlog = {QString::number(w.cases.syncBacklog), w.cases.syncBacklog, {}, {}, true};
        if (limits.syncBacklog > 0 && w.cases.syncBacklog >= limits.syncBacklog)
            backlog.background = DashboardFormat::alertColor();
        rows << row;
    }
    setRows(std::move(rows));
}

} // namespace ow
