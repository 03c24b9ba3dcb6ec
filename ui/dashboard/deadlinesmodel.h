#pragma once
// The time-limit watch (电子监察): cases overdue, supplements overdue and cases due soon against the
// working-day calendar, most urgent first, as DashboardFigures::deadlines lists them.

#include "core/dashboard/dashboardfigures.h"
#include "ui/dashboard/celltablemodel.h"

namespace ow {

class DeadlinesModel : public CellTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, CaseColumn, WindowColumn, MatterColumn, DateColumn, DaysColumn, ColumnCount };

    explicit DeadlinesModel(QObject *parent = nullptr);
    void setDeadlines(const QList<CaseDeadline> &deadlines);
};

} // namespace ow
