// The supervisor's dashboard: a hall client too; the calendar dates its time limits.
#include "app/onewindow/roles/roles.h"
#include "core/calendar/workingcalendar.h"
#include "core/dashboard/alertlimitsettings.h"
#include "core/hall/client/hallclient.h"
#include "ui/dashboard/dashboardwidget.h"

#include <QSettings>

namespace ow {

bool buildSupervisor(RoleContext &context, QString *error)
{
    WorkingCalendar calendar;
    if (!loadCalendar(context.options, &calendar, error))
        return false;
    HallClient *client = makeHallFaceClient(context, error);
    if (!client)
        return false;
    DashboardOptions dashboardOptions;
    dashboardOptions.calendar = calendar;
    auto *settings = context.objects.make<QSettings>(); // the alert limits
    auto *dashboard = context.objects.make<DashboardWidget>(client, dashboardOptions);
    dashboard->setAlertLimits(loadAlertLimits(*settings));
    QObject::connect(dashboard, &DashboardWidget::alertLimitsChanged, settings,
                     [settings](const AlertLimits &limits) { saveAlertLimits(*settings, limits); });
    client->start();
    dashboard->showMaximized();
    return true;
}

} // namespace ow
