#include "app/onewindow/commandline.h"

#include "app/onewindow/apptext.h"

#include <QApplication>
#include <QCommandLineParser>

namespace ow {

namespace {

std::optional<QString> valueIfSet(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
}

} // namespace

QLocale localeFromArguments(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    return at >= 0 && at + 1 < arguments.size() ? QLocale(arguments.at(at + 1)) : QLocale::system();
}

CommandLine parseCommandLine(const QApplication &app)
{
    using T = AppText;
    QCommandLineParser parser;
    parser.setApplicationDescription(T::tr("OneWindow: one-window intake for the government service hall."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  T::tr("run the demo hall on this machine (demo catalog, demo clerk, demo cases)"));
    const QCommandLineOption dbPath(QStringLiteral("db"), T::tr("the window's database file"), QStringLiteral("PATH"));
    const QCommandLineOption hall(QStringLiteral("hall"), T::tr("the hall code printed in case numbers"), QStringLiteral("CODE"),
                                  QStringLiteral("HALL"));
    const QCommandLineOption hallName(QStringLiteral("hall-name"), T::tr("the hall's name printed on documents"),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption queryLink(
        QStringLiteral("query-link"),
        T::tr("the progress-lookup address the documents' QR codes hold, {code} standing for the query code "
              "(e.g. https://zwfw.example.gov.cn/query?code={code}); without it they hold the bare code"),
        QStringLiteral("TEMPLATE"));
    const QCommandLineOption window(QStringLiteral("window"), T::tr("this window's number"), QStringLiteral("N"),
                                    QStringLiteral("1"));
    const QCommandLineOption user(QStringLiteral("user"), T::tr("the user name to offer at sign-in"), QStringLiteral("NAME"));
    const QCommandLineOption calendarFile(QStringLiteral("calendar"),
                                          T::tr("an extra working-day calendar file (docs/calendar-format.md)"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), T::tr("the language of the window, e.g. zh_CN or en"),
                                  QStringLiteral("LOCALE"));
    const QCommandLineOption query(QStringLiteral("query"), T::tr("start with this text in the matter search"),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption print(QStringLiteral("print"), T::tr("archive (PDF files only), preview or printer"),
                                   QStringLiteral("MODE"), QStringLiteral("preview"));
    const QCommandLineOption documents(
        QStringLiteral("documents"), T::tr("the folder where every printed document is archived as PDF"), QStringLiteral("DIR"));
    const QCommandLineOption platformUrl(QStringLiteral("platform"), T::tr("the central platform's API address"),
                                         QStringLiteral("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"), T::tr("the file holding this device's platform token"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), T::tr("extra CA certificates (PEM) to trust for https"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption role(QStringLiteral("role"), T::tr("clerk (default), kiosk, board, rating or supervisor"),
                                  QStringLiteral("ROLE"), QStringLiteral("clerk"));
    const QCommandLineOption hallService(QStringLiteral("hall-service"), T::tr("the hall queue service's address"),
                                         QStringLiteral("URL"));
    const QCommandLineOption hallToken(QStringLiteral("hall-token-file"), T::tr("the file holding this device's hall token"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption hallWindow(QStringLiteral("hall-window"),
                                        T::tr("the hall window whose applicants a rating screen asks (e.g. W03)"),
                                        QStringLiteral("ID"));
    const QCommandLineOption ticketPrinter(QStringLiteral("ticket-printer"),
                                           T::tr("kiosk: print tickets as ESC/POS straight to this device, e.g. /dev/usb/lp0"),
                                           QStringLiteral("DEVICE"));
    const QCommandLineOption voice(QStringLiteral("voice"), T::tr("the board's voice announcements: zh, en, zh+en or off"),
                                   QStringLiteral("LANGUAGES"), QStringLiteral("zh+en"));
    const QCommandLineOption allowInsecure(QStringLiteral("allow-insecure"),
                                           T::tr("allow a plain http:// platform address (training only: the token and "
                                                 "the applicants' data travel unencrypted)"));
    const QCommandLineOption newDatabase(QStringLiteral("new-database"),
                                         T::tr("set up a new database even in an existing empty file (never needed "
                                               "for a file that does not exist yet)"));
    parser.addOptions({demo,      dbPath, hall,       hallName,      window,        user,        calendarFile, lang,
                       query,     print,  documents,  platformUrl,   tokenFile,     caFile,      role,         hallService,
                       hallToken, voice,  hallWindow, ticketPrinter, allowInsecure, newDatabase, queryLink});
    // Added on its own line so the table above stays as it is for the other options' branches.
    const QCommandLineOption kioskSeconds(
        QStringLiteral("kiosk-ticket-seconds"),
        T::tr("kiosk: how long a ticket stays on screen before the next person (3-120, default 8)"), QStringLiteral("SECONDS"),
        QStringLiteral("8"));
    parser.addOption(kioskSeconds);
    parser.process(app);

    CommandLine c;
    c.demo = parser.isSet(demo);
    c.role = parser.value(role);
    c.databasePath = valueIfSet(parser, dbPath);
    c.hallCode = parser.value(hall).trimmed().toUpper();
    c.hallName = valueIfSet(parser, hallName);
    c.queryLink = valueIfSet(parser, queryLink);
    c.window = qBound(1, parser.value(window).toInt(), 99);
    c.user = valueIfSet(parser, user);
    c.calendarFiles = parser.values(calendarFile);
    c.query = valueIfSet(parser, query);
    c.printMode = parser.value(print);
    c.documentsDir = valueIfSet(parser, documents);
    c.platformUrl = valueIfSet(parser, platformUrl);
    c.tokenFile = valueIfSet(parser, tokenFile);
    c.caFile = parser.value(caFile);
    c.allowInsecure = parser.isSet(allowInsecure);
    c.hallService = valueIfSet(parser, hallService);
    c.hallTokenFile = valueIfSet(parser, hallToken);
    c.hallWindow = valueIfSet(parser, hallWindow);
    c.ticketPrinter = parser.value(ticketPrinter);
    c.kioskTicketSeconds = qBound(3, parser.value(kioskSeconds).toInt(), 120); // not a number: the shortest
    c.voice = VoiceLanguages::parse(parser.value(voice));
    c.newDatabase = parser.isSet(newDatabase);
    return c;
}

} // namespace ow
