#include "ui/dashboard/deadlinesmodel.h"

#include "core/dashboard/dashboardstate.h"
#include "ui/dashboard/dashboardformat.h"

#include <QLocale>

namespace ow {

DeadlinesModel::DeadlinesModel(QObject *parent)
    : CellTableModel(parent)
{
    setHeaders({tr("Time limit"), tr("Case"), tr("Window"), tr("Matter"), tr("Date"), tr("Working days")});
}

void DeadlinesModel::setDeadlines(const QList<CaseDeadline> &deadlines)
{
    QList<CellRow> rows;
    rows.reserve(deadlines.size());
    const QLocale locale;
    for (const CaseDeadline &d : deadlines) {
        const bool late = d.kind != CaseDeadline::Kind::DueSoon;
        // Past due but no working day since (a weekend): still overdue, not "0 overdue".
        const QString days =
            late ? (d.workingDays < 0 ? tr("%1 overdue").arg(-d.workingDays) : tr("overdue")) : tr("%1 left").arg(d.workingDays);
        rows << CellRow{QString::number(int(d.kind)) + u'/' + d.caseId,
                        {Cell{deadlineKindText(d.kind), int(d.kind), late ? DashboardFormat::alertColor() : QColor(), {}, false},
                         Cell{d.caseId, d.caseId, {}, {}, false}, Cell{d.windowId, d.windowId, {}, {}, false},
                         Cell{d.matter, d.matter, {}, {}, false},
                         Cell{locale.toString(d.date, QLocale::ShortFormat), d.date, {}, {}, true},
                         Cell{days, d.workingDays, {}, {}, true}}};
    }
    setRows(std::move(rows));
}

} // namespace ow
