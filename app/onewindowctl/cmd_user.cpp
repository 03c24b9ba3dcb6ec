// user add|passwd|disable|enable|unlock|list: accounts of the people who sign in at the windows.
#include "app/onewindowctl/ctlcommand.h"
#include "core/security/accounts.h"
#include "core/security/audittrail.h"
#include "core/storage/database.h"

#include <QCommandLineParser>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ctl {

namespace {

// The password from standard input (one line), without echo when a person types it at a terminal.
QString readPassword(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err() << prompt;
        err().flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << '\n';
    }
    return line;
}

} // namespace

int user(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Manages accounts: user add NAME --role clerk|supervisor|administrator [--display-name TEXT], "
                "user passwd NAME, user disable NAME, user enable NAME, user unlock NAME, user list. "
                "Passwords are read from standard input (without echo at a terminal), never from the command line."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Ctl::tr("add, passwd, disable, enable, unlock or list"));
    parser.addPositionalArgument(QStringLiteral("NAME"), Ctl::tr("the user name"));
    const QCommandLineOption db(QStringLiteral("db"), Ctl::tr("the database file"), QStringLiteral("PATH"));
    const QCommandLineOption role(QStringLiteral("role"), Ctl::tr("clerk, supervisor or administrator"), QStringLiteral("ROLE"),
                                  QStringLiteral("clerk"));
    const QCommandLineOption displayName(QStringLiteral("display-name"), Ctl::tr("the name shown and printed"),
                                         QStringLiteral("TEXT"));
    parser.addOptions({db, role, displayName});
    addNewDatabaseOption(parser);
    int code = 0;
    if (!parseArguments(parser, arguments, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString name = args.value(1).trimmed();
    if (!parser.isSet(db) || action.isEmpty() || (action != QLatin1String("list") && name.isEmpty())) {
        err() << Ctl::tr("Usage: onewindowctl user ACTION [NAME] --db PATH (see --help).") << '\n';
        return 2;
    }

    ow::Database database;
    QString error;
    permitNewDatabaseIfAsked(parser, parser.value(db));
    if (!database.open(parser.value(db), &error)) {
        err() << error << '\n';
        return 1;
    }
    ow::AuditTrail audit(database);
    ow::Accounts accounts(database, audit);
    bool ok = false;
    if (action == QLatin1String("add")) {
        ow::Role r;
        if (!ow::roleFromKey(parser.value(role), &r)) {
            err() << Ctl::tr("Unknown role %1: use clerk, supervisor or administrator.").arg(parser.value(role)) << '\n';
            return 2;
        }
        ok = accounts.add(name, parser.value(displayName), r, readPassword(Ctl::tr("Password for %1: ").arg(name)), &error);
    } else if (action == QLatin1String("passwd")) {
        ok = accounts.setPassword(name, readPassword(Ctl::tr("New password for %1: ").arg(name)), &error);
    } else if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        ok = accounts.setDisabled(name, action == QLatin1String("disable"), &error);
    } else if (action == QLatin1String("unlock")) {
        ok = accounts.unlock(name, &error);
    } else if (action == QLatin1String("list")) {
        for (const ow::Account &a : accounts.all()) {
            QString state = a.disabled ? Ctl::tr("disabled") : a.lockedUntil.isValid() ? Ctl::tr("locked") : Ctl::tr("active");
            out() << a.username << '\t' << ow::roleKey(a.role) << '\t' << state << '\t' << a.displayName << '\n';
        }
        return 0;
    } else {
        err() << Ctl::tr("Unknown action %1.").arg(action) << '\n';
        return 2;
    }
    if (!ok) {
        err() << error << '\n';
        return 1;
    }
    out() << Ctl::tr("done: %1 %2").arg(action, name) << '\n';
    return 0;
}

} // namespace ctl
