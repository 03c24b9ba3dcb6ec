// Case summaries through the real HallServer on loopback (docs/hall-api.md, "Case summaries"): stored once,
// newest updatedAt wins, a window reports only its own cases, a malformed batch stores nothing, the hall
// fills in the ticket from its links; and GET /tickets over a range of days.
#include "core/hall/protocol/casesummary.h"
#include "core/queue/clock.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

const QDateTime kDecided(QDate(2026, 11, 28), QTime(1, 2, 3, 456), Qt::UTC);

ow::CaseSummary summary(const QString &caseId, const QString &windowId, const QDateTime &updatedAt = kDecided)
{
    ow::CaseSummary s;
    s.caseId = caseId;
    s.windowId = windowId;
    s.day = QDate(2026, 11, 28);
    s.decidedAt = kDecided;
    s.updatedAt = updatedAt;
    s.decision = QString(ow::CaseSummary::AcceptedDeficiency);
    s.matters = {{u"M0101"_s, u"个体工商户设立登记"_s, u"市场监管局"_s}};
    s.materialsListed = 8;
    s.materialsCollected = 5;
    s.supplementsOutstanding = 2;
    s.promisedDate = QDate(2026, 12, 7);
    s.supplementDueDate = QDate(2026, 12, 3);
    return s;
}

QByteArray body(const QList<ow::CaseSummary> &list)
{
    QJsonArray array;
    for (const ow::CaseSummary &s : list)
        array.append(s.toJson());
    return QJsonDocument(QJsonObject{{u"summaries"_s, array}}).toJson(QJsonDocument::Compact);
}

QList<ow::CaseSummary> stored(const LocalHall &hall, const QString &query = u"?from=2026-11-28&to=2026-11-28"_s)
{
    const HttpAnswer a = get(hall.url, u"/api/v1/case-summaries"_s + query, supervisorToken());
    REQUIRE(a.status == 200);
    ow::HallResult r;
    r.httpStatus = a.status;
    r.body = a.body;
    return r.summaries();
}

} // namespace

TEST_CASE("a reported summary is stored once and read back as it was sent, through HallClient")
{
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient window(hall.clientOptions(windowToken(3)));
    ow::HallClient supervisor(hall.clientOptions(supervisorToken()));
    const ow::CaseSummary s = summary(u"DEMO-20261128-03-0001"_s, u"W03"_s);

    const ow::HallResult first = await(window.reportCases({s}));
    INFO(first.errorMessage.toStdString());
    REQUIRE(first.ok());
    CHECK(first.stored() == 1);
    CHECK(first.ignored() == 0);
    const ow::HallResult again = await(window.reportCases({s})); // the window's resend after an outage
    REQUIRE(again.ok());
    CHECK(again.stored() == 0);
    CHECK(again.ignored() == 1);

    const ow::HallResult read = await(supervisor.fetchCaseSummaries(QDate(2026, 11, 28), QDate(2026, 11, 28)));
    REQUIRE(read.ok());
    REQUIRE(read.summaries().size() == 1);
    CHECK(read.summaries().first() == s);
    // A window may read them too (its own panel); a board and a kiosk may not.
    CHECK(get(hall.url, u"/api/v1/case-summaries?from=2026-11-28"_s, windowToken(5)).status == 200);
    CHECK(get(hall.url, u"/api/v1/case-summaries"_s, boardToken()).status == 403);
    CHECK(post(hall.url, u"/api/v1/case-summaries"_s, kioskToken(), body({s})).status == 403);
    CHECK(post(hall.url, u"/api/v1/case-summaries"_s, {}, body({s})).status == 401);
}

