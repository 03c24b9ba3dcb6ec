#include "app/onewindow/commandline.h"

#include "app/onewindow/apptext.h"
#include "core/config/counterconfig.h"

#include <QApplication>
#include <QCommandLineParser>

namespace ow {

namespace {

// An option's value from the first source that has it: the command line, then the configuration files
// (the option's name is the key), then, for value(), the option's default.
class Settings
{
public:
    Settings(const QCommandLineParser &parser, const CounterConfig &config)
        : m_parser(parser),
          m_config(config)
    {}

    std::optional<QString> valueIfSet(const QCommandLineOption &option) const
    {
        if (m_parser.isSet(option))
            return m_parser.value(option);
        const QString key = option.names().constFirst();
        return m_config.has(key) ? std::optional<QString>(m_config.value(key)) : std::nullopt;
    }
    QString value(const QCommandLineOption &option) const { return valueIfSet(option).value_or(m_parser.value(option)); }
    bool isSet(const QCommandLineOption &option) const
    {
        return m_parser.isSet(option) || m_config.value(option.names().constFirst()) == QLatin1String("true");
    }

private:
    const QCommandLineParser &m_parser;
    const CounterConfig &m_config;
};

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
    const QCommandLineOption configFile(
        QStringLiteral("config"),
        T::tr("read this configuration file instead of %1 (the per-user file %2 still overrides it)")
            .arg(systemCounterConfigPath(), userCounterConfigPath()),
        QStringLiteral("FILE"));
    parser.addOption(configFile);
    const QCommandLineOption retentionPayload(
        QStringLiteral("retention-payload-days"),
        T::tr("retention: days a delivered case's payload is kept after the platform's receipt (default 30)"),
        QStringLiteral("DAYS"));
    const QCommandLineOption retentionPersonal(
        QStringLiteral("retention-personal-days"),
        T::tr("retention: days an applicant's personal data is kept after their last case closed (default 365)"),
        QStringLiteral("DAYS"));
    const QCommandLineOption retentionDocuments(
        QStringLiteral("retention-document-days"),
        T::tr("retention: days a closed case's archived documents are kept (default 180)"), QStringLiteral("DAYS"));
    parser.addOptions({retentionPayload, retentionPersonal, retentionDocuments});
    parser.process(app);

    // The demo is the whole hall on one machine with its own settings: a PC's files do not apply to it.
    const bool isDemo = parser.isSet(demo);
    const CounterConfig config =
        isDemo ? CounterConfig()
               : loadCounterConfig(
                   {parser.isSet(configFile) ? parser.value(configFile) : systemCounterConfigPath(), userCounterConfigPath()});
    const Settings settings(parser, config);
    CommandLine c;
    for (const ConfigProblem &problem : config.problems)
        c.configProblems.append(problem.text());
    c.configFiles = config.filesRead;
    c.demo = isDemo;
    c.role = settings.value(role);
    c.databasePath = settings.valueIfSet(dbPath);
    c.hallCode = settings.value(hall).trimmed().toUpper();
    c.hallName = settings.valueIfSet(hallName);
    c.queryLink = settings.valueIfSet(queryLink);
    c.window = qBound(1, settings.value(window).toInt(), 99);
    c.user = settings.valueIfSet(user);
    c.calendarFiles = parser.isSet(calendarFile) ? parser.values(calendarFile) : QStringList();
    if (c.calendarFiles.isEmpty() && config.has(calendarFile.names().constFirst()))
        c.calendarFiles.append(config.value(calendarFile.names().constFirst()));
    c.query = settings.valueIfSet(query);
    c.printMode = settings.value(print);
    c.documentsDir = settings.valueIfSet(documents);
    c.platformUrl = settings.valueIfSet(platformUrl);
    c.tokenFile = settings.valueIfSet(tokenFile);
    c.caFile = settings.value(caFile);
    c.allowInsecure = settings.isSet(allowInsecure);
    c.hallService = settings.valueIfSet(hallService);
    c.hallTokenFile = settings.valueIfSet(hallToken);
    c.hallWindow = settings.valueIfSet(hallWindow);
    c.ticketPrinter = settings.value(ticketPrinter);
    c.kioskTicketSeconds = qBound(3, settings.value(kioskSeconds).toInt(), 120); // not a number: the shortest
    c.voice = VoiceLanguages::parse(settings.value(voice));
    c.newDatabase = parser.isSet(newDatabase);
    // Retention days: a whole number from 1 to 3650, else the settings file's or the default (a bad value in
    // a configuration file is named by its check; a flag's is refused here).
    const auto days = [&settings, &parser, &c](const QCommandLineOption &option) -> std::optional<int> {
        const std::optional<QString> text = settings.valueIfSet(option);
        if (!text)
            return std::nullopt;
        bool ok = false;
        const int value = text->toInt(&ok);
        if (ok && value >= 1 && value <= 3650)
            return value;
        if (parser.isSet(option)) // a file's bad value is among the file's problems already
            c.configProblems.append(
                T::tr("--%1 takes a number of days from 1 to 3650, not \"%2\".").arg(option.names().constFirst(), *text));
        return std::nullopt;
    };
    c.retentionPayloadDays = days(retentionPayload);
    c.retentionPersonalDays = days(retentionPersonal);
    c.retentionDocumentDays = days(retentionDocuments);
    return c;
}

} // namespace ow
