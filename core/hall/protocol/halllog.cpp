#include "core/hall/protocol/halllog.h"

namespace ow {
Q_LOGGING_CATEGORY(lcHall, "onewindow.hall", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHallLimits, "onewindow.hall.limits", QtInfoMsg)
} // namespace ow
