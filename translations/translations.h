#pragma once

#include <QLocale>

class QCoreApplication;

namespace ow {

// Installs the embedded catalogue for the locale (Chinese when the system locale is Chinese, or when
// asked for); returns the language actually installed, "en" when none was needed or found.
QString installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace ow
