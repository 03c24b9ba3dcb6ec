#pragma once
// The supervisor dashboard's screenshots for onewindow-screenshots: a synthetic afternoon of the demo
// hall's size (tests/bench/dashboard/dashboardday.h): the Queue, Windows, Cases and Reform pages.

#include <QDir>
#include <QString>

// Writes dashboard.png, dashboard-windows.png, dashboard-cases.png, dashboard-reform.png for "en", and the
// same names with -LANG before .png otherwise.
void shootDashboard(const QDir &out, const QString &lang);
