#pragma once
// The platform's logging category (onewindow.platform; warnings by default, QT_LOGGING_RULES for more).

#include <QLoggingCategory>

namespace ow {
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
} // namespace ow