TEST_CASE("the newest updatedAt wins, an older version is counted as ignored and changes nothing")
{
    LocalHall hall;
    REQUIRE(hall.start());
    ow::CaseSummary newer = summary(u"DEMO-20261128-03-0002"_s, u"W03"_s, kDecided.addSecs(600));
    newer.supplementsOutstanding = 0;
    newer.materialsCollected = 7;
    newer.trips = 2;
    const HttpAnswer a = post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), body({newer}));
    REQUIRE(a.status == 200);
    const qint64 seq = a.body.value(u"seq"_s).toInteger();

    const ow::CaseSummary older = summary(u"DEMO-20261128-03-0002"_s, u"W03"_s, kDecided);
    const HttpAnswer b = post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), body({older}));
    REQUIRE(b.status == 200);
    CHECK(b.body.value(u"stored"_s).toInt() == 0);
    CHECK(b.body.value(u"ignored"_s).toInt() == 1);
    CHECK(b.body.value(u"seq"_s).toInteger() == seq); // no event for an ignored summary
    REQUIRE(stored(hall).size() == 1);
    CHECK(stored(hall).first() == newer);

    // Two versions in one request: the newer one is kept whatever the order.
    ow::CaseSummary third = newer;
    third.updatedAt = kDecided.addSecs(900);
    third.synced = true;
    const HttpAnswer c = post(hall.url, u"/api/v1/case-summaries"_s, supervisorToken(), body({third, older}));
    REQUIRE(c.status == 200);
    CHECK(c.body.value(u"stored"_s).toInt() == 1);
    CHECK(c.body.value(u"ignored"_s).toInt() == 1);
    CHECK(stored(hall).first() == third);
}

TEST_CASE("a window reporting another window's case is refused with 403 and nothing is stored")
{
    LocalHall hall;
    REQUIRE(hall.start());
    const ow::CaseSummary own = summary(u"DEMO-20261128-03-0003"_s, u"W03"_s);
    const ow::CaseSummary other = summary(u"DEMO-20261128-05-0001"_s, u"W05"_s);
    const HttpAnswer a = post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), body({own, other}));
    CHECK(a.status == 403);
    CHECK(a.body.value(u"code"_s).toString() == u"forbidden"_s);
    CHECK(stored(hall).isEmpty());

    // A case W05 reported cannot be overwritten by W03 claiming it under its own window id.
    REQUIRE(post(hall.url, u"/api/v1/case-summaries"_s, windowToken(5), body({other})).status == 200);
    ow::CaseSummary claimed = other;
    claimed.windowId = u"W03"_s;
    claimed.updatedAt = kDecided.addSecs(60);
    const HttpAnswer refused = post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), body({claimed}));
    CHECK(refused.status == 403);
    CHECK(refused.body.value(u"code"_s).toString() == u"case_of_other_window"_s);
    // The supervisor may report for any window.
    CHECK(post(hall.url, u"/api/v1/case-summaries"_s, supervisorToken(), body({own})).status == 200);
    CHECK(stored(hall).size() == 2);
}

