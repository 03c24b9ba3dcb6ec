#include "ui/dashboard/servicequeuemodel.h"

#include "ui/dashboard/dashboardformat.h"

namespace ow {

ServiceQueueModel::ServiceQueueModel(QObject *parent)
    : CellTableModel(parent)
{
    // Short headers: the group box says "today"; the columns must fit a 1280-pixel screen.
    setHeaders({tr("Service"), tr("Waiting"), tr("Longest now"), tr("Issued"), tr("Served"), tr("Avg wait"), tr("Max wait")});
}

void ServiceQueueModel::setServices(const QList<ServiceRow> &services, const AlertLimits &limits)
{
    QList<CellRow> rows;
    rows.reserve(services.size());
    for (const ServiceRow &s : services) {
        CellRow row{s.code, {}};
        row.cells.resize(ColumnCount);
        row.cells[ServiceColumn] = {tr("%1 %2").arg(s.code, s.name), s.code, {}, {}, false};
        row.cells[WaitingColumn] = {QString::number(s.waiting), s.waiting, {}, {}, true};
        Cell &longest = row.cells[LongestWaitColumn];
        longest.number = true;
        longest.value = s.longestWaitMs / 1000;
        longest.text = s.waiting ? DashboardFormat::duration(double(s.longestWaitMs) / 1000.0) : DashboardFormat::dash();
        if (s.waiting)
            longest.toolTip = tr("%1 has waited longest").arg(s.longestWaitTicket);
        if (s.waiting && limits.waitSeconds > 0 && s.longestWaitMs >= limits.waitSeconds * 1000)
            longest.background = DashboardFormat::alertColor();
        if (limits.queueLength > 0 && s.waiting >= limits.queueLength)
            row.cells[WaitingColumn].background = DashboardFormat::alertColor();
        row.cells[IssuedColumn] = {QString::number(s.today.issued), s.today.issued, {}, {}, true};
        row.cells[ServedColumn] = {QString::number(s.today.served), s.today.served, {}, {}, true};
        row.cells[AverageWaitColumn] = {s.today.called ? DashboardFormat::duration(s.today.avgWaitSeconds())
                                                       : DashboardFormat::dash(),
                                        s.today.avgWaitSeconds(),
                                        {},
                                        {},
                                        true};
        row.cells[MaxWaitColumn] = {s.today.called ? DashboardFormat::duration(s.today.maxWaitSeconds())
                                                   : DashboardFormat::dash(),
                                    s.today.maxWaitSeconds(),
                                    {},
                                    {},
                                    true};
        rows << row;
    }
    setRows(std::move(rows));
}

} // namespace ow
