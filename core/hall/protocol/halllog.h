#pragma once
// The hall's logging category, shared by the service, its client and the window-side reporter.

#include <QLoggingCategory>

namespace ow {
Q_DECLARE_LOGGING_CATEGORY(lcHall)
}
