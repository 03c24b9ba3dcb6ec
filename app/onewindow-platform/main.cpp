// onewindow-platform: the reference central platform. Wiring and options only; the rules are in
// core/platform. "onewindow-platform [serve] ..." serves; "onewindow-platform advance ..." moves a case.
#include "core/platform/platformserver.h"
#include "core/platform/platformstore.h"
#include "translations/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Platform {
    Q_DECLARE_TR_FUNCTIONS(onewindow_platform)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString defaultDatabase()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/platform.sqlite"_s;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n';
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}

double rate(const QCommandLineParser &parser, const QString &name, bool *ok)
{
    bool valid = false;
    const double r = parser.value(name).toDouble(&valid);
    if (!valid || r < 0 || r > 1) {
        err() << Platform::tr("--%1 takes a rate from 0 to 1.").arg(name) << '\n';
        *ok = false;
    }
    return r;
}

QStringList readTokens(const QCommandLineParser &parser, bool *ok)
{
    QStringList tokens = parser.values(u"token"_s);
    if (parser.isSet(u"tokens-file"_s)) {
        QFile file(parser.value(u"tokens-file"_s));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            err() << Platform::tr("Cannot read the tokens file %1.").arg(file.fileName()) << '\n';
            *ok = false;
            return {};
        }
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString t = QString::fromUtf8(line).trimmed();
            if (!t.isEmpty() && !t.startsWith(u'#'))
                tokens << t;
        }
    }
    return tokens;
}

