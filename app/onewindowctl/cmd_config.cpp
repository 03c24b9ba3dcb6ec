// config check [FILE...]: validates onewindow's configuration files (core/config/counterconfig.h) before a
// restart finds out. One line per problem, "FILE:LINE: key: message"; exit 0 when every file is fine, 1 when
// one has a problem, 2 for a wrong call. Without FILE: the system file and this user's file, those that exist.
#include "app/onewindowctl/ctlcommand.h"
#include "core/config/counterconfig.h"

#include <QCommandLineParser>
#include <QDir>

namespace ctl {

int config(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("config check: validates onewindow's configuration files. Without FILE it checks %1 and %2, those that "
                "exist. Prints one line per problem (FILE:LINE: key: message); exit 0 when all is well, 1 otherwise.")
            .arg(ow::systemCounterConfigPath(), ow::userCounterConfigPath()));
    parser.addPositionalArgument(QStringLiteral("check"), Ctl::tr("check"));
    parser.addPositionalArgument(QStringLiteral("FILE"), Ctl::tr("the files to check"), QStringLiteral("[FILE...]"));
    int code = 0;
    if (!parseArguments(parser, arguments, &code))
        return code;
    QStringList files = parser.positionalArguments();
    if (files.isEmpty() || files.takeFirst() != QLatin1String("check")) {
        err() << Ctl::tr("Usage: onewindowctl config check [FILE...]") << '\n';
        return 2;
    }
    const bool named = !files.isEmpty();
    if (!named)
        files = {ow::systemCounterConfigPath(), ow::userCounterConfigPath()};
    int problems = 0;
    int checked = 0;
    for (const QString &path : files) {
        const ow::ConfigFile file = ow::ConfigFile::read(path);
        if (!file.exists) {
            if (named) {
                err() << QDir::toNativeSeparators(path) << ": " << Ctl::tr("no such file") << '\n';
                ++problems;
            }
            continue;
        }
        ++checked;
        const QList<ow::ConfigProblem> found = ow::checkCounterConfig(file);
        for (const ow::ConfigProblem &p : found)
            err() << p.text() << '\n';
        problems += int(found.size());
        if (found.isEmpty())
            out() << Ctl::tr("%1: fine; settings: %2").arg(QDir::toNativeSeparators(path)).arg(file.entries.size()) << '\n';
    }
    if (checked == 0 && !named)
        out() << Ctl::tr("No configuration file: onewindow runs on its defaults and its command line.") << '\n';
    return problems == 0 ? 0 : 1;
}

} // namespace ctl
