#include "core/dashboard/dashboardfigures.h"

#include "core/dashboard/dashboardstate.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ow::Dashboard)
};

// Reads a HallWindow field the hall adds (comprehensive, connected) when the struct has it, else the
// window's JSON; so this compiles and works both before and after hallmodels.h gains the fields.
template <typename W>
bool comprehensiveOf(const W &w)
{
    if constexpr (requires { w.comprehensive; })
        return w.comprehensive || w.json.value(u"comprehensive"_s).toBool();
    else
        return w.json.value(u"comprehensive"_s).toBool();
}

template <typename W>
bool connectedOf(const W &w)
{
    if constexpr (requires { w.connected; }) {
        if (w.json.isEmpty())
            return w.connected; // built in code: the field is all there is
        return w.json.value(u"connected"_s).toBool(true);
    } else
        return w.json.value(u"connected"_s).toBool(true); // an older hall does not say: not offline
}

} // namespace

QString Share::percentText() const
{
    if (!denominator)
        return u"—"_s;
    return QLocale().toString(100.0 * ratio(), 'f', 1) + u'%';
}

const WindowRow *DashboardFigures::window(const QString &id) const
{
    for (const WindowRow &w : windows) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

const ServiceRow *DashboardFigures::service(const QString &code) const
{
    for (const ServiceRow &s : services) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

const WindowRow *PeriodFigures::window(const QString &id) const
{
    for (const WindowRow &w : windows) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

bool windowIsComprehensive(const HallWindow &window)
{
    return comprehensiveOf(window);
}

bool windowIsConnected(const HallWindow &window)
{
    return connectedOf(window);
}

QString windowStatusText(WindowStatus status)
{
    switch (status) {
    case WindowStatus::Serving: return Text::tr("Serving");
    case WindowStatus::Idle: return Text::tr("Idle");
    case WindowStatus::Paused: return Text::tr("Paused");
    case WindowStatus::Offline: return Text::tr("Offline");
    }
    return {};
}

QString alertKindText(DashboardAlert::Kind kind)
{
    switch (kind) {
    case DashboardAlert::Kind::LongWait: return Text::tr("Long wait");
    case DashboardAlert::Kind::LongService: return Text::tr("Long service");
    case DashboardAlert::Kind::LongQueue: return Text::tr("Long queue");
    case DashboardAlert::Kind::SyncBacklog: return Text::tr("Sync backlog");
    }
    return {};
}

QString deadlineKindText(CaseDeadline::Kind kind)
{
    switch (kind) {
    case CaseDeadline::Kind::DueSoon: return Text::tr("Due soon");
    case CaseDeadline::Kind::Overdue: return Text::tr("Overdue");
    case CaseDeadline::Kind::SupplementOverdue: return Text::tr("Supplement overdue");
    }
    return {};
}

} // namespace ow
