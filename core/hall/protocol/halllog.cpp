#include "core/hall/protocol/halllog.h"

namespace ow {
Q_LOGGING_CATEGORY(lcHall, "onewindow.hall", QtWarningMsg)
}
