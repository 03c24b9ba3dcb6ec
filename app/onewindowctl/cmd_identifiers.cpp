// check-id and due-date: the validators and the calendar, for scripts and for people at a terminal.
#include "app/onewindowctl/ctlcommand.h"
#include "core/calendar/workingcalendar.h"
#include "core/domain/identifiers.h"

#include <QCommandLineParser>

namespace ctl {

int checkId(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "onewindowctl", "Validates a resident ID number (GB 11643) or a unified social credit code (GB 32100).\n"
                        "Exit 0 when valid, 1 with the reason when not."));
    parser.addPositionalArgument(QStringLiteral("VALUE"), QCoreApplication::translate("onewindowctl", "the number to check"));
    int code = 0;
    if (!parseArguments(parser, arguments, &code))
        return code;
    const QStringList values = parser.positionalArguments();
    if (values.size() != 1) {
        err() << QCoreApplication::translate("onewindowctl", "check-id takes exactly one VALUE.") << '\n';
        return 2;
    }
    const ow::IdCheck check = ow::checkIdentifier(values.first());
    if (!check.valid) {
        err() << QCoreApplication::translate("onewindowctl", "invalid: %1").arg(check.reason) << '\n';
        out().flush();
        return 1;
    }
    // The "valid: ..." words are a stable, untranslated contract for scripts.
    out() << (check.kind == ow::IdKind::ResidentId ? "valid: resident ID" : "valid: credit code") << '\n';
    return 0;
}

int dueDate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "onewindowctl", "Prints the due date (YYYY-MM-DD): the Nth working day after the start day, which "
                        "itself is not counted."));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("onewindowctl", "start day, YYYY-MM-DD"),
                                  QStringLiteral("date"));
    const QCommandLineOption days(QStringLiteral("working-days"),
                                  QCoreApplication::translate("onewindowctl", "number of working days"), QStringLiteral("N"));
    const QCommandLineOption calendarFile(
        QStringLiteral("calendar"),
        QCoreApplication::translate(
            "onewindowctl",
            "a calendar file (docs/calendar-format.md); its year replaces or adds to the built-in years; may be repeated"),
        QStringLiteral("FILE"));
    const QCommandLineOption saturday(
        QStringLiteral("saturday-service"),
        QCoreApplication::translate("onewindowctl", "count ordinary Saturdays as working days (5+X)"));
    parser.addOptions({from, days, calendarFile, saturday});
    int code = 0;
    if (!parseArguments(parser, arguments, &code))
        return code;

    const QDate start = QDate::fromString(parser.value(from), Qt::ISODate);
    if (!parser.isSet(from) || !start.isValid()) {
        err() << QCoreApplication::translate("onewindowctl", "--from needs a real date as YYYY-MM-DD, got \"%1\".")
                     .arg(parser.value(from))
              << '\n';
        return 2;
    }
    bool ok = false;
    const int n = parser.value(days).toInt(&ok);
    if (!parser.isSet(days) || !ok || n < 0 || n > 3650) {
        err() << QCoreApplication::translate("onewindowctl", "--working-days needs a whole number from 0 to 3650, got \"%1\".")
                     .arg(parser.value(days))
              << '\n';
        return 2;
    }

    ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();
    // A given file adds its year to the built-in ones, or replaces a year the program already has.
    if (parser.isSet(calendarFile)) {
        for (const QString &file : parser.values(calendarFile)) {
            QString error;
            if (!calendar.loadFile(file, &error)) {
                err() << error << '\n';
                return 1;
            }
        }
    }
    calendar.setSaturdayService(parser.isSet(saturday));
    const QDate due = calendar.dueDate(start, n);
    for (int year = start.year(); year <= due.year(); ++year) {
        if (!calendar.coversYear(year))
            err() << QCoreApplication::translate("onewindowctl", "warning: no holiday data for %1; counted weekends only.")
                         .arg(year)
                  << '\n';
    }
    out() << due.toString(Qt::ISODate) << '\n';
    return 0;
}

} // namespace ctl
