#pragma once
// The translation context of onewindow's own messages ("onewindow"), shared by main and every role.

#include <QCoreApplication>

namespace ow {

struct AppText {
    Q_DECLARE_TR_FUNCTIONS(onewindow)
};

} // namespace ow
