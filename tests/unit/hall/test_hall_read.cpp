// The hall's objects read from the wire (docs/hall-api.md, "Bounds"): what a real hall sends reads whole;
// what a hostile or broken peer sends (wrong types, over-long text, too many entries, impossible numbers,
// times without a zone) is refused whole, and the refusal names the value by its path.
#include "core/hall/protocol/hallmodels.h"
#include "tests/support/hallread.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject ticketJson()
{
    return {{u"id"_s, u"20261204-A017"_s},
            {u"code"_s, u"A017"_s},
            {u"number"_s, 17},
            {u"service"_s, u"A"_s},
            {u"state"_s, u"waiting"_s},
            {u"priority"_s, u"elderly"_s},
            {u"issuedAt"_s, u"2026-12-04T01:02:03Z"_s},
            {u"order"_s, 17},
            {u"caseIds"_s, QJsonArray{u"DEMO-20261204-03-0001"_s}},
            {u"appointment"_s, QJsonObject{{u"bookingCode"_s, u"B123"_s}, {u"slotStart"_s, u"2026-12-04T02:00:00+08:00"_s}}}};
}

QJsonObject windowJson()
{
    return {{u"id"_s, u"W03"_s},
            {u"name"_s, u"3号窗口"_s},
            {u"services"_s, QJsonArray{QJsonObject{{u"service"_s, u"A"_s}, {u"weight"_s, 2}}}},
            {u"paused"_s, false},
            {u"current"_s, ticketJson()}};
}

QJsonObject snapshotJson()
{
    return {{u"seq"_s, 42},
            {u"hall"_s, QJsonObject{{u"code"_s, u"DEMO"_s}, {u"name"_s, u"示范大厅"_s}, {u"timeZone"_s, u"Asia/Shanghai"_s}}},
            {u"day"_s, u"2026-12-04"_s},
            {u"services"_s, QJsonArray{QJsonObject{{u"code"_s, u"A"_s}, {u"name"_s, u"综合"_s}, {u"waiting"_s, 1}}}},
            {u"windows"_s, QJsonArray{windowJson()}},
            {u"waiting"_s, QJsonArray{ticketJson()}},
            {u"latestCalls"_s, QJsonArray{QJsonObject{{u"seq"_s, 41},
                                                      {u"type"_s, u"ticket_called"_s},
                                                      {u"at"_s, u"2026-12-04T01:05:00Z"_s},
                                                      {u"windowId"_s, u"W03"_s},
                                                      {u"ticket"_s, ticketJson()}}}}};
}

QJsonObject eventJson()
{
    return {{u"seq"_s, 43},
            {u"type"_s, u"ticket_issued"_s},
            {u"at"_s, u"2026-12-04T01:06:00Z"_s},
            {u"day"_s, u"2026-12-04"_s},
            {u"ticketId"_s, u"20261204-A017"_s},
            {u"ticket"_s, ticketJson()},
            {u"waiting"_s, QJsonObject{{u"A"_s, 1}}}};
}

// Sets `value` at the dotted path ("windows.0.current.code") in a copy of `o`.
QJsonValue withValue(const QJsonValue &at, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (at.isArray()) {
        QJsonArray a = at.toArray();
        const int i = key.toInt();
        a[i] = withValue(a.at(i), path, value);
        return a;
    }
    QJsonObject o = at.toObject();
    o[key] = withValue(o.value(key), path, value);
    return o;
}

QJsonObject with(const QJsonObject &o, const QString &dotted, const QJsonValue &value)
{
    return withValue(o, dotted.split(u'.'), value).toObject();
}

QJsonObject without(const QJsonObject &o, const QString &key)
{
    QJsonObject copy = o;
    copy.remove(key);
    return copy;
}

template <typename T>
QString refusal(const QJsonObject &o)
{
    T value;
    QString problem;
    if (T::fromJson(o, &value, &problem))
        return {};
    return problem.isEmpty() ? u"(refused without words)"_s : problem;
}

QJsonArray repeated(const QJsonValue &value, int count)
{
    QJsonArray a;
    for (int i = 0; i < count; ++i)
        a.append(value);
    return a;
}

} // namespace

