#include "app/onewindowctl/ctlcommand.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace ctl {

QString windowDataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("OneWindow/onewindow"));
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n';
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program in the usage line; a sub-command's usage names the command as well.
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), QStringLiteral("onewindowctl ") + arguments.constFirst());
        out() << help;
        *exitCode = 0;
        return false;
    }
    return true;
}

bool parseRequiring(QCommandLineParser &parser, const QStringList &arguments, const QStringList &required,
                    const QString &whenMissing, int *exitCode)
{
    if (!parseArguments(parser, arguments, exitCode))
        return false;
    for (const QString &name : required) {
        if (!parser.isSet(name)) {
            err() << whenMissing << '\n';
            *exitCode = 2;
            return false;
        }
    }
    return true;
}

void addNewDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("new-database"),
                      Ctl::tr("set up a new database even in an existing empty file (never needed for a file that "
                              "does not exist yet)")});
}

void permitNewDatabaseIfAsked(const QCommandLineParser &parser, const QString &path)
{
    if (parser.isSet(QStringLiteral("new-database")))
        ow::Database::permitNewDatabase(path);
}

} // namespace ctl
