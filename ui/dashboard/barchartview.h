#pragma once
// One bar chart of the dashboard (tickets per hour, the wait-time distribution): a Qt Charts view with one
// bar set over named categories. setBars() changes values in place when the categories stay the same, so
// a live update moves bars instead of rebuilding the chart's items (that rebuild costs milliseconds).

#include <QChartView>
#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace ow {

class BarChartView : public QChartView
{
    Q_OBJECT

public:
    BarChartView(const QString &title, const QString &setName, QWidget *parent = nullptr);

    void setBars(const QStringList &categories, const QList<int> &values);
    QStringList categories() const { return m_categories; }
    QList<int> values() const { return m_values; }

private:
    QBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QStringList m_categories;
    QList<int> m_values;
};

} // namespace ow
