// onewindow-hall: the headless hall service (docs/hall-api.md). Wiring only: options, config, the server.
#include "core/hall/server/filelimit.h"
#include "core/hall/server/hallconfig.h"
#include "core/hall/server/hallcore.h"
#include "core/hall/server/hallserver.h"
#include "core/storage/database.h"
#include "translations/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct App {
    Q_DECLARE_TR_FUNCTIONS(onewindow_hall)
};

int g_signalPipe[2] = {-1, -1};

// SIGTERM (systemd stop) and SIGINT end the event loop normally. Nothing is lost either way: every
// operation was committed before it was answered; a clean exit only closes the connections politely.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "onewindow-hall: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything opens a file: every connection is a descriptor (core/hall/filelimit.h).
    ow::filelimit::raiseToHard();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-hall"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    ow::installTranslations(app, QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(App::tr("OneWindow hall service: the hall's queue over HTTP and WebSocket."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), App::tr("the address to listen on (0.0.0.0 for the hall LAN)"),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), App::tr("the port (0: any free port)"), QStringLiteral("N"),
                                  QStringLiteral("8790"));
    const QCommandLineOption db(QStringLiteral("db"), App::tr("the hall database file"), QStringLiteral("PATH"));
    const QCommandLineOption hall(QStringLiteral("hall"), App::tr("the hall code (overrides the config)"),
                                  QStringLiteral("CODE"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    App::tr("the hall config: services, windows, tokens (default: the demo hall)"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption tokens(QStringLiteral("tokens-file"), App::tr("device tokens, replacing those of the config"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption newDatabase(QStringLiteral("new-database"),
                                         App::tr("set up a new database even in an existing empty file (never needed "
                                                 "for a file that does not exist yet)"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            App::tr("the most connections open at once, event streams included (default 1024)"),
                                            QStringLiteral("N"), QStringLiteral("1024"));
    parser.addOptions({listen, port, db, hall, config, tokens, newDatabase, maxConnections});
    parser.process(app);

    ow::HallServer::Options options;
    QString error;
    if (parser.isSet(config)) {
        if (!ow::HallConfig::loadFile(parser.value(config), &options.config, &error))
            return fail(error);
    } else {
        options.config = ow::HallConfig::demo();
    }
    if (parser.isSet(tokens) && !options.config.loadTokensFile(parser.value(tokens), &error))
        return fail(error);
    if (parser.isSet(hall)) {
        static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{1,16}$"));
        if (!code.match(parser.value(hall)).hasMatch())
            return fail(App::tr("--hall must be 1-16 capital letters or digits."));
        options.config.queue.hallCode = parser.value(hall);
    }
    if (!options.address.setAddress(parser.value(listen)))
        return fail(App::tr("--listen %1 is not an IP address.").arg(parser.value(listen)));
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535)
        return fail(App::tr("--port must be a number from 0 to 65535."));
    options.port = quint16(portValue);
    bool maxOk = false;
    options.limits.maxConnections = parser.value(maxConnections).toInt(&maxOk);
    if (!maxOk || options.limits.maxConnections < 8 || options.limits.maxConnections > 1000000)
        return fail(App::tr("--max-connections must be a number from 8 to 1000000."));
    if (options.config.demoTokens && !options.address.isLoopback())
        return fail(App::tr("The demo tokens are public: give --tokens-file with real tokens to listen on %1.")
                        .arg(options.address.toString()));
    options.databasePath =
        parser.isSet(db)
            ? parser.value(db)
            : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("hall.sqlite"));
    if (parser.isSet(newDatabase))
        ow::Database::permitNewDatabase(options.databasePath); // the hall's store opens it (storage/database.h)

    ow::HallServer server;
    if (!server.start(options, &error))
        return fail(error);
    quitOnSignals(app);

    QTextStream out(stdout);
    const ow::QueueState &state = server.core()->engine().state();
    out << "onewindow-hall: listening on " << server.baseUrl().toString() << '\n'
        << "onewindow-hall: at most " << server.connectionCap() << " connections (file limit " << ow::filelimit::soft() << ")\n"
        << "onewindow-hall: hall " << options.config.queue.hallCode << ", database "
        << QDir::toNativeSeparators(options.databasePath) << ", day " << state.day.toString(Qt::ISODate) << ", event "
        << state.lastSeq << ", " << state.tickets.size() << " tickets today, " << options.config.queue.windows.size()
        << " windows\n";
    out.flush();
    const int code = app.exec();
    server.stop();
    return code;
}
