#pragma once
// The sync client's logging category (onewindow.sync; warnings by default, QT_LOGGING_RULES for more).
// Requests are logged by method and path only: never the token, never a payload (it holds ID numbers).

#include <QLoggingCategory>

namespace ow {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
} // namespace ow