TEST_CASE("a malformed summary refuses the whole request with 400 naming the field")
{
    LocalHall hall;
    REQUIRE(hall.start());
    const ow::CaseSummary good = summary(u"DEMO-20261128-03-0004"_s, u"W03"_s);
    struct Spoil {
        const char *field;
        std::function<void(QJsonObject &)> spoil;
    };
    const QList<Spoil> cases = {
        {"caseId", [](QJsonObject &o) { o.remove(u"caseId"_s); }},
        {"decision", [](QJsonObject &o) { o.insert(u"decision"_s, u"maybe"_s); }},
        {"day", [](QJsonObject &o) { o.insert(u"day"_s, u"28/11/2026"_s); }},
        {"materialsListed", [](QJsonObject &o) { o.insert(u"materialsListed"_s, -1); }},
        {"matters", [](QJsonObject &o) { o.insert(u"matters"_s, u"M0101"_s); }},
        {"promisedDate", [](QJsonObject &o) { o.insert(u"promisedDate"_s, 12); }},
    };
    for (const Spoil &c : cases) {
        INFO(c.field);
        QJsonObject bad = summary(u"DEMO-20261128-03-0005"_s, u"W03"_s).toJson();
        c.spoil(bad);
        const QByteArray text = QJsonDocument(QJsonObject{{u"summaries"_s, QJsonArray{good.toJson(), bad}}}).toJson();
        const HttpAnswer a = post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), text);
        CHECK(a.status == 400);
        CHECK(a.body.value(u"code"_s).toString() == u"invalid_summary"_s);
        CHECK(a.body.value(u"detail"_s).toString().contains(u"summaries[1]."_s + QString::fromLatin1(c.field)));
    }
    CHECK(stored(hall).isEmpty()); // not even the good one
    // The envelope: no array, an empty one, more than 500; an unknown window.
    CHECK(post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), R"({"summaries":{}})").status == 400);
    CHECK(post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), R"({"summaries":[]})").status == 400);
    QList<ow::CaseSummary> many;
    for (int i = 0; i < 501; ++i)
        many.append(summary(u"DEMO-20261128-03-%1"_s.arg(i + 100), u"W03"_s));
    CHECK(post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), body(many)).status == 400);
    many.removeLast();
    const HttpAnswer full = post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), body(many));
    CHECK(full.status == 200);
    CHECK(full.body.value(u"stored"_s).toInt() == 500);
    const HttpAnswer unknown =
        post(hall.url, u"/api/v1/case-summaries"_s, supervisorToken(), body({summary(u"X-1"_s, u"W99"_s)}));
    CHECK(unknown.status == 400);
    CHECK(unknown.body.value(u"code"_s).toString() == u"unknown_window"_s);
}

TEST_CASE("each stored summary is a case_reported event on the stream, and the snapshot keeps its sequence")
{
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient board(hall.clientOptions(boardToken()));
    QList<ow::CaseSummary> reported;
    QObject::connect(&board, &ow::HallClient::caseReported, [&](const ow::CaseSummary &s) { reported.append(s); });
    board.start();
    REQUIRE(waitFor([&] { return board.isOnline(); }));
    const ow::CaseSummary a = summary(u"DEMO-20261128-03-0010"_s, u"W03"_s);
    const ow::CaseSummary b = summary(u"DEMO-20261128-03-0011"_s, u"W03"_s);
    REQUIRE(post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), body({a, b})).status == 200);
    REQUIRE(post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), body({a})).status == 200); // ignored: no event
    REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
    REQUIRE(waitFor([&] { return board.lastSequence() == hall.server.lastSequence(); }));
    CHECK(reported == QList<ow::CaseSummary>{a, b});
    CHECK(board.snapshot().waiting.size() == 1);
    const QJsonArray events = get(hall.url, u"/api/v1/events?since=0"_s, boardToken()).body.value(u"events"_s).toArray();
    int caseEvents = 0;
    for (const QJsonValue &e : events) {
        if (e.toObject().value(u"type"_s).toString() == u"case_reported"_s) {
            ++caseEvents;
            CHECK(e.toObject().value(u"windowId"_s).toString() == u"W03"_s);
            CHECK(e.toObject().value(u"actor"_s).toString() == u"window:counter-03"_s);
        }
    }
    CHECK(caseEvents == 2);
}

