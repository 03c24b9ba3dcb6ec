#include "app/onewindow-platform/platformprogram.h"

#include "core/platform/platformstore.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace ow {

using T = PlatformText;

PlatformProgram::PlatformProgram(Options options)
    : m_options(std::move(options))
{}

int PlatformProgram::serve()
{
    PlatformStore store;
    QString error;
    if (!store.open(m_options.databasePath, &error)) {
        ow::consoleErr() << error << '\n';
        return 1;
    }
    PlatformServer server(store);
    server.setTokens(m_options.tokens);
    server.setFaults(m_options.faults);
    QFile catalog(m_options.catalogPath);
    if (!catalog.open(QIODevice::ReadOnly) || !server.setCatalog(catalog.readAll(), &error)) {
        ow::consoleErr() << T::tr("Cannot serve the catalog %1: %2").arg(catalog.fileName(), error) << '\n';
        return 1;
    }
    const bool tls = !m_options.tlsCertificate.isEmpty();
    if (tls && !server.setupTls(m_options.tlsCertificate, m_options.tlsKey, &error)) {
        ow::consoleErr() << error << '\n';
        return 1;
    }
    server.setAdvanceEvery(m_options.advanceEvery);
    const QHostAddress &address = m_options.address;
    const quint16 port = server.listen(address, m_options.port);
    if (port == 0) {
        ow::consoleErr() << T::tr("Cannot listen on %1 port %2.").arg(address.toString()).arg(m_options.port) << '\n';
        return 1;
    }
    // Tests, scripts and the demo read this line for the port (with --port 0). Tokens are never printed.
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    ow::consoleOut() << T::tr("onewindow-platform listening on %1://%2:%3 (%n device token(s))", nullptr,
                              int(m_options.tokens.size()))
                            .arg(tls ? u"https"_s : u"http"_s, host)
                            .arg(port)
                     << Qt::endl;
    return QCoreApplication::exec();
}

int advanceCase(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(T::tr("Moves a case to its next status (accepted, in_progress, completed, "
                                           "delivered) or to the one given; the client sees it in GET /cases/changes."));
    parser.addPositionalArgument(u"CASE"_s, T::tr("the case UUID"));
    parser.addOption({u"db"_s, T::tr("the platform database"), u"PATH"_s, defaultPlatformDatabase()});
    parser.addOption({u"to"_s, T::tr("the status to move to (default: the next one)"), u"STATUS"_s});
    parser.addOption({u"department"_s, T::tr("the department now handling it"), u"NAME"_s});
    int code = 0;
    if (!parsePlatformArguments(parser, arguments, &code))
        return code;
    // arguments[0] is "advance", which the parser takes for the program name.
    if (parser.positionalArguments().size() != 1) {
        ow::consoleErr() << T::tr("advance takes exactly one CASE.") << '\n';
        return 2;
    }
    PlatformStore store;
    QString error;
    if (!store.open(parser.value(u"db"_s), &error)) {
        ow::consoleErr() << error << '\n';
        return 1;
    }
    const PlatformResult r =
        store.advance(parser.positionalArguments().at(0), parser.value(u"to"_s), parser.value(u"department"_s));
    if (r.isProblem()) {
        ow::consoleErr() << r.body.value(u"detail"_s).toString() << '\n';
        return 1;
    }
    ow::consoleOut() << T::tr("%1 is now %2 (%3)")
                            .arg(r.body.value(u"officialNumber"_s).toString(), r.body.value(u"status"_s).toString(),
                                 r.body.value(u"department"_s).toString())
                     << '\n';
    return 0;
}

} // namespace ow
