// audit verify: walks the audit trail's hash chain and says whether it is whole, or the first row that
// is not (docs/adr/0021-audit-hash-chain.md). Exit 0 intact, 1 broken, 2 wrong call, 3 cannot be checked.
#include "app/onewindowctl/ctlcommand.h"
#include "core/security/auditchain.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QDir>

namespace ctl {

int audit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("audit verify: checks that no audit row was changed, removed, moved or added behind the program's back. "
                "Prints one line; exit 0 when the trail is intact, 1 when it is broken (the line names the first broken "
                "row), 3 when it cannot be checked."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Ctl::tr("verify"));
    const QCommandLineOption database({QStringLiteral("database"), QStringLiteral("db")},
                                      Ctl::tr("the database file (default: the counter's own)"), QStringLiteral("PATH"));
    parser.addOption(database);
    int code = 0;
    if (!parseArguments(parser, arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("verify")}) {
        err() << Ctl::tr("Usage: onewindowctl audit verify [--database PATH] (see --help).") << '\n';
        return 2;
    }
    const QString path =
        parser.isSet(database) ? parser.value(database) : QDir(windowDataDirectory()).filePath(QStringLiteral("onewindow.db"));
    ow::Database db;
    QString error;
    if (!db.openReadOnly(path, &error)) {
        err() << error << '\n';
        return 3;
    }
    if (db.schemaVersion() < 11) {
        err() << Ctl::tr("%1 is at schema version %2, before the audit trail was chained (11): nothing to verify yet.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(db.schemaVersion())
              << '\n';
        return 3;
    }
    const ow::AuditVerdict verdict = ow::verifyAuditChain(db.db(), path);
    out() << verdict.summary() << '\n';
    return verdict.ok ? 0 : 1;
}

} // namespace ctl
