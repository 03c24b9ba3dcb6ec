#include "ui/dashboard/alertsmodel.h"

#include "core/dashboard/dashboardstate.h"
#include "ui/dashboard/dashboardformat.h"

namespace ow {

AlertsModel::AlertsModel(QObject *parent)
    : CellTableModel(parent)
{
    setHeaders({tr("Alert"), tr("Where"), tr("What")});
}

QString AlertsModel::sentence(const DashboardAlert &a) const
{
    switch (a.kind) {
    case DashboardAlert::Kind::LongWait:
        return tr("%1 waited %2; waiting past %3: %4")
            .arg(a.ticketCode, DashboardFormat::duration(double(a.value)), DashboardFormat::duration(double(a.limit)))
            .arg(a.over);
    case DashboardAlert::Kind::LongService:
        return tr("%1 at the window for %2 (limit %3)")
            .arg(a.ticketCode, DashboardFormat::duration(double(a.value)), DashboardFormat::duration(double(a.limit)));
    case DashboardAlert::Kind::LongQueue: return tr("%1 waiting (limit %2)").arg(a.value).arg(a.limit);
    case DashboardAlert::Kind::SyncBacklog:
        return tr("%1 cases not yet synced with the platform (limit %2)").arg(a.value).arg(a.limit);
    }
    return {};
}

QString AlertsModel::shortSentence(const DashboardAlert &a) const
{
    switch (a.kind) {
    case DashboardAlert::Kind::LongWait: return tr("%1 waited %2").arg(a.ticketCode, DashboardFormat::duration(double(a.value)));
    case DashboardAlert::Kind::LongService: return tr("%1 for %2").arg(a.ticketCode, DashboardFormat::duration(double(a.value)));
    case DashboardAlert::Kind::LongQueue: return tr("%1 waiting").arg(a.value);
    case DashboardAlert::Kind::SyncBacklog: return tr("%1 not synced").arg(a.value);
    }
    return {};
}

void AlertsModel::setAlerts(const DashboardFigures &figures)
{
    QList<CellRow> rows;
    QStringList banner;
    for (const DashboardAlert &a : figures.alerts) {
        QString where = a.target;
        if (a.kind == DashboardAlert::Kind::LongService || a.kind == DashboardAlert::Kind::SyncBacklog) {
            if (const WindowRow *w = figures.window(a.target); w && !w->name.isEmpty())
                where = w->name;
        } else if (const ServiceRow *s = figures.service(a.target); s && !s->name.isEmpty()) {
            where = tr("%1 %2").arg(s->code, s->name);
        }
        const QString what = sentence(a);
        const QColor tint = DashboardFormat::alertColor();
        rows << CellRow{QString::number(int(a.kind)) + u'/' + a.target,
                        {Cell{alertKindText(a.kind), int(a.kind), tint, {}, false}, Cell{where, a.target, {}, {}, false},
                         Cell{what, a.value, {}, {}, false}}};
        banner << tr("%1: %2").arg(where, shortSentence(a));
    }
    setRows(std::move(rows));
    m_banner = banner.isEmpty() ? QString() : tr("Alerts (%1): %2").arg(banner.size()).arg(banner.join(QStringLiteral(" · ")));
}

} // namespace ow
