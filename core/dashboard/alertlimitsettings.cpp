#include "core/dashboard/alertlimitsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// The stored whole number at key, when it is one within [0, max]; otherwise the fallback.
qint64 stored(const QSettings &settings, const QString &key, qint64 max, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key).toString().trimmed().toLongLong(&ok);
    return ok && value >= 0 && value <= max ? value : fallback;
}

} // namespace

AlertLimits loadAlertLimits(const QSettings &settings)
{
    const AlertLimits defaults;
    AlertLimits l;
    l.waitSeconds = stored(settings, u"dashboard/alertWaitSeconds"_s, AlertLimitBounds::MaxSeconds, defaults.waitSeconds);
    l.serviceSeconds =
        stored(settings, u"dashboard/alertServiceSeconds"_s, AlertLimitBounds::MaxSeconds, defaults.serviceSeconds);
    l.queueLength =
        int(stored(settings, u"dashboard/alertQueueLength"_s, AlertLimitBounds::MaxQueueLength, defaults.queueLength));
    l.syncBacklog =
        int(stored(settings, u"dashboard/alertSyncBacklog"_s, AlertLimitBounds::MaxSyncBacklog, defaults.syncBacklog));
    return l;
}

void saveAlertLimits(QSettings &settings, const AlertLimits &limits)
{
    settings.setValue(u"dashboard/alertWaitSeconds"_s, limits.waitSeconds);
    settings.setValue(u"dashboard/alertServiceSeconds"_s, limits.serviceSeconds);
    settings.setValue(u"dashboard/alertQueueLength"_s, limits.queueLength);
    settings.setValue(u"dashboard/alertSyncBacklog"_s, limits.syncBacklog);
}

} // namespace ow
