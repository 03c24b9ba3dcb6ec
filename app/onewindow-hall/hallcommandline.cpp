#include "app/onewindow-hall/hallcommandline.h"

#include "core/domain/caseids.h"
#include "core/hall/server/halltls.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace ow {

bool parseHallCommandLine(const QCoreApplication &app, HallServer::Options *options, QString *error)
{
    using T = HallProgramText;
    QCommandLineParser parser;
    parser.setApplicationDescription(T::tr("OneWindow hall service: the hall's queue over HTTP and WebSocket."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), T::tr("the address to listen on (0.0.0.0 for the hall LAN)"),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), T::tr("the port (0: any free port)"), QStringLiteral("N"),
                                  QStringLiteral("8790"));
    const QCommandLineOption db(QStringLiteral("db"), T::tr("the hall database file"), QStringLiteral("PATH"));
    const QCommandLineOption hall(QStringLiteral("hall"), T::tr("the hall code (overrides the config)"), QStringLiteral("CODE"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    T::tr("the hall config: services, windows, tokens (default: the demo hall)"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption tokens(QStringLiteral("tokens-file"), T::tr("device tokens, replacing those of the config"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption newDatabase(QStringLiteral("new-database"),
                                         T::tr("set up a new database even in an existing empty file (never needed "
                                               "for a file that does not exist yet)"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            T::tr("the most connections open at once, event streams included (default 1024)"),
                                            QStringLiteral("N"), QStringLiteral("1024"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     T::tr("serve https and wss with this PEM certificate chain (or \"tls\" in the config)"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), T::tr("the certificate's PEM private key"),
                                    QStringLiteral("FILE"));
    parser.addOptions({listen, port, db, hall, config, tokens, newDatabase, maxConnections, tlsCert, tlsKey});
    parser.process(app);

    if (parser.isSet(config)) {
        if (!HallConfig::loadFile(parser.value(config), &options->config, error))
            return false;
    } else {
        options->config = HallConfig::demo();
    }
    if (parser.isSet(tokens) && !options->config.loadTokensFile(parser.value(tokens), error))
        return false;
    if (parser.isSet(hall)) {
        if (!isHallCode(parser.value(hall))) {
            *error = T::tr("--hall must be 1-16 capital letters or digits.");
            return false;
        }
        options->config.queue.hallCode = parser.value(hall);
    }
    if (!options->address.setAddress(parser.value(listen))) {
        *error = T::tr("--listen %1 is not an IP address.").arg(parser.value(listen));
        return false;
    }
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535) {
        *error = T::tr("--port must be a number from 0 to 65535.");
        return false;
    }
    options->port = quint16(portValue);
    bool maxOk = false;
    options->limits.maxConnections = parser.value(maxConnections).toInt(&maxOk);
    if (!maxOk || options->limits.maxConnections < 8 || options->limits.maxConnections > 1000000) {
        *error = T::tr("--max-connections must be a number from 8 to 1000000.");
        return false;
    }
    const QString certificate = parser.isSet(tlsCert) ? parser.value(tlsCert) : options->config.tlsCertificate;
    const QString key = parser.isSet(tlsKey) ? parser.value(tlsKey) : options->config.tlsKey;
    if (certificate.isEmpty() != key.isEmpty()) {
        *error = T::tr("TLS needs both a certificate and its key (--tls-cert and --tls-key).");
        return false;
    }
    if (!certificate.isEmpty() && !loadHallTls(certificate, key, &options->tls, error))
        return false;
    if (options->config.demoTokens && !options->address.isLoopback()) {
        *error = T::tr("The demo tokens are public: give --tokens-file with real tokens to listen on %1.")
                     .arg(options->address.toString());
        return false;
    }
    options->databasePath =
        parser.isSet(db)
            ? parser.value(db)
            : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("hall.sqlite"));
    if (parser.isSet(newDatabase))
        Database::permitNewDatabase(options->databasePath); // the hall's store opens it (storage/database.h)
    return true;
}

} // namespace ow
