#include "app/onewindow-hall/hallbackup.h"

#include "app/onewindow-hall/hallcommandline.h"
#include "core/storage/databasebackup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace ow {

int runHallBackup(const QStringList &arguments)
{
    using T = HallProgramText;
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(T::tr("Writes a consistent copy of the hall database while the service runs "
                                           "(owner-only, never over an existing file). Restore it with onewindowctl restore."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), T::tr("the hall database file"), QStringLiteral("PATH"));
    const QCommandLineOption to(QStringLiteral("to"), T::tr("the new backup file"), QStringLiteral("FILE"));
    parser.addOptions({db, to});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(db) || !parser.isSet(to)) {
        err << T::tr("onewindow-hall backup needs --db PATH and --to FILE.") << '\n';
        return 2;
    }
    DatabaseBackup::Facts facts;
    QString error;
    const QString copy = QFileInfo(parser.value(to)).absoluteFilePath();
    if (!DatabaseBackup::backup(parser.value(db), copy, {}, &facts, &error)) {
        err << "onewindow-hall: " << error << '\n';
        return 1;
    }
    if (facts.family != DatabaseBackup::Family::Hall)
        err << "onewindow-hall: "
            << T::tr("warning: %1 is not a hall database (%2).").arg(parser.value(db), DatabaseBackup::familyName(facts.family))
            << '\n';
    out << T::tr("backed up to %1: schema version %2, %3 tickets")
               .arg(QDir::toNativeSeparators(copy))
               .arg(facts.schemaVersion)
               .arg(facts.records)
        << '\n';
    return 0;
}

} // namespace ow
