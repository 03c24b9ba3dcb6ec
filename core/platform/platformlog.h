#pragma once
// The platform's logging category (onewindow.platform; warnings by default, QT_LOGGING_RULES for more) and
// the translation context of its messages: problem details a person reads on a parked item.

#include <QCoreApplication>
#include <QLoggingCategory>

namespace ow {
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)

struct PlatformText {
    Q_DECLARE_TR_FUNCTIONS(ow::Platform)
};
} // namespace ow
