#pragma once
// The alerts of the moment (a wait, a service, a queue or a sync backlog past its limit), each as one
// sentence the supervisor can act on, with the service or window it concerns.

#include "core/dashboard/dashboardfigures.h"
#include "ui/dashboard/celltablemodel.h"

namespace ow {

class AlertsModel : public CellTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, WhereColumn, WhatColumn, ColumnCount };

    explicit AlertsModel(QObject *parent = nullptr);
    void setAlerts(const DashboardFigures &figures);
    // One line for the banner above the tabs: "Alerts (2): A 综合受理: A173 waited 51 min · …"; empty without alerts.
    QString bannerText() const { return m_banner; }

private:
    QString sentence(const DashboardAlert &alert) const;      // the table's
    QString shortSentence(const DashboardAlert &alert) const; // the banner's
    QString m_banner;
};

} // namespace ow