TEST_CASE("a summary sent without its ticket gets the ticket the case was linked to, before or after")
{
    LocalHall hall;
    REQUIRE(hall.start());
    REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
    const HttpAnswer called = post(hall.url, u"/api/v1/windows/W03/call-next"_s, windowToken(3));
    REQUIRE(called.status == 200);
    const QString ticketId = called.body.value(u"ticket"_s).toObject().value(u"id"_s).toString();
    REQUIRE(
        post(hall.url, u"/api/v1/tickets/"_s + ticketId + u"/cases"_s, windowToken(3), R"({"caseIds":["DEMO-20261128-03-0020"]})")
            .status
        == 200);

    // Linked first, reported after.
    ow::CaseSummary first = summary(u"DEMO-20261128-03-0020"_s, u"W03"_s);
    REQUIRE(post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), body({first})).status == 200);
    // Reported first, linked after.
    ow::CaseSummary second = summary(u"DEMO-20261128-03-0021"_s, u"W03"_s);
    REQUIRE(post(hall.url, u"/api/v1/case-summaries"_s, windowToken(3), body({second})).status == 200);
    REQUIRE(
        post(hall.url, u"/api/v1/tickets/"_s + ticketId + u"/cases"_s, windowToken(3), R"({"caseIds":["DEMO-20261128-03-0021"]})")
            .status
        == 200);

    const QList<ow::CaseSummary> list = stored(hall);
    REQUIRE(list.size() == 2);
    for (const ow::CaseSummary &s : list)
        CHECK(s.ticketId == ticketId);
}

TEST_CASE("GET /tickets lists every ticket of a range of days in any state, for the supervisor only")
{
    ow::ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(1, 0), Qt::UTC)); // 09:00 in the hall
    LocalHall hall(hallConfig(), &clock);
    REQUIRE(hall.start());
    ow::HallClient supervisor(hall.clientOptions(supervisorToken()));
    // Day 1: two tickets, one served. Day 2: nothing. Day 3: one waiting.
    REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
    REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"B"})").status == 201);
    REQUIRE(post(hall.url, u"/api/v1/windows/W01/call-next"_s, windowToken(1)).status == 200);
    REQUIRE(post(hall.url, u"/api/v1/windows/W01/complete"_s, windowToken(1), R"({"outcome":"accepted"})").status == 200);
    clock.advanceSeconds(2 * 86400);
    REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"C"})").status == 201);

    const ow::HallResult all = await(supervisor.fetchTickets(QDate(2026, 11, 26), QDate(2026, 11, 28)));
    REQUIRE(all.ok());
    const QList<ow::HallTicket> tickets = all.tickets();
    REQUIRE(tickets.size() == 3);
    CHECK(tickets.at(0).id == u"20261126-A001"_s);
    CHECK(tickets.at(0).state == u"completed"_s);
    CHECK(tickets.at(0).outcome == u"accepted"_s);
    CHECK(tickets.at(1).id == u"20261126-B001"_s);
    CHECK(tickets.at(1).state == u"expired"_s); // still waiting when the day ended
    CHECK(tickets.at(2).id == u"20261128-C001"_s);
    CHECK(tickets.at(2).state == u"waiting"_s);

    const ow::HallResult today = await(supervisor.fetchTickets()); // default: today
    REQUIRE(today.ok());
    CHECK(today.tickets().size() == 1);
    CHECK(await(supervisor.fetchTickets(QDate(2026, 11, 27), QDate(2026, 11, 27))).tickets().isEmpty());

    CHECK(get(hall.url, u"/api/v1/tickets"_s, windowToken(1)).status == 403);
    CHECK(get(hall.url, u"/api/v1/tickets"_s, kioskToken()).status == 403);
    CHECK(get(hall.url, u"/api/v1/tickets?from=2026-11-28&to=2026-11-26"_s, supervisorToken()).status == 400);
    CHECK(get(hall.url, u"/api/v1/tickets?from=2026-08-27&to=2026-11-28"_s, supervisorToken()).status == 400); // 94 days
    CHECK(get(hall.url, u"/api/v1/tickets?from=2026-08-28&to=2026-11-28"_s, supervisorToken()).status == 200); // 93
    CHECK(get(hall.url, u"/api/v1/case-summaries?from=2026-08-27&to=2026-11-28"_s, supervisorToken()).status == 400);
    CHECK(get(hall.url, u"/api/v1/tickets?from=yesterday"_s, supervisorToken()).status == 400);
    // POST /tickets still issues (the GET route came first and did not take its place).
    CHECK(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
    CHECK(http(hall.url, "DELETE", u"/api/v1/tickets"_s, supervisorToken()).status == 405);
}
