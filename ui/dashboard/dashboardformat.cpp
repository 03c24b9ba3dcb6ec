#include "ui/dashboard/dashboardformat.h"

#include <cmath>

namespace ow {

QString DashboardFormat::duration(double seconds)
{
    const qint64 s = qint64(std::llround(std::max(0.0, seconds)));
    if (s < 60)
        return tr("%1 s").arg(s);
    const qint64 minutes = s / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString DashboardFormat::rating(const ReformFigures &reform)
{
    if (!reform.satisfied.isDefined())
        return dash();
    // "4.6 (12)": the count of ratings in brackets; the header says what it is.
    return tr("%1 (%2)").arg(QLocale().toString(reform.averageRating(), 'f', 1)).arg(reform.satisfied.denominator);
}

QColor DashboardFormat::statusColor(WindowStatus status)
{
    switch (status) {
    case WindowStatus::Serving: return QColor(0xd4, 0xed, 0xda);
    case WindowStatus::Idle: return {};
    case WindowStatus::Paused: return QColor(0xff, 0xf3, 0xcd);
    case WindowStatus::Offline: return QColor(0xe2, 0xe3, 0xe5);
    }
    return {};
}

} // namespace ow