TEST_CASE("a real hall's snapshot and event read whole")
{
    const auto s = owtest::hallRead<ow::HallSnapshot>(snapshotJson());
    CHECK(s.seq == 42);
    CHECK(s.hallCode == u"DEMO"_s);
    CHECK(s.timeZone.id() == "Asia/Shanghai");
    CHECK(s.day == QDate(2026, 12, 4));
    REQUIRE(s.windows.size() == 1);
    CHECK(s.windows[0].name == u"3号窗口"_s);
    CHECK(s.windows[0].services.value(0).weight == 2);
    CHECK(s.windows[0].current.code == u"A017"_s);
    REQUIRE(s.waiting.size() == 1);
    CHECK(s.waiting[0].issuedAt == QDateTime(QDate(2026, 12, 4), QTime(1, 2, 3), Qt::UTC));
    CHECK(s.waiting[0].slotStart == QDateTime(QDate(2026, 12, 3), QTime(18, 0), Qt::UTC));
    CHECK(s.waiting[0].caseIds == QStringList{u"DEMO-20261204-03-0001"_s});
    REQUIRE(s.latestCalls.size() == 1);
    CHECK(s.latestCalls[0].ticket.code == u"A017"_s);

    const auto e = owtest::hallRead<ow::HallEvent>(eventJson());
    CHECK(e.seq == 43);
    CHECK(e.ticket.id == u"20261204-A017"_s);
    CHECK(e.waiting.value(u"A"_s) == 1);
}

TEST_CASE("a newer hall stays readable: unknown keys are ignored, unknown states and event types kept as text")
{
    const auto t = owtest::hallRead<ow::HallTicket>(with(with(ticketJson(), u"state"_s, u"parked"_s), u"colour"_s, u"red"_s));
    CHECK(t.state == u"parked"_s);
    const auto e = owtest::hallRead<ow::HallEvent>(with(eventJson(), u"type"_s, u"ticket_parked"_s));
    CHECK(e.type == u"ticket_parked"_s);
    const auto s = owtest::hallRead<ow::HallSnapshot>(with(snapshotJson(), u"weather"_s, QJsonObject{{u"sun"_s, true}}));
    CHECK(s.seq == 42);
}

