#pragma once
// The live queue per service: waiting now, the longest wait now, and today's issued / served / average
// and longest wait. A longest wait at or past the alert limit is tinted, like the alert it raises.

#include "core/dashboard/dashboardfigures.h"
#include "ui/dashboard/celltablemodel.h"

namespace ow {

class ServiceQueueModel : public CellTableModel
{
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        WaitingColumn,
        LongestWaitColumn,
        IssuedColumn,
        ServedColumn,
        AverageWaitColumn,
        MaxWaitColumn,
        ColumnCount
    };

    explicit ServiceQueueModel(QObject *parent = nullptr);
    void setServices(const QList<ServiceRow> &services, const AlertLimits &limits);
};

} // namespace ow
