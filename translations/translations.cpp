#include "translations/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ow {

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings (dialog buttons, print dialogs) come from Qt's own catalogues when installed.
    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    else
        delete qtBase;

    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("onewindow"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return ours->language();
    }
    delete ours;
    return QStringLiteral("en");
}

} // namespace ow