TEST_CASE("a hostile or broken snapshot is refused whole, naming the value")
{
    struct Case {
        const char *what;
        QJsonObject json;
        QString path;
    };
    const QJsonObject s = snapshotJson();
    const QString longText(257, u'x');
    const std::vector<Case> cases{
        {"no sequence number", without(s, u"seq"_s), u"seq"_s},
        {"a negative sequence number", with(s, u"seq"_s, -1), u"seq"_s},
        {"a sequence past what JSON holds exactly", with(s, u"seq"_s, 1e17), u"seq"_s},
        {"a fractional sequence number", with(s, u"seq"_s, 4.5), u"seq"_s},
        {"no hall", without(s, u"hall"_s), u"hall"_s},
        {"a hall without a code", with(s, u"hall.code"_s, u""_s), u"hall.code"_s},
        {"no windows", without(s, u"windows"_s), u"windows"_s},
        {"no waiting list", without(s, u"waiting"_s), u"waiting"_s},
        {"windows as text", with(s, u"windows"_s, u"W03"_s), u"windows"_s},
        {"a window id as a number", with(s, u"windows.0.id"_s, 3), u"windows[0].id"_s},
        {"an over-long window id", with(s, u"windows.0.id"_s, longText), u"windows[0].id"_s},
        {"a window's current ticket code too long", with(s, u"windows.0.current.code"_s, QString(65, u'A')),
         u"windows[0].current.code"_s},
        {"a weight past 1000", with(s, u"windows.0.services.0.weight"_s, 100000), u"windows[0].services[0].weight"_s},
        {"a waiting ticket without a state", with(s, u"waiting.0.state"_s, QJsonValue::Null), u"waiting[0].state"_s},
        {"a waiting ticket issued at a time without a zone", with(s, u"waiting.0.issuedAt"_s, u"2026-12-04T09:02:03"_s),
         u"waiting[0].issuedAt"_s},
        {"a rating of 9", with(s, u"waiting.0.rating"_s, 9), u"waiting[0].rating"_s},
        {"a blank case id", with(s, u"waiting.0.caseIds"_s, QJsonArray{u" "_s}), u"waiting[0].caseIds"_s},
        {"101 case ids on one ticket", with(s, u"waiting.0.caseIds"_s, repeated(u"C"_s, 101)), u"waiting[0].caseIds"_s},
        {"1001 windows", with(s, u"windows"_s, repeated(windowJson(), 1001)), u"windows"_s},
        {"101 latest calls", with(s, u"latestCalls"_s, repeated(s.value(u"latestCalls"_s).toArray().at(0), 101)),
         u"latestCalls"_s},
        {"a latest call without its ticket", with(s, u"latestCalls.0.ticket"_s, QJsonValue::Null), u"latestCalls[0].ticket"_s},
        {"a waiting count below zero", with(s, u"services.0.waiting"_s, -3), u"services[0].waiting"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QString problem = refusal<ow::HallSnapshot>(c.json);
        CHECK_FALSE(problem.isEmpty());
        CHECK(problem.contains(c.path));
    }
}

TEST_CASE("a hostile or broken event is refused whole, naming the value")
{
    const QJsonObject e = eventJson();
    struct Case {
        const char *what;
        QJsonObject json;
        QString path;
    };
    QJsonObject manyServices;
    for (int i = 0; i < 1001; ++i)
        manyServices.insert(u"S%1"_s.arg(i), 1);
    const std::vector<Case> cases{
        {"sequence 0", with(e, u"seq"_s, 0), u"seq"_s},
        {"a sequence as text", with(e, u"seq"_s, u"43"_s), u"seq"_s},
        {"no type", without(e, u"type"_s), u"type"_s},
        {"a type of a megabyte", with(e, u"type"_s, QString(1 << 20, u't')), u"type"_s},
        {"a time without a zone", with(e, u"at"_s, u"2026-12-04T09:06:00"_s), u"at"_s},
        {"a ticket as an array", with(e, u"ticket"_s, QJsonArray{}), u"ticket"_s},
        {"a ticket id as a number", with(e, u"ticket.id"_s, 17), u"ticket.id"_s},
        {"a waiting count as text", with(e, u"waiting.A"_s, u"many"_s), u"waiting.A"_s},
        {"1001 services waiting", with(e, u"waiting"_s, manyServices), u"waiting"_s},
        {"a window with 1001 services",
         with(e, u"window"_s, with(windowJson(), u"services"_s, repeated(QJsonObject{{u"service"_s, u"A"_s}}, 1001))),
         u"window.services"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QString problem = refusal<ow::HallEvent>(c.json);
        CHECK_FALSE(problem.isEmpty());
        CHECK(problem.contains(c.path));
    }
}

TEST_CASE("a hall's statistics are read within their bounds")
{
    const QJsonObject figures{{u"service"_s, u"A"_s},       {u"issued"_s, 10},           {u"served"_s, 8},
                              {u"avgWaitSeconds"_s, 312.5}, {u"maxWaitSeconds"_s, 1200}, {u"avgRating"_s, 4.5}};
    const QJsonObject stats{{u"day"_s, u"2026-12-04"_s}, {u"services"_s, QJsonArray{figures}}, {u"totals"_s, figures}};
    const auto s = owtest::hallRead<ow::HallStatistics>(stats);
    CHECK(s.services.value(u"A"_s).served == 8);
    CHECK(s.totals.avgWaitSeconds == 312.5);

    CHECK(refusal<ow::HallStatistics>(without(stats, u"services"_s)).contains(u"services"_s));
    CHECK(refusal<ow::HallStatistics>(with(stats, u"totals.avgRating"_s, 6)).contains(u"totals.avgRating"_s));
    CHECK(refusal<ow::HallStatistics>(with(stats, u"totals.avgWaitSeconds"_s, -1)).contains(u"totals.avgWaitSeconds"_s));
    CHECK(refusal<ow::HallStatistics>(with(stats, u"totals.issued"_s, 1e9)).contains(u"totals.issued"_s));
    CHECK(refusal<ow::HallStatistics>(with(stats, u"services.0.service"_s, QJsonValue::Null)).contains(u"services[0].service"_s));
}
