// onewindow: the clerk's window and the hall's other faces. Options, then the composition root
// (application.h), which builds the face the options ask for.
#include "app/common/quitonsignals.h"
#include "app/onewindow/application.h"
#include "app/onewindow/commandline.h"
#include "translations/translations.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationName(QStringLiteral("onewindow"));
    QApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    const QLocale locale = ow::localeFromArguments(QApplication::arguments());
    QLocale::setDefault(locale);
    ow::installTranslations(app, locale);
    const ow::CommandLine options = ow::parseCommandLine(app);
    ow::quitOnSignals(app); // SIGTERM ends the program as closing its windows does: the demo's services stop
    return ow::Application(options).run();
}
