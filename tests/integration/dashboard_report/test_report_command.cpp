// `onewindowctl report` against a real hall service (its own thread, loopback): a served ticket, a rating
// and two reported cases come back in the CSV and the PDF; bad dates, an unreachable hall and a wrong
// token end with the documented exit codes and a message that says what is wrong.
#include "core/hall/protocol/casesummary.h"
#include "tests/integration/ctlrun.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"
#include "tests/support/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

using owctl::ctl;
using owctl::Run;

ow::CaseSummary summary(const QString &caseId, const QString &windowId, const QString &ticketId, const QDate &day,
                        const QString &decision)
{
    ow::CaseSummary s;
    s.caseId = caseId;
    s.windowId = windowId;
    s.ticketId = ticketId;
    s.day = day;
    s.decidedAt = QDateTime::currentDateTimeUtc();
    s.updatedAt = s.decidedAt;
    s.decision = decision;
    s.matters = {{u"M0101"_s, u"个体工商户设立登记"_s, u"市场监管局"_s}};
    s.materialsListed = 8;
    s.materialsCollected = 2;
    s.promisedDate = day.addDays(20);
    return s;
}

} // namespace

TEST_CASE("onewindowctl report writes the hall's day as CSV and PDF")
{
    QTemporaryDir dir;
    HallThread hall(dir.filePath(u"hall.sqlite"_s));
    const QUrl url = hall.listen();

    // One ticket served at W01 (a comprehensive window in the demo hall), rated 5, two cases reported.
    const HttpAnswer issued = post(url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})");
    REQUIRE(issued.status == 201);
    const QString ticketId = issued.body.value(u"ticket"_s).toObject().value(u"id"_s).toString();
    const QDate day = QDate::fromString(issued.body.value(u"ticket"_s).toObject().value(u"day"_s).toString(), Qt::ISODate);
    REQUIRE(day.isValid());
    REQUIRE(post(url, u"/api/v1/windows/W01/call-next"_s, windowToken(1)).status == 200);
    REQUIRE(post(url, u"/api/v1/windows/W01/complete"_s, windowToken(1), R"({"outcome":"accepted"})").status == 200);
    REQUIRE(post(url, u"/api/v1/tickets/"_s + ticketId + u"/rating"_s, kioskToken(), R"({"rating":5})").status == 200);
    QJsonArray summaries{summary(u"DEMO-1"_s, u"W01"_s, ticketId, day, ow::CaseSummary::Accepted).toJson(),
                         summary(u"DEMO-2"_s, u"W01"_s, ticketId, day, ow::CaseSummary::OneTimeNotice).toJson()};
    REQUIRE(post(url, u"/api/v1/case-summaries"_s, windowToken(1),
                 QJsonDocument(QJsonObject{{u"summaries"_s, summaries}}).toJson(QJsonDocument::Compact))
                .status
            == 200);

    const QString token = writeFileIn(dir, u"token"_s, supervisorToken() + '\n');
    const QString csv = dir.filePath(u"report.csv"_s);
    const QString dayText = day.toString(Qt::ISODate);
    Run r = ctl({u"report"_s, u"--from"_s, dayText, u"--to"_s, dayText, u"--format"_s, u"csv"_s, u"--out"_s, csv,
                 u"--hall-service"_s, url.toString(), u"--hall-token-file"_s, token});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"1 tickets, 2 case summaries"_s));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    CHECK(lines.contains(u"Hall,一窗通示范政务服务大厅"_s));
    CHECK(lines.contains(u"Tickets issued,1"_s));
    CHECK(lines.contains(u"Decisions,2"_s));
    // Both cases at W01, comprehensive; the accepted one took 2 of 8 materials → 75.0% fewer.
    CHECK(lines.contains(u"Cases taken at comprehensive windows,100.0%,2 / 2,≥ 70%"_s));
    CHECK(lines.contains(u"Satisfied ratings (4–5),100.0%,1 / 1,"_s));
    CHECK(std::any_of(lines.begin(), lines.end(), [](const QString &l) {
        return l.startsWith(u"M0101,个体工商户设立登记,市场监管局,2,1,0,1,0,100.0%,75.0%"_s);
    }));

    // The same as PDF; --format taken from the file name.
    const QString pdf = dir.filePath(u"report.pdf"_s);
    r = ctl(
        {u"report"_s, u"--from"_s, dayText, u"--out"_s, pdf, u"--hall-service"_s, url.toString(), u"--hall-token-file"_s, token});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString content = pdfText(pdf);
    CHECK(content.contains(u"一窗通示范政务服务大厅"_s));
    CHECK(content.contains(u"Dailyreport"_s + dayText));
    CHECK(content.contains(u"个体工商户设立登记"_s));

    // A wrong token: the hall refuses (exit 1) and says so.
    const QString wrong = writeFileIn(dir, u"wrong"_s, "not-a-token-at-all");
    r = ctl(
        {u"report"_s, u"--from"_s, dayText, u"--out"_s, csv, u"--hall-service"_s, url.toString(), u"--hall-token-file"_s, wrong});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"HTTP 401"_s));
    hall.quit();
    hall.wait();
}

TEST_CASE("onewindowctl report refuses bad dates and says when the hall cannot be reached")
{
    QTemporaryDir dir;
    const QString token = writeFileIn(dir, u"token"_s, supervisorToken());
    const QString out = dir.filePath(u"r.csv"_s);
    // A port nobody listens on: bind one, note it, close it.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const QString deadUrl = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    const QStringList common{u"--out"_s, out, u"--hall-service"_s, deadUrl, u"--hall-token-file"_s, token};

    Run r = ctl(QStringList{u"report"_s, u"--from"_s, u"2026-02-30"_s} + common);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--from: '2026-02-30' is not a date"_s));
    r = ctl(QStringList{u"report"_s, u"--from"_s, u"2026-11-27"_s, u"--to"_s, u"2026-11-01"_s} + common);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"before"_s));
    r = ctl(QStringList{u"report"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s} + common);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"at most 93 days"_s));
    r = ctl(QStringList{u"report"_s, u"--from"_s, u"2026-11-27"_s, u"--format"_s, u"xls"_s} + common);
    CHECK(r.exitCode == 2);
    r = ctl({u"report"_s, u"--from"_s, u"2026-11-27"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--hall-service"_s));

    r = ctl(QStringList{u"report"_s, u"--from"_s, u"2026-11-27"_s} + common);
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"Cannot reach the hall service at "_s + deadUrl));
    CHECK_FALSE(QFile::exists(out));
}
