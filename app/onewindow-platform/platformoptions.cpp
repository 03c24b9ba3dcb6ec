// onewindow-platform's options: what to serve, which tokens, which faults.
#include "app/onewindow-platform/platformprogram.h"

#include <QCommandLineParser>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

using T = PlatformText;

double rate(const QCommandLineParser &parser, const QString &name, bool *ok)
{
    bool valid = false;
    const double r = parser.value(name).toDouble(&valid);
    if (!valid || r < 0 || r > 1) {
        ow::consoleErr() << T::tr("--%1 takes a rate from 0 to 1.").arg(name) << '\n';
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
            ow::consoleErr() << T::tr("Cannot read the tokens file %1.").arg(file.fileName()) << '\n';
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

} // namespace

QString defaultPlatformDatabase()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/platform.sqlite"_s;
}

bool parsePlatformArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        ow::consoleErr() << parser.errorText() << '\n';
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        ow::consoleOut() << parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}

bool PlatformProgram::parseServe(const QStringList &arguments, Options *options, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        T::tr("The reference central platform: the REST contract of "
              "docs/platform-api.yaml on its own SQLite, with injected faults for tests and training."));
    parser.addOptions({
        {u"listen"_s, T::tr("address to listen on (default 127.0.0.1)"), u"ADDRESS"_s, u"127.0.0.1"_s},
        {u"port"_s, T::tr("port (default 8080; 0 picks a free one)"), u"N"_s, u"8080"_s},
        {u"db"_s, T::tr("the platform database"), u"PATH"_s, defaultPlatformDatabase()},
        {u"token"_s, T::tr("a device token to accept (repeatable)"), u"T"_s},
        {u"tokens-file"_s, T::tr("a file of device tokens, one a line"), u"FILE"_s},
        {u"catalog"_s, T::tr("the catalog to serve (default: the demo catalog)"), u"FILE"_s},
        {u"advance-every"_s, T::tr("move some cases one status on every N seconds, for demos"), u"SECONDS"_s, u"0"_s},
        {u"fail-rate"_s, T::tr("share of requests answered 500 or 503"), u"RATE"_s, u"0"_s},
        {u"throttle-rate"_s, T::tr("share of requests answered 429 with Retry-After"), u"RATE"_s, u"0"_s},
        {u"retry-after"_s, T::tr("seconds in Retry-After (default 1)"), u"SECONDS"_s, u"1"_s},
        {u"latency-ms"_s, T::tr("delay added to every request"), u"MS"_s, u"0"_s},
        {u"reset-rate"_s, T::tr("share of connections reset without a reply"), u"RATE"_s, u"0"_s},
        {u"drop-after-commit-rate"_s, T::tr("share of writes committed whose reply is then dropped"), u"RATE"_s, u"0"_s},
        {u"seed"_s, T::tr("random seed of the faults (default: random)"), u"N"_s, u"0"_s},
        {u"tls-cert"_s, T::tr("serve HTTPS with this certificate (PEM)"), u"FILE"_s},
        {u"tls-key"_s, T::tr("the private key of --tls-cert (PEM)"), u"FILE"_s},
    });
    if (!parsePlatformArguments(parser, arguments, exitCode))
        return false;

    bool ok = true;
    PlatformFaults &faults = options->faults;
    faults.failRate = rate(parser, u"fail-rate"_s, &ok);
    faults.throttleRate = rate(parser, u"throttle-rate"_s, &ok);
    faults.resetRate = rate(parser, u"reset-rate"_s, &ok);
    faults.dropAfterCommitRate = rate(parser, u"drop-after-commit-rate"_s, &ok);
    faults.retryAfterSeconds = parser.value(u"retry-after"_s).toInt();
    faults.latencyMs = parser.value(u"latency-ms"_s).toInt();
    faults.seed = parser.value(u"seed"_s).toUInt();
    options->tokens = readTokens(parser, &ok);
    if (ok && options->tokens.isEmpty()) {
        ow::consoleErr() << T::tr("Give at least one device token (--token or --tokens-file).") << '\n';
        ok = false;
    }
    if (parser.isSet(u"tls-cert"_s) != parser.isSet(u"tls-key"_s)) {
        ow::consoleErr() << T::tr("--tls-cert and --tls-key go together.") << '\n';
        ok = false;
    }
    options->address = QHostAddress(parser.value(u"listen"_s));
    if (options->address.isNull()) {
        ow::consoleErr() << T::tr("%1 is not an IP address.").arg(parser.value(u"listen"_s)) << '\n';
        ok = false;
    }
    options->port = quint16(parser.value(u"port"_s).toUInt());
    options->databasePath = parser.value(u"db"_s);
    options->catalogPath = parser.isSet(u"catalog"_s) ? parser.value(u"catalog"_s) : u":/catalog/demo-catalog.json"_s;
    options->advanceEvery = parser.value(u"advance-every"_s).toInt();
    options->tlsCertificate = parser.value(u"tls-cert"_s);
    options->tlsKey = parser.value(u"tls-key"_s);
    *exitCode = 2;
    return ok;
}

} // namespace ow
