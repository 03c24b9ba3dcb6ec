#pragma once
// The dashboard's first page: the live queue per service, the alerts of the moment, and today's two
// charts (tickets per hour, the wait-time distribution).

#include "core/dashboard/dashboardfigures.h"

#include <QWidget>

class QTableView;

namespace ow {

class AlertsModel;
class BarChartView;
class ServiceQueueModel;

class HallPage : public QWidget
{
    Q_OBJECT

public:
    explicit HallPage(QWidget *parent = nullptr);
    void showFigures(const DashboardFigures &figures, const AlertLimits &limits);

    ServiceQueueModel *serviceModel() const { return m_services; }
    AlertsModel *alertsModel() const { return m_alerts; }

Q_SIGNALS:
    void editLimitsRequested();

private:
    ServiceQueueModel *m_services;
    AlertsModel *m_alerts;
    QTableView *m_serviceView; // "serviceQueueView"
    QTableView *m_alertView;   // "alertsView"
    BarChartView *m_hourly;    // "ticketsPerHourChart"
    BarChartView *m_waits;     // "waitDistributionChart"
};

} // namespace ow
