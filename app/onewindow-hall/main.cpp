// onewindow-hall: the headless hall service (docs/hall-api.md). Options, then one call (hallprogram.h).
#include "app/onewindow-hall/hallbackup.h"
#include "app/onewindow-hall/hallcommandline.h"
#include "app/onewindow-hall/hallprogram.h"
#include "core/files/logfile.h"
#include "core/hall/server/filelimit.h"
#include "translations/translations.h"

#include <QTextStream>

int main(int argc, char **argv)
{
    // Before anything opens a file: every connection is a descriptor (core/hall/server/filelimit.h).
    ow::filelimit::raiseToHard();
    QCoreApplication app(argc, argv);
    ow::LogFile::install({}); // standard error, redacted: systemd's journal keeps the service's log
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-hall"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    ow::installTranslations(app, QLocale::system());

    if (argc > 1 && qstrcmp(argv[1], "backup") == 0)
        return ow::runHallBackup(QCoreApplication::arguments().mid(1));

    ow::HallServer::Options options;
    QString error;
    if (!ow::parseHallCommandLine(app, &options, &error)) {
        QTextStream(stderr) << "onewindow-hall: " << error << '\n';
        return 1;
    }
    return ow::HallProgram(options).run(app);
}
