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
    QGroupBox *today = figureGroup(tr("Decisions today"), {{tr("Accepted"), "accepted"},
                                                           {tr("Accepted with deficiency"), "acceptedDeficiency"},
                                                           {tr("  of which supplements outstanding"), "supplementsOutstanding"},
                                                           {tr("One-time notices"), "oneTimeNotice"},
                                                           {tr("Not accepted"), "notAccepted"},
                                                           {tr("All decisions"), "decisions"}});
    QGroupBox *watch = figureGroup(tr("Time limits and sync"), {{tr("Due soon"), "dueSoon"},
                                                                {tr("Overdue"), "overdue"},
                                                                {tr("Supplements overdue"), "supplementsOverdue"},
                                                                {tr("Not yet synced with the platform"), "syncBacklog"}});
    QGroupBox *results = figureGroup(tr("Results (出件)"), {{tr("Handed over"), "handedOver"},
                                                            {tr("  of which by post"), "handedOverByPost"},
                                                            {tr("Waiting at the hall"), "pickupsWaiting"},
                                                            {tr("  of which waiting long"), "pickupsWaitingLong"}});

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

QGroupBox *CasesPanel::figureGroup(const QString &title, const QList<std::pair<QString, const char *>> &rows)
{
    auto *group = new QGroupBox(title, this);
    auto *form = new QFormLayout(group);
    for (const auto &[words, key] : rows)
        form->addRow(words, m_figures.add(QLatin1String(key), QStringLiteral("0"), this));
    return group;
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
