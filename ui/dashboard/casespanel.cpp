#include "ui/dashboard/casespanel.h"

#include "ui/dashboard/dashboardtable.h"
#include "ui/dashboard/deadlinesmodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

CasesPanel::CasesPanel(QWidget *parent)
    : QWidget(parent),
      m_figures(QStringLiteral("caseFigure_"), 1.0),
      m_deadlines(new DeadlinesModel(this))
{
    auto *today = new QGroupBox(tr("Decisions today"), this);
    auto *todayForm = new QFormLayout(today);
    todayForm->addRow(tr("Accepted"), figure(QStringLiteral("accepted")));
    todayForm->addRow(tr("Accepted with deficiency"), figure(QStringLiteral("acceptedDeficiency")));
    todayForm->addRow(tr("  of which supplements outstanding"), figure(QStringLiteral("supplementsOutstanding")));
    todayForm->addRow(tr("One-time notices"), figure(QStringLiteral("oneTimeNotice")));
    todayForm->addRow(tr("Not accepted"), figure(QStringLiteral("notAccepted")));
    todayForm->addRow(tr("All decisions"), figure(QStringLiteral("decisions")));

    auto *watch = new QGroupBox(tr("Time limits and sync"), this);
    auto *watchForm = new QFormLayout(watch);
    watchForm->addRow(tr("Due soon"), figure(QStringLiteral("dueSoon")));
    watchForm->addRow(tr("Overdue"), figure(QStringLiteral("overdue")));
    watchForm->addRow(tr("Supplements overdue"), figure(QStringLiteral("supplementsOverdue")));
    watchForm->addRow(tr("Not yet synced with the platform"), figure(QStringLiteral("syncBacklog")));

    auto *results = new QGroupBox(tr("Results (出件)"), this);
    auto *resultsForm = new QFormLayout(results);
    resultsForm->addRow(tr("Handed over"), figure(QStringLiteral("handedOver")));
    resultsForm->addRow(tr("  of which by post"), figure(QStringLiteral("handedOverByPost")));
    resultsForm->addRow(tr("Waiting at the hall"), figure(QStringLiteral("pickupsWaiting")));
    resultsForm->addRow(tr("  of which waiting long"), figure(QStringLiteral("pickupsWaitingLong")));

    auto *view = new QTableView(this);
    setUpDashboardTable(view, QStringLiteral("deadlinesView"), m_deadlines);

    auto *top = new QHBoxLayout;
    top->addWidget(today);
    top->addWidget(watch);
    top->addWidget(results);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Cases to watch, most urgent first:"), this));
    layout->addWidget(view, 1);
}

QLabel *CasesPanel::figure(const QString &key)
{
    return m_figures.add(key, QStringLiteral("0"), this);
}

void CasesPanel::showFigures(const DashboardFigures &f)
{
    const CaseCounts &c = f.cases;
    const auto set = [this](const char *key, int value) { m_figures.setText(QLatin1String(key), QString::number(value)); };
    set("accepted", c.accepted);
    set("acceptedDeficiency", c.acceptedDeficiency);
    set("supplementsOutstanding", c.supplementsOutstanding);
    set("oneTimeNotice", c.oneTimeNotice);
    set("notAccepted", c.notAccepted);
    set("decisions", c.decisions);
    set("dueSoon", c.dueSoon);
    set("overdue", c.overdue);
    set("supplementsOverdue", c.supplementsOverdue);
    set("syncBacklog", c.syncBacklog);
    set("handedOver", c.handedOver);
    set("handedOverByPost", c.handedOverByPost);
    set("pickupsWaiting", c.pickupsWaiting);
    set("pickupsWaitingLong", c.pickupsWaitingLong);
    m_deadlines->setDeadlines(f.deadlines);
}

} // namespace ow
