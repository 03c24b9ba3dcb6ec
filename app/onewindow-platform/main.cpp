// onewindow-platform: the reference central platform. Options, then one call (platformprogram.h); the
// rules are in core/platform. "onewindow-platform [serve] ..." serves; "onewindow-platform advance ..."
// moves a case.
#include "app/onewindow-platform/platformprogram.h"
#include "core/files/logfile.h"
#include "translations/translations.h"

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ow::LogFile::install({}); // standard error, redacted
    QCoreApplication::setOrganizationName(u"OneWindow"_s);
    QCoreApplication::setApplicationName(u"onewindow-platform"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    ow::installTranslations(app, QLocale::system());
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == u"advance"_s)
        return ow::advanceCase(args.mid(1));
    const QStringList serveArgs = args.size() > 1 && args.at(1) == u"serve"_s ? QStringList{args.first()} + args.mid(2) : args;
    ow::PlatformProgram::Options options;
    int code = 0;
    if (!ow::PlatformProgram::parseServe(serveArgs, &options, &code))
        return code;
    return ow::PlatformProgram(options).serve();
}
