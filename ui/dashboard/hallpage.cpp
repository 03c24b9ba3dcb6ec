#include "ui/dashboard/hallpage.h"

#include "ui/dashboard/alertsmodel.h"
#include "ui/dashboard/barchartview.h"
#include "ui/dashboard/dashboardtable.h"
#include "ui/dashboard/servicequeuemodel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

QTableView *selectableTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    setUpDashboardTable(view, name, model);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

} // namespace

HallPage::HallPage(QWidget *parent)
    : QWidget(parent),
      m_services(new ServiceQueueModel(this)),
      m_alerts(new AlertsModel(this)),
      m_serviceView(selectableTable(this, QStringLiteral("serviceQueueView"), m_services)),
      m_alertView(selectableTable(this, QStringLiteral("alertsView"), m_alerts)),
      m_hourly(new BarChartView(tr("Tickets issued per hour (today)"), tr("Tickets issued"), this)),
      m_waits(new BarChartView(tr("Wait before the call, minutes (today)"), tr("Tickets called"), this))
{
    m_hourly->setObjectName(QStringLiteral("ticketsPerHourChart"));
    m_waits->setObjectName(QStringLiteral("waitDistributionChart"));
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertsModel::WhatColumn, QHeaderView::Stretch);
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertsModel::KindColumn, QHeaderView::Interactive);
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertsModel::WhereColumn, QHeaderView::Interactive);
    m_alertView->setColumnWidth(AlertsModel::KindColumn, 90);
    m_alertView->setColumnWidth(AlertsModel::WhereColumn, 110);

    auto *queueBox = new QGroupBox(tr("Queue per service (now and today)"), this);
    (new QVBoxLayout(queueBox))->addWidget(m_serviceView);
    auto *alertBox = new QGroupBox(tr("Alerts"), this);
    auto *limits = new QPushButton(tr("Alert limits…"), alertBox);
    limits->setObjectName(QStringLiteral("alertLimitsButton"));
    connect(limits, &QPushButton::clicked, this, &HallPage::editLimitsRequested);
    auto *alertLayout = new QVBoxLayout(alertBox);
    alertLayout->addWidget(m_alertView);
    alertLayout->addWidget(limits, 0, Qt::AlignRight);

    auto *top = new QHBoxLayout;
    top->addWidget(queueBox, 1);
    top->addWidget(alertBox, 1);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_hourly);
    charts->addWidget(m_waits);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(charts, 1);
}

void HallPage::showFigures(const DashboardFigures &f, const AlertLimits &limits)
{
    m_services->setServices(f.services, limits);
    m_alerts->setAlerts(f);

    // The hall's opening hours at least (8-18), widened to any hour that had tickets.
    int first = 8, last = 17;
    for (const HourBucket &h : f.hours) {
        if (h.issued > 0) {
            first = std::min(first, h.hour);
            last = std::max(last, h.hour);
        }
    }
    QStringList hours;
    QList<int> issued;
    for (const HourBucket &h : f.hours) {
        if (h.hour >= first && h.hour <= last) {
            hours << QString::number(h.hour);
            issued << h.issued;
        }
    }
    m_hourly->setBars(hours, issued);

    QStringList buckets;
    QList<int> counts;
    for (const WaitBucket &b : f.waits) {
        buckets << (b.toSeconds < 0 ? tr("≥%1").arg(b.fromSeconds / 60)
                                    : tr("%1–%2").arg(b.fromSeconds / 60).arg(b.toSeconds / 60));
        counts << b.count;
    }
    m_waits->setBars(buckets, counts);
}

} // namespace ow
