#pragma once
// Where the supervisor's alert limits live between runs: QSettings, group "dashboard". The dashboard widget
// only shows and edits limits; the supervisor role loads them here at start and stores every change.
// A settings file is text a person may have edited: a value that is not a number or is past the dialog's
// range reads as the default, never as a limit nobody chose.

#include "core/dashboard/dashboardfigures.h"

class QSettings;

namespace ow {

// The largest limit the supervisor can set (the dialog's ranges): a day for a time, tickets, cases.
struct AlertLimitBounds {
    static constexpr qint64 MaxSeconds = 24 * 60 * 60;
    static constexpr int MaxQueueLength = 9999;
    static constexpr int MaxSyncBacklog = 99999;
};

AlertLimits loadAlertLimits(const QSettings &settings);
void saveAlertLimits(QSettings &settings, const AlertLimits &limits);

} // namespace ow
