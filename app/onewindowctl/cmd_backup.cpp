// backup and restore: a consistent copy of a running program's database, and its careful way back
// (core/storage/databasebackup.h). The same commands serve the counter's and the hall service's database.
#include "app/onewindowctl/ctlcommand.h"
#include "core/security/auditchain.h"
#include "core/storage/databasebackup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace ctl {

namespace Backup = ow::DatabaseBackup;

namespace {

// The counter's audit key signs its chain and goes wherever the database goes; other programs have none.
Backup::Companions companionsOf(const QString &database, const QString &copy)
{
    return {{ow::AuditChain::keyPath(database), ow::AuditChain::keyPath(copy)}};
}

QString describe(const Backup::Facts &facts)
{
    return Ctl::tr("the %1's database, schema version %2, %3 records")
        .arg(Backup::familyName(facts.family))
        .arg(facts.schemaVersion)
        .arg(facts.records);
}

bool parseTwoPaths(QCommandLineParser &parser, const QStringList &arguments, const QCommandLineOption &second, int *code)
{
    if (!parseArguments(parser, arguments, code))
        return false;
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(second) || !parser.positionalArguments().isEmpty()) {
        err() << Ctl::tr("--db PATH and --%1 FILE are required, and nothing else.").arg(second.names().constFirst()) << '\n';
        *code = 2;
        return false;
    }
    return true;
}

} // namespace

int backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Writes a consistent copy of a OneWindow database (the counter's or the hall service's) while the "
                "program using it runs. The copy is owner-only, never replaces an existing file, and is checked "
                "before it gets its name; the counter's audit key is copied beside it (FILE.audit-key)."));
    const QCommandLineOption db(QStringLiteral("db"), Ctl::tr("the database file"), QStringLiteral("PATH"));
    const QCommandLineOption to(QStringLiteral("to"), Ctl::tr("the new backup file"), QStringLiteral("FILE"));
    parser.addOptions({db, to});
    int code = 0;
    if (!parseTwoPaths(parser, arguments, to, &code))
        return code;
    const QString database = QFileInfo(parser.value(db)).absoluteFilePath();
    const QString copy = QFileInfo(parser.value(to)).absoluteFilePath();
    Backup::Facts facts;
    QString error;
    if (!Backup::backup(database, copy, companionsOf(database, copy), &facts, &error)) {
        err() << error << '\n';
        return 1;
    }
    out() << Ctl::tr("backed up %1 to %2: %3")
                 .arg(QDir::toNativeSeparators(database), QDir::toNativeSeparators(copy), describe(facts))
          << '\n';
    return 0;
}

int restore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Puts a backup in place of a database. The backup is checked first (SQLite's integrity check, "
                "schema version, which program it belongs to). The program using the database must be stopped. "
                "A database holding changes the backup lacks, or a newer schema, is replaced only with --force. "
                "The replaced database is never deleted: it is kept as PATH.before-restore-TIME."));
    const QCommandLineOption db(QStringLiteral("db"), Ctl::tr("the database file to restore"), QStringLiteral("PATH"));
    const QCommandLineOption from(QStringLiteral("from"), Ctl::tr("the backup file"), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Ctl::tr("replace the database even when it holds changes the backup lacks"));
    parser.addOptions({db, from, force});
    int code = 0;
    if (!parseTwoPaths(parser, arguments, from, &code))
        return code;
    const QString database = QFileInfo(parser.value(db)).absoluteFilePath();
    const QString copy = QFileInfo(parser.value(from)).absoluteFilePath();
    Backup::RestoreResult result;
    QString error;
    if (!Backup::restore(copy, database, companionsOf(database, copy), parser.isSet(force), &result, &error)) {
        err() << error << '\n';
        return 1;
    }
    out() << Ctl::tr("restored %1 from %2: %3")
                 .arg(QDir::toNativeSeparators(database), QDir::toNativeSeparators(copy), describe(result.restored))
          << '\n';
    if (!result.keptAs.isEmpty())
        out() << Ctl::tr("the database it replaced is kept as %1").arg(QDir::toNativeSeparators(result.keptAs)) << '\n';
    return 0;
}

} // namespace ctl
