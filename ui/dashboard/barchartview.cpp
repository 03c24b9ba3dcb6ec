#include "ui/dashboard/barchartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace ow {

BarChartView::BarChartView(const QString &title, const QString &setName, QWidget *parent)
    : QChartView(parent),
      m_series(new QBarSeries),
      m_set(new QBarSet(setName)),
      m_axisX(new QBarCategoryAxis),
      m_axisY(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(false);
    // Animations would make a live dashboard repaint for a second after every event.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_series->append(m_set);
    chart->addSeries(m_series);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setRange(0, 5);
    setChart(chart); // the view owns the chart, the chart owns series and axes
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void BarChartView::setBars(const QStringList &categories, const QList<int> &values)
{
    if (categories == m_categories && values == m_values)
        return;
    if (categories != m_categories || values.size() != m_values.size()) {
        m_set->remove(0, m_set->count());
        QList<qreal> bars;
        bars.reserve(values.size());
        for (int v : values)
            bars << v;
        m_set->append(bars);
        m_axisX->setCategories(categories);
    } else {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i) != m_values.at(i))
                m_set->replace(int(i), values.at(i));
        }
    }
    m_categories = categories;
    m_values = values;
    // A round scale just above the tallest bar: at most 6 steps of 1, 2 or 5 × 10^k (0, 20, 40, … not 27, 54).
    const int top = std::max(1, values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end()));
    int step = 1;
    for (int magnitude = 1, i = 0; (top + step - 1) / step > 6; ++i) {
        step = QList<int>{1, 2, 5}.at(i % 3) * magnitude;
        if (i % 3 == 2)
            magnitude *= 10;
    }
    const int steps = std::max(1, (top + step - 1) / step);
    if (m_axisY->max() != step * steps)
        m_axisY->setRange(0, step * steps);
    m_axisY->setTickCount(steps + 1);
}

} // namespace ow
