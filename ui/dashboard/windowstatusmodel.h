#pragma once
// The windows: status (serving / idle / paused / offline, coloured), the ticket at the window and for how
// long, served today, average service time, rating, today's cases and the sync backlog. The supervisor
// selects a row here to pause, reassign or call.

#include "core/dashboard/dashboardfigures.h"
#include "core/hall/protocol/hallmodels.h"
#include "ui/dashboard/celltablemodel.h"

namespace ow {

class WindowStatusModel : public CellTableModel
{
    Q_OBJECT

public:
    enum Column {
        WindowColumn,
        ServicesColumn,
        StatusColumn,
        TicketColumn,
        ServedColumn,
        ServiceTimeColumn,
        RatingColumn,
        CasesColumn,
        BacklogColumn,
        ColumnCount
    };

    explicit WindowStatusModel(QObject *parent = nullptr);
    // hall: the services each window serves ("A×2, E"), which the supervisor reassigns.
    void setWindows(const QList<WindowRow> &windows, const QDateTime &now, const AlertLimits &limits, const HallSnapshot &hall);
};

} // namespace ow
