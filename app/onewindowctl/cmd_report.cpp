// report: the hall's daily or period report (queue, cases, the reform figures per window and per matter)
// as PDF or CSV, from the hall service's tickets and case summaries — the same tables as the dashboard's
// report (core/dashboard/report.h), for administrators, scripts and a nightly cron job.
#include "app/onewindowctl/ctlcommand.h"
#include "core/calendar/workingcalendar.h"
#include "core/dashboard/dashboardstate.h"
#include "core/dashboard/report.h"
#include "core/hall/client/hallclient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ctl {

namespace {

constexpr qint64 MaxDays = 93; // what GET /tickets and /case-summaries serve in one request

bool readDate(const QCommandLineParser &parser, const QString &name, QDate *out)
{
    const QString text = parser.value(name);
    *out = QDate::fromString(text, Qt::ISODate);
    if (!out->isValid() || text.size() != 10) {
        err() << Ctl::tr("--%1: '%2' is not a date; expected YYYY-MM-DD, e.g. 2026-11-27.").arg(name, text) << '\n';
        return false;
    }
    return true;
}

// Waits for the three requests together; each result lands in its slot.
void awaitAll(const QList<ow::HallReply *> &replies, QList<ow::HallResult> *results)
{
    results->resize(replies.size());
    int pending = int(replies.size());
    QEventLoop loop;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QObject::connect(replies.at(i), &ow::HallReply::finished, &loop, [&, i](const ow::HallResult &r) {
            (*results)[i] = r;
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
}

} // namespace

int report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Writes the hall's daily or period report — queue, cases, time limits and the reform figures per window "
                "and per matter — as PDF or CSV, from the hall service's tickets and case summaries. Exit 0 when the "
                "report is written, 1 when the hall refused a request or the file could not be written, 2 on bad "
                "options, 3 when the hall service could not be reached."));
    parser.addOption({u"from"_s, Ctl::tr("the first day (YYYY-MM-DD)"), u"DAY"_s});
    parser.addOption({u"to"_s, Ctl::tr("the last day, included (default: --from, a daily report)"), u"DAY"_s});
    parser.addOption({u"format"_s, Ctl::tr("pdf or csv (default: the --out file's suffix)"), u"FORMAT"_s});
    parser.addOption({u"out"_s, Ctl::tr("the file to write"), u"FILE"_s});
    parser.addOption({u"hall-service"_s, Ctl::tr("the hall service's address, e.g. http://hall-pc:8790"), u"URL"_s});
    parser.addOption({u"hall-token-file"_s, Ctl::tr("a file holding a supervisor token of the hall service"), u"FILE"_s});
    parser.addOption(
        {u"time-zone"_s, Ctl::tr("the hall's time zone, for the hours (default Asia/Shanghai)"), u"ZONE"_s, u"Asia/Shanghai"_s});
    parser.addOption({u"calendar"_s, Ctl::tr("an extra working-day calendar file, for a year not built in"), u"FILE"_s});
    parser.addOption({u"timeout"_s, Ctl::tr("seconds a request may take (default 60)"), u"SECONDS"_s, u"60"_s});
    int code = 0;
    if (!parseRequiring(parser, arguments, {u"from"_s, u"out"_s, u"hall-service"_s, u"hall-token-file"_s},
                        Ctl::tr("report needs --from DAY, --out FILE, --hall-service URL and --hall-token-file FILE."), &code))
        return code;
    QDate from, to;
    if (!readDate(parser, u"from"_s, &from))
        return 2;
    to = from;
    if (parser.isSet(u"to"_s) && !readDate(parser, u"to"_s, &to))
        return 2;
    if (to < from) {
        err() << Ctl::tr("--to %1 is before --from %2.").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)) << '\n';
        return 2;
    }
    if (from.daysTo(to) + 1 > MaxDays) {
        err() << Ctl::tr("A report covers at most %1 days; %2 to %3 is %4.")
                     .arg(MaxDays)
                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                     .arg(from.daysTo(to) + 1)
              << '\n';
        return 2;
    }
    const QString out = parser.value(u"out"_s);
    const QString format = (parser.isSet(u"format"_s) ? parser.value(u"format"_s) : QFileInfo(out).suffix()).toLower();
    if (format != u"pdf"_s && format != u"csv"_s) {
        err() << Ctl::tr("--format must be pdf or csv.") << '\n';
        return 2;
    }
    const QUrl url = QUrl::fromUserInput(parser.value(u"hall-service"_s));
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        err() << Ctl::tr("--hall-service: '%1' is not an http(s) address.").arg(parser.value(u"hall-service"_s)) << '\n';
        return 2;
    }
    const QTimeZone zone(parser.value(u"time-zone"_s).toUtf8());
    if (!zone.isValid()) {
        err() << Ctl::tr("--time-zone: unknown time zone '%1'.").arg(parser.value(u"time-zone"_s)) << '\n';
        return 2;
    }
    QFile tokenFile(parser.value(u"hall-token-file"_s));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        err() << Ctl::tr("Cannot read the token file %1.").arg(tokenFile.fileName()) << '\n';
        return 2;
    }
    const QByteArray token = tokenFile.readAll().trimmed();

    ow::DashboardOptions options;
    options.timeZone = zone;
    if (parser.isSet(u"calendar"_s)) {
        QString error;
        if (!options.calendar.loadFile(parser.value(u"calendar"_s), &error)) {
            err() << error << '\n';
            return 2;
        }
    }
    if (!options.calendar.coversYear(from.year()) || !options.calendar.coversYear(to.year()))
        err() << Ctl::tr("warning: the working-day calendar has no data for %1; due dates count weekends only.")
                     .arg(options.calendar.coversYear(from.year()) ? to.year() : from.year())
              << '\n';

    QNetworkAccessManager network;
    ow::HallClient::Options clientOptions;
    clientOptions.baseUrl = url;
    clientOptions.token = token;
    clientOptions.requestTimeoutMs = std::max(1, parser.value(u"timeout"_s).toInt()) * 1000;
    ow::HallClient client(clientOptions, &network); // no start(): three reads, no event stream
    QList<ow::HallResult> results;
    awaitAll({client.fetchSnapshot(), client.fetchTickets(from, to), client.fetchCaseSummaries(from, to),
              client.fetchRatingFollowUps(from, to)},
             &results);
    // The bad ratings' follow-up (the last): an older hall without it gives a report without those rows.
    const ow::HallResult ratings = results.takeLast();
    for (const ow::HallResult &r : std::as_const(results)) {
        if (r.httpStatus == 0) {
            err() << Ctl::tr("Cannot reach the hall service at %1: %2").arg(url.toString(), r.errorMessage) << '\n';
            return 3;
        }
        if (!r.ok()) {
            err() << Ctl::tr("The hall service refused the request (HTTP %1, %2): %3")
                         .arg(r.httpStatus)
                         .arg(r.errorCode, r.errorMessage)
                  << '\n';
            return 1;
        }
    }
    const ow::HallSnapshot snapshot = results.at(0).snapshot();
    const QList<ow::HallTicket> tickets = results.at(1).tickets();
    const QList<ow::CaseSummary> summaries = results.at(2).summaries();
    ow::PeriodFigures figures = ow::computePeriod(snapshot, tickets, summaries, from, to, options);
    if (ratings.ok())
        figures.badRatings = ow::badRatingList(ratings.ratingFollowUps(), options.calendar, zone, to).figures;

    QString error;
    const bool written = format == u"pdf"_s ? ow::writeReportPdf(figures, out, &error) : ow::writeReportCsv(figures, out, &error);
    if (!written) {
        err() << error << '\n';
        return 1;
    }
    ctl::out() << Ctl::tr("%1: %2 — %3 tickets, %4 case summaries")
                      .arg(QFileInfo(out).absoluteFilePath(), ow::reportTitle(figures))
                      .arg(tickets.size())
                      .arg(summaries.size())
               << '\n';
    return 0;
}

} // namespace ctl
