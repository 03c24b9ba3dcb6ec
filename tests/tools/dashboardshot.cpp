#include "tests/tools/dashboardshot.h"

#include "core/catalog/catalogloader.h"
#include "core/dashboard/catalogfigures.h"
#include "tests/bench/dashboard/dashboardday.h"
#include "ui/dashboard/casespanel.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/dashboard/reformpage.h"
#include "ui/dashboard/windowspage.h"

#include <QTabWidget>
#include <QTest>

void shootDashboard(const QDir &out, const QString &lang)
{
    // The demo hall's size: 12 windows, an afternoon of tickets and cases, a few earlier cases due.
    owbench::DashboardDayBuilder builder(12, 520, 400, 11);
    const owbench::DashboardDay day = builder.build();
    ow::DashboardOptions options;
    options.timeZone = day.timeZone;
    options.limits.waitSeconds = 25 * 60; // a couple of alerts, as on a busy afternoon
    ow::DashboardWidget widget(nullptr, options);
    const QDateTime now = day.now;
    widget.setClock([now] { return now; });
    widget.reset(day.snapshot, day.tickets, day.summaries);
    // As in the demo, where the supervisor's dashboard is given the window's catalog: the catalog figures.
    widget.reformPage()->showCatalog(
        ow::catalogFigures(ow::CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json")).data.matters));
    widget.resize(1280, 800);
    widget.show();
    QTest::qWait(600);
    const QString suffix = lang == QLatin1String("en") ? QString() : u'-' + lang;
    const auto shoot = [&](const QString &name) {
        QTest::qWait(400);
        const QString path = out.filePath(name + suffix + QStringLiteral(".png"));
        widget.grab().save(path);
        qInfo("%s", qPrintable(path));
    };
    shoot(QStringLiteral("dashboard"));
    widget.tabs()->setCurrentWidget(widget.windowsPage());
    widget.windowsPage()->selectWindow(day.snapshot.windows.at(2).id);
    shoot(QStringLiteral("dashboard-windows"));
    widget.tabs()->setCurrentWidget(widget.casesPanel());
    shoot(QStringLiteral("dashboard-cases"));
    widget.tabs()->setCurrentWidget(widget.reformPage());
    shoot(QStringLiteral("dashboard-reform"));
}
