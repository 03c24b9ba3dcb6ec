#pragma once
// How the dashboard writes durations, ratings and status colours, in one place so every table and the
// alert list read the same ("23 min", "1 h 05 min", "4.6 (12)").

#include "core/dashboard/dashboardfigures.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace ow {

class DashboardFormat
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFormat)

public:
    // Waits and service times: "45 s" under a minute, "23 min", "1 h 05 min".
    static QString duration(double seconds);
    // "4.6 (12)": average and number of ratings, or "—" when nobody rated.
    static QString rating(const ReformFigures &reform);
    static QString dash() { return QStringLiteral("—"); }
    // The row colour of a window's status: serving green, idle none, paused amber, offline grey-red.
    static QColor statusColor(WindowStatus status);
    // Red-tinted cell for a value past its alert limit.
    static QColor alertColor() { return QColor(0xf8, 0xd7, 0xda); }
};

} // namespace ow
