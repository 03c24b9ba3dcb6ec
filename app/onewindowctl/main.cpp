// onewindowctl: the headless admin tool. Only dispatch lives here; each command is in its own file.
#include "app/onewindowctl/ctlcommand.h"
#include "core/files/logfile.h"
#include "translations/translations.h"

#include <QGuiApplication>
#include <QLocale>

#include <array>
#include <memory>

namespace {

const std::array<ctl::Command, 15> kCommands{{
    {"check-id", QT_TRANSLATE_NOOP("onewindowctl", "Validate a resident ID number or a unified social credit code"),
     ctl::checkId},
    {"due-date", QT_TRANSLATE_NOOP("onewindowctl", "The Nth working day after a date, by the working-day calendar"),
     ctl::dueDate},
    {"import-catalog", QT_TRANSLATE_NOOP("onewindowctl", "Import a matter catalog (JSON) into a database"), ctl::importCatalog},
    {"check-db", QT_TRANSLATE_NOOP("onewindowctl", "Check a database: integrity, foreign keys, orphans"), ctl::checkDb},
    {"seed-demo", QT_TRANSLATE_NOOP("onewindowctl", "Fill a database with realistic demo decisions"), ctl::seedDemo},
    {"user", QT_TRANSLATE_NOOP("onewindowctl", "Manage accounts: add, passwd, disable, enable, unlock, list"), ctl::user},
    {"sync", QT_TRANSLATE_NOOP("onewindowctl", "Sync with the central platform: one round (--once)"), ctl::syncOnce},
    {"report", QT_TRANSLATE_NOOP("onewindowctl", "The hall's daily or period report as PDF or CSV"), ctl::report},
    {"catalog-lists", QT_TRANSLATE_NOOP("onewindowctl", "The catalog's instant, online, nearby and one-trip lists as PDF or CSV"),
     ctl::catalogLists},
    {"audit", QT_TRANSLATE_NOOP("onewindowctl", "Verify the audit trail's hash chain (verify)"), ctl::audit},
    {"retention", QT_TRANSLATE_NOOP("onewindowctl", "Apply the retention policy (--dry-run: say what it would remove)"),
     ctl::retention},
    {"backup", QT_TRANSLATE_NOOP("onewindowctl", "Copy a running program's database consistently (--db PATH --to FILE)"),
     ctl::backup},
    {"restore", QT_TRANSLATE_NOOP("onewindowctl", "Put a checked backup in place of a database (--db PATH --from FILE)"),
     ctl::restore},
    {"config", QT_TRANSLATE_NOOP("onewindowctl", "Check onewindow's configuration files (check [FILE...])"), ctl::config},
    {"hall",
     QT_TRANSLATE_NOOP("onewindowctl", "Provision a hall: init, add-device, revoke-device (device tokens), tls (certificates)"),
     ctl::hall},
}};

void usage(QTextStream &s)
{
    s << QCoreApplication::translate("onewindowctl", "Usage: onewindowctl COMMAND [options]") << '\n'
      << QCoreApplication::translate("onewindowctl", "Commands:") << '\n';
    for (const ctl::Command &c : kCommands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(16) << QCoreApplication::translate("onewindowctl", c.summary)
          << '\n';
    s << QCoreApplication::translate("onewindowctl", "Run 'onewindowctl COMMAND --help' for a command's options.") << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    // A PDF report lays out text, which needs fonts and so a QGuiApplication; headless: offscreen.
    const bool documents = argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "catalog-lists") == 0);
    if (documents && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(documents ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    ow::LogFile::install({}); // the modules' messages on standard error, redacted
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindowctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    ow::installTranslations(app, QLocale::system());

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        usage(args.isEmpty() ? ctl::err() : ctl::out());
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        ctl::out() << "onewindowctl " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const ctl::Command &c : kCommands) {
        if (args.first() == QLatin1String(c.name))
            return c.run(args);
    }
    ctl::err() << QCoreApplication::translate("onewindowctl", "Unknown command: %1").arg(args.first()) << '\n';
    usage(ctl::err());
    return 2;
}
