#pragma once
// The cases page: today's decisions by outcome (accepted, accepted with deficiency and how many still
// await a supplement, one-time notices, not accepted), the time-limit watch against the working-day
// calendar (due soon, overdue, supplements overdue, with the list of cases), and the sync backlog.

#include "core/dashboard/dashboardfigures.h"
#include "ui/dashboard/figurelabels.h"

#include <QList>
#include <QWidget>

#include <utility>

class QGroupBox;

namespace ow {

class DeadlinesModel;

class CasesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CasesPanel(QWidget *parent = nullptr);
    void showFigures(const DashboardFigures &figures);
    DeadlinesModel *deadlinesModel() const { return m_deadlines; }
    QString figureText(const QString &key) const { return m_figures.text(key); } // for tests: "accepted", "overdue", …

private:
    // A box of figures, a form row each: the words and the figure's key (objectName "caseFigure_<key>").
    QGroupBox *figureGroup(const QString &title, const QList<std::pair<QString, const char *>> &rows);
    FigureLabels m_figures;
    DeadlinesModel *m_deadlines;
};

} // namespace ow