int advance(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Platform::tr("Moves a case to its next status (accepted, in_progress, completed, "
                                                  "delivered) or to the one given; the client sees it in GET /cases/changes."));
    parser.addPositionalArgument(u"CASE"_s, Platform::tr("the case UUID"));
    parser.addOption({u"db"_s, Platform::tr("the platform database"), u"PATH"_s, defaultDatabase()});
    parser.addOption({u"to"_s, Platform::tr("the status to move to (default: the next one)"), u"STATUS"_s});
    parser.addOption({u"department"_s, Platform::tr("the department now handling it"), u"NAME"_s});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    // arguments[0] is "advance", which the parser takes for the program name.
    if (parser.positionalArguments().size() != 1) {
        err() << Platform::tr("advance takes exactly one CASE.") << '\n';
        return 2;
    }
    ow::PlatformStore store;
    QString error;
    if (!store.open(parser.value(u"db"_s), &error)) {
        err() << error << '\n';
        return 1;
    }
    const ow::PlatformResult r =
        store.advance(parser.positionalArguments().at(0), parser.value(u"to"_s), parser.value(u"department"_s));
    if (r.isProblem()) {
        err() << r.body.value(u"detail"_s).toString() << '\n';
        return 1;
    }
    out() << Platform::tr("%1 is now %2 (%3)")
                 .arg(r.body.value(u"officialNumber"_s).toString(), r.body.value(u"status"_s).toString(),
                      r.body.value(u"department"_s).toString())
          << '\n';
    return 0;
}

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Platform::tr("The reference central platform: the REST contract of "
                     "docs/platform-api.yaml on its own SQLite, with injected faults for tests and training."));
    const QList<QCommandLineOption> options{
        {u"listen"_s, Platform::tr("address to listen on (default 127.0.0.1)"), u"ADDRESS"_s, u"127.0.0.1"_s},
        {u"port"_s, Platform::tr("port (default 8080; 0 picks a free one)"), u"N"_s, u"8080"_s},
        {u"db"_s, Platform::tr("the platform database"), u"PATH"_s, defaultDatabase()},
        {u"token"_s, Platform::tr("a device token to accept (repeatable)"), u"T"_s},
        {u"tokens-file"_s, Platform::tr("a file of device tokens, one a line"), u"FILE"_s},
        {u"catalog"_s, Platform::tr("the catalog to serve (default: the demo catalog)"), u"FILE"_s},
        {u"advance-every"_s, Platform::tr("move some cases one status on every N seconds, for demos"), u"SECONDS"_s, u"0"_s},
        {u"fail-rate"_s, Platform::tr("share of requests answered 500 or 503"), u"RATE"_s, u"0"_s},
        {u"throttle-rate"_s, Platform::tr("share of requests answered 429 with Retry-After"), u"RATE"_s, u"0"_s},
        {u"retry-after"_s, Platform::tr("seconds in Retry-After (default 1)"), u"SECONDS"_s, u"1"_s},
        {u"latency-ms"_s, Platform::tr("delay added to every request"), u"MS"_s, u"0"_s},
        {u"reset-rate"_s, Platform::tr("share of connections reset without a reply"), u"RATE"_s, u"0"_s},
        {u"drop-after-commit-rate"_s, Platform::tr("share of writes committed whose reply is then dropped"), u"RATE"_s, u"0"_s},
        {u"seed"_s, Platform::tr("random seed of the faults (default: random)"), u"N"_s, u"0"_s},
        {u"tls-cert"_s, Platform::tr("serve HTTPS with this certificate (PEM)"), u"FILE"_s},
        {u"tls-key"_s, Platform::tr("the private key of --tls-cert (PEM)"), u"FILE"_s},
    };
    parser.addOptions(options);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;

    bool ok = true;
    ow::PlatformFaults faults;
    faults.failRate = rate(parser, u"fail-rate"_s, &ok);
    faults.throttleRate = rate(parser, u"throttle-rate"_s, &ok);
    faults.resetRate = rate(parser, u"reset-rate"_s, &ok);
    faults.dropAfterCommitRate = rate(parser, u"drop-after-commit-rate"_s, &ok);
    faults.retryAfterSeconds = parser.value(u"retry-after"_s).toInt();
    faults.latencyMs = parser.value(u"latency-ms"_s).toInt();
    faults.seed = parser.value(u"seed"_s).toUInt();
    const QStringList tokens = readTokens(parser, &ok);
    if (ok && tokens.isEmpty()) {
        err() << Platform::tr("Give at least one device token (--token or --tokens-file).") << '\n';
        ok = false;
    }
    if (parser.isSet(u"tls-cert"_s) != parser.isSet(u"tls-key"_s)) {
        err() << Platform::tr("--tls-cert and --tls-key go together.") << '\n';
        ok = false;
    }
    const QHostAddress address(parser.value(u"listen"_s));
    if (address.isNull()) {
        err() << Platform::tr("%1 is not an IP address.").arg(parser.value(u"listen"_s)) << '\n';
        ok = false;
    }
    if (!ok)
        return 2;

    ow::PlatformStore store;
    QString error;
    if (!store.open(parser.value(u"db"_s), &error)) {
        err() << error << '\n';
        return 1;
    }
    ow::PlatformServer server(store);
    server.setTokens(tokens);
    server.setFaults(faults);
    QFile catalog(parser.isSet(u"catalog"_s) ? parser.value(u"catalog"_s) : u":/catalog/demo-catalog.json"_s);
    if (!catalog.open(QIODevice::ReadOnly) || !server.setCatalog(catalog.readAll(), &error)) {
        err() << Platform::tr("Cannot serve the catalog %1: %2").arg(catalog.fileName(), error) << '\n';
        return 1;
    }
    const bool tls = parser.isSet(u"tls-cert"_s);
    if (tls && !server.setupTls(parser.value(u"tls-cert"_s), parser.value(u"tls-key"_s), &error)) {
        err() << error << '\n';
        return 1;
    }
    server.setAdvanceEvery(parser.value(u"advance-every"_s).toInt());
    const quint16 port = server.listen(address, quint16(parser.value(u"port"_s).toUInt()));
    if (port == 0) {
        err() << Platform::tr("Cannot listen on %1 port %2.").arg(address.toString(), parser.value(u"port"_s)) << '\n';
        return 1;
    }
    // Tests and scripts read this line for the port (with --port 0). Tokens are never printed.
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    out() << Platform::tr("onewindow-platform listening on %1://%2:%3 (%n device token(s))", nullptr, int(tokens.size()))
                 .arg(tls ? u"https"_s : u"http"_s, host)
                 .arg(port)
          << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"OneWindow"_s);
    QCoreApplication::setApplicationName(u"onewindow-platform"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    ow::installTranslations(app, QLocale::system());
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == u"advance"_s)
        return advance(args.mid(1));
    if (args.size() > 1 && args.at(1) == u"serve"_s)
        return serve(QStringList{args.first()} + args.mid(2));
    return serve(args);
}
