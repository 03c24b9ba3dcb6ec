#pragma once
// The hall's logging categories, shared by the service, its client and the window-side reporter.

#include <QLoggingCategory>

namespace ow {
Q_DECLARE_LOGGING_CATEGORY(lcHall)
Q_DECLARE_LOGGING_CATEGORY(lcHallLimits) // the service's connection limits: refusals, evictions
} // namespace ow
