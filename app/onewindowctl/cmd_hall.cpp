// hall init | add-device | revoke-device | tls: provisions a hall's service and devices (core/hall/provision).
// init writes the service's config, the tokens' digests and one token file and config per device into an
// empty folder and prints the enrolment sheet; add-device and revoke-device change the service's tokens
// file in place. Exit 0 done, 1 refused (nothing changed), 2 wrong call.
#include "app/onewindowctl/ctlcommand.h"
#include "core/hall/provision/hallprovision.h"
#include "core/hall/provision/halltlsfiles.h"

#include <QCommandLineParser>
#include <QDir>

namespace ctl {

namespace {

int init(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption code(QStringLiteral("code"), Ctl::tr("the hall code, 1-16 capital letters and digits"),
                                  QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), Ctl::tr("the hall's name"), QStringLiteral("TEXT"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     Ctl::tr("the address the PCs reach the hall service at, e.g. https://hall.lan:8790"),
                                     QStringLiteral("URL"));
    const QCommandLineOption windows(QStringLiteral("windows"), Ctl::tr("the number of counters (1-99)"), QStringLiteral("N"));
    const QCommandLineOption kiosks(QStringLiteral("kiosks"), Ctl::tr("the number of ticket kiosks"), QStringLiteral("N"),
                                    QStringLiteral("1"));
    const QCommandLineOption boards(QStringLiteral("boards"), Ctl::tr("the number of call boards"), QStringLiteral("N"),
                                    QStringLiteral("1"));
    const QCommandLineOption supervisors(QStringLiteral("supervisors"), Ctl::tr("the number of supervisor dashboards"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"), Ctl::tr("an empty folder to write the hall's files into"),
                                 QStringLiteral("DIR"));
    const QCommandLineOption tlsHost(
        QStringLiteral("tls-host"),
        Ctl::tr("serve https: make a hall CA and a certificate for this host name (the --service address's)"),
        QStringLiteral("NAME"));
    parser.addOptions({code, name, service, windows, kiosks, boards, supervisors, out, tlsHost});
    int exitCode = 0;
    if (!parseRequiring(parser, arguments,
                        {QStringLiteral("code"), QStringLiteral("service"), QStringLiteral("windows"), QStringLiteral("out")},
                        Ctl::tr("hall init needs --code, --service, --windows and --out."), &exitCode))
        return exitCode;
    ow::HallPlan plan;
    plan.code = parser.value(code).trimmed();
    plan.name = parser.value(name).trimmed();
    plan.serviceUrl = parser.value(service).trimmed();
    const auto number = [&parser](const QCommandLineOption &o) {
        bool ok = false;
        const int n = parser.value(o).toInt(&ok);
        return ok ? n : -1;
    };
    plan.windows = number(windows);
    plan.kiosks = number(kiosks);
    plan.boards = number(boards);
    plan.supervisors = number(supervisors);
    plan.tlsHost = parser.value(tlsHost).trimmed();
    ow::HallInitResult result;
    QString error;
    if (!ow::initHall(plan, parser.value(out), &result, &error)) {
        err() << error << '\n';
        return 1;
    }
    ctl::out() << result.sheet;
    return 0;
}

int addDevice(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption tokens(QStringLiteral("tokens"), Ctl::tr("the service's tokens file"), QStringLiteral("FILE"));
    const QCommandLineOption device(QStringLiteral("device"), Ctl::tr("the new device's name, e.g. counter-12"),
                                    QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), Ctl::tr("kiosk, window, board or supervisor"), QStringLiteral("ROLE"));
    const QCommandLineOption window(QStringLiteral("window"), Ctl::tr("a window token's window, e.g. W12"), QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"), Ctl::tr("the folder for the device's token file"), QStringLiteral("DIR"));
    parser.addOptions({tokens, device, role, window, out});
    int exitCode = 0;
    if (!parseRequiring(parser, arguments,
                        {QStringLiteral("tokens"), QStringLiteral("device"), QStringLiteral("role"), QStringLiteral("out")},
                        Ctl::tr("hall add-device needs --tokens, --device, --role and --out."), &exitCode))
        return exitCode;
    ow::ProvisionedDevice d;
    d.device = parser.value(device).trimmed();
    d.role = parser.value(role).trimmed();
    d.window = parser.value(window).trimmed();
    QString error;
    if (!ow::addHallDevice(parser.value(tokens), parser.value(out), &d, &error)) {
        err() << error << '\n';
        return 1;
    }
    ctl::out() << Ctl::tr("%1 has a new token in %2; its digest is in %3. Restart the hall service for it to count.")
                      .arg(d.device, QDir::toNativeSeparators(d.tokenFile), QDir::toNativeSeparators(parser.value(tokens)))
               << '\n';
    return 0;
}

int tls(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption code(QStringLiteral("code"), Ctl::tr("the hall code, 1-16 capital letters and digits"),
                                  QStringLiteral("CODE"));
    const QCommandLineOption host(QStringLiteral("host"), Ctl::tr("the host name or IP address the PCs reach the service at"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption alt(QStringLiteral("alt"), Ctl::tr("another name or address of the service (repeatable)"),
                                 QStringLiteral("NAME"));
    const QCommandLineOption out(QStringLiteral("out"), Ctl::tr("the folder for hall-ca.pem, hall.crt and hall.key"),
                                 QStringLiteral("DIR"));
    parser.addOptions({code, host, alt, out});
    int exitCode = 0;
    if (!parseRequiring(parser, arguments, {QStringLiteral("code"), QStringLiteral("host"), QStringLiteral("out")},
                        Ctl::tr("hall tls needs --code, --host and --out."), &exitCode))
        return exitCode;
    ow::HallTlsFiles files;
    QString error;
    if (!ow::makeHallTls(parser.value(code).trimmed(), parser.value(host).trimmed(), parser.values(alt), parser.value(out),
                         &files, &error)) {
        err() << error << '\n';
        return 1;
    }
    ctl::out() << Ctl::tr("The hall CA %1 goes to every PC (/etc/onewindow/hall-ca.pem, ca-file in onewindow.conf); %2 and "
                          "%3 go to the server (/etc/onewindow/hall.crt and hall.key, \"tls\" in hall.json). The CA's key "
                          "was destroyed after signing.")
                      .arg(QDir::toNativeSeparators(files.caCertificate), QDir::toNativeSeparators(files.certificate),
                           QDir::toNativeSeparators(files.key))
               << '\n';
    return 0;
}

int revokeDevice(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption tokens(QStringLiteral("tokens"), Ctl::tr("the service's tokens file"), QStringLiteral("FILE"));
    const QCommandLineOption device(QStringLiteral("device"), Ctl::tr("the device whose token is revoked"),
                                    QStringLiteral("NAME"));
    parser.addOptions({tokens, device});
    int exitCode = 0;
    if (!parseRequiring(parser, arguments, {QStringLiteral("tokens"), QStringLiteral("device")},
                        Ctl::tr("hall revoke-device needs --tokens and --device."), &exitCode))
        return exitCode;
    int removed = 0;
    QString error;
    if (!ow::revokeHallDevice(parser.value(tokens), parser.value(device).trimmed(), &removed, &error)) {
        err() << error << '\n';
        return 1;
    }
    ctl::out() << Ctl::tr("The token of %1 is revoked. Restart the hall service (systemctl restart onewindow-hall) for it to "
                          "take effect.")
                      .arg(parser.value(device).trimmed())
               << '\n';
    return 0;
}

} // namespace

int hall(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("hall init: the files of a new hall (the service's config, the digests of its device tokens, each "
                "device's token and config) and the enrolment sheet. hall add-device / revoke-device: one device's token "
                "more or less in the service's tokens file. hall tls: a hall CA and the service's certificate."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Ctl::tr("init, add-device, revoke-device or tls"));
    const QString action = arguments.value(1);
    if (action == QLatin1String("init"))
        return init(parser, arguments);
    if (action == QLatin1String("add-device"))
        return addDevice(parser, arguments);
    if (action == QLatin1String("revoke-device"))
        return revokeDevice(parser, arguments);
    if (action == QLatin1String("tls"))
        return tls(parser, arguments);
    int exitCode = 0;
    if (!parseArguments(parser, arguments, &exitCode))
        return exitCode;
    err() << Ctl::tr("Usage: onewindowctl hall init|add-device|revoke-device|tls [options]") << '\n';
    return 2;
}

} // namespace ctl
