// CaseSummary's wire form (docs/hall-api.md, "Case summaries"): what toJson writes reads back the same,
// and fromJson refuses every missing or mistyped field, naming it.
#include "core/domain/case.h"
#include "core/hall/protocol/casesummary.h"
#include "core/hall/protocol/hallmodels.h"
#include "tests/support/hallread.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

ow::CaseSummary full()
{
    ow::CaseSummary s;
    s.caseId = u"DEMO-20261128-03-0001"_s;
    s.windowId = u"W03"_s;
    s.ticketId = u"20261128-A017"_s;
    s.day = QDate(2026, 11, 28);
    s.decidedAt = QDateTime(QDate(2026, 11, 28), QTime(1, 2, 3, 456), Qt::UTC);
    s.updatedAt = s.decidedAt.addSecs(3600);
    s.decision = QString(ow::CaseSummary::AcceptedDeficiency);
    s.matters = {{u"M0101"_s, u"个体工商户设立登记"_s, u"市场监管局"_s}, {u"M0202"_s, u"税务登记"_s, u"税务局"_s}};
    s.bundle = u"YJS-0001"_s;
    s.materialsListed = 8;
    s.materialsCollected = 5;
    s.supplementsOutstanding = 2;
    s.materialsByCommitment = 1;
    s.trips = 1;
    s.instant = false;
    s.promisedDate = QDate(2026, 12, 7);
    s.supplementDueDate = QDate(2026, 12, 3);
    s.synced = true;
    s.status = u"awaiting_supplement"_s;
    s.delivery = u"post"_s;
    s.readyDate = QDate(2026, 12, 9);
    return s;
}

QString refusal(const QJsonObject &o)
{
    ow::CaseSummary s;
    QString error;
    if (ow::CaseSummary::fromJson(o, &s, &error))
        return u"(accepted)"_s;
    return error;
}

} // namespace

TEST_CASE("a case summary reads back exactly as it was written, through the JSON text too")
{
    const ow::CaseSummary s = full();
    ow::CaseSummary back;
    REQUIRE(ow::CaseSummary::fromJson(s.toJson(), &back));
    CHECK(back == s);
    const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(s.toJson()).toJson()).object();
    REQUIRE(ow::CaseSummary::fromJson(reparsed, &back));
    CHECK(back == s);

    // Without the optional parts: no ticket, no bundle, no dates, an instant case.
    ow::CaseSummary bare = full();
    bare.ticketId.clear();
    bare.bundle.clear();
    bare.decision = QString(ow::CaseSummary::Accepted);
    bare.instant = true;
    bare.promisedDate = {};
    bare.supplementDueDate = {};
    bare.supplementsOutstanding = 0;
    bare.synced = false;
    bare.status.clear(); // unknown: still written, as ""
    REQUIRE(ow::CaseSummary::fromJson(bare.toJson(), &back));
    CHECK(back == bare);
}

TEST_CASE("the wire form is the documented one: ISO days, UTC times with milliseconds, null for no date")
{
    ow::CaseSummary s = full();
    s.promisedDate = {};
    const QJsonObject o = s.toJson();
    CHECK(o.value(u"day"_s).toString() == u"2026-11-28"_s);
    CHECK(o.value(u"decidedAt"_s).toString() == u"2026-11-28T01:02:03.456Z"_s);
    CHECK(o.value(u"promisedDate"_s).isNull());
    CHECK(o.value(u"supplementDueDate"_s).toString() == u"2026-12-03"_s);
    CHECK(o.value(u"decision"_s).toString() == u"accepted_deficiency"_s);
    CHECK(o.value(u"status"_s).toString() == u"awaiting_supplement"_s);
    CHECK(o.value(u"matters"_s).toArray().at(0).toObject().value(u"department"_s).toString() == u"市场监管局"_s);
    // No personal data: the keys are exactly these.
    QStringList keys = o.keys();
    keys.sort();
    CHECK(keys
          == QStringList{u"bundle"_s,
                         u"caseId"_s,
                         u"day"_s,
                         u"decidedAt"_s,
                         u"decision"_s,
                         u"delivery"_s,
                         u"instant"_s,
                         u"materialsByCommitment"_s,
                         u"materialsCollected"_s,
                         u"materialsListed"_s,
                         u"matters"_s,
                         u"promisedDate"_s,
                         u"readyDate"_s,
                         u"status"_s,
                         u"supplementDueDate"_s,
                         u"supplementsOutstanding"_s,
                         u"synced"_s,
                         u"ticketId"_s,
                         u"trips"_s,
                         u"updatedAt"_s,
                         u"windowId"_s});
}

TEST_CASE("absent optional fields take their defaults: updatedAt is decidedAt, one trip, no materials")
{
    QJsonObject o = full().toJson();
    for (const QString &key : {u"updatedAt"_s, u"trips"_s, u"materialsListed"_s, u"materialsCollected"_s,
                               u"supplementsOutstanding"_s, u"promisedDate"_s, u"supplementDueDate"_s, u"ticketId"_s, u"bundle"_s,
                               u"instant"_s, u"synced"_s, u"status"_s, u"materialsByCommitment"_s, u"delivery"_s, u"readyDate"_s})
        o.remove(key);
    ow::CaseSummary s;
    REQUIRE(ow::CaseSummary::fromJson(o, &s));
    CHECK(s.updatedAt == s.decidedAt);
    CHECK(s.trips == 1);
    CHECK(s.materialsListed == 0);
    CHECK(s.materialsByCommitment == 0); // a window older than 告知承诺制 replaced nothing
    CHECK_FALSE(s.promisedDate.isValid());
    CHECK(s.ticketId.isEmpty());
    CHECK(s.status.isEmpty());   // a window older than the field: unknown, taken as open
    CHECK(s.delivery.isEmpty()); // nor does it say how the result goes, or since when it waits
    CHECK_FALSE(s.readyDate.isValid());
    CHECK_FALSE(s.isFinished());
}

TEST_CASE("every missing or mistyped field is refused, and the message names it")
{
    struct Spoil {
        QString field;
        std::function<void(QJsonObject &)> apply;
    };
    const QList<Spoil> spoils = {
        {u"caseId"_s, [](QJsonObject &o) { o.remove(u"caseId"_s); }},
        {u"caseId"_s, [](QJsonObject &o) { o.insert(u"caseId"_s, u"   "_s); }},
        {u"caseId"_s, [](QJsonObject &o) { o.insert(u"caseId"_s, QString(65, u'X')); }},
        {u"caseId"_s, [](QJsonObject &o) { o.insert(u"caseId"_s, 17); }},
        {u"windowId"_s, [](QJsonObject &o) { o.remove(u"windowId"_s); }},
        {u"day"_s, [](QJsonObject &o) { o.insert(u"day"_s, u"2026-02-30"_s); }},
        {u"delivery"_s, [](QJsonObject &o) { o.insert(u"delivery"_s, u"drone"_s); }},
        {u"delivery"_s, [](QJsonObject &o) { o.insert(u"delivery"_s, 2); }},
        {u"readyDate"_s, [](QJsonObject &o) { o.insert(u"readyDate"_s, u"yesterday"_s); }},
        {u"day"_s, [](QJsonObject &o) { o.remove(u"day"_s); }},
        {u"decidedAt"_s, [](QJsonObject &o) { o.insert(u"decidedAt"_s, u"yesterday"_s); }},
        {u"updatedAt"_s, [](QJsonObject &o) { o.insert(u"updatedAt"_s, u"soon"_s); }},
        {u"updatedAt"_s, [](QJsonObject &o) { o.insert(u"updatedAt"_s, QJsonValue::Null); }},
        {u"decision"_s, [](QJsonObject &o) { o.insert(u"decision"_s, u"accept"_s); }},
        {u"decision"_s, [](QJsonObject &o) { o.remove(u"decision"_s); }},
        {u"matters"_s, [](QJsonObject &o) { o.remove(u"matters"_s); }},
        {u"matters"_s, [](QJsonObject &o) { o.insert(u"matters"_s, QJsonObject{}); }},
        {u"matters[0].code"_s,
         [](QJsonObject &o) {
             o.insert(u"matters"_s, QJsonArray{QJsonObject{{u"name"_s, u"x"_s}}});
         }},
        {u"matters[0]"_s, [](QJsonObject &o) { o.insert(u"matters"_s, QJsonArray{u"M0101"_s}); }},
        {u"materialsListed"_s, [](QJsonObject &o) { o.insert(u"materialsListed"_s, -1); }},
        {u"materialsListed"_s, [](QJsonObject &o) { o.insert(u"materialsListed"_s, 2.5); }},
        {u"materialsListed"_s, [](QJsonObject &o) { o.insert(u"materialsListed"_s, u"8"_s); }},
        {u"materialsCollected"_s, [](QJsonObject &o) { o.insert(u"materialsCollected"_s, -3); }},
        {u"supplementsOutstanding"_s, [](QJsonObject &o) { o.insert(u"supplementsOutstanding"_s, true); }},
        {u"materialsByCommitment"_s, [](QJsonObject &o) { o.insert(u"materialsByCommitment"_s, -1); }},
        {u"materialsByCommitment"_s, [](QJsonObject &o) { o.insert(u"materialsByCommitment"_s, u"1"_s); }},
        {u"trips"_s, [](QJsonObject &o) { o.insert(u"trips"_s, 0); }},
        {u"trips"_s, [](QJsonObject &o) { o.insert(u"trips"_s, QJsonValue::Null); }},
        {u"promisedDate"_s, [](QJsonObject &o) { o.insert(u"promisedDate"_s, u"next week"_s); }},
        {u"promisedDate"_s, [](QJsonObject &o) { o.insert(u"promisedDate"_s, 20261207); }},
        {u"supplementDueDate"_s, [](QJsonObject &o) { o.insert(u"supplementDueDate"_s, u"2026-13-01"_s); }},
        {u"status"_s, [](QJsonObject &o) { o.insert(u"status"_s, 3); }},
        {u"status"_s, [](QJsonObject &o) { o.insert(u"status"_s, true); }},
        {u"status"_s, [](QJsonObject &o) { o.insert(u"status"_s, QJsonValue::Null); }},
        {u"status"_s, [](QJsonObject &o) { o.insert(u"status"_s, QJsonArray{u"completed"_s}); }},
        {u"status"_s, [](QJsonObject &o) { o.insert(u"status"_s, QString(33, u'x')); }},
    };
    for (const Spoil &spoil : spoils) {
        QJsonObject o = full().toJson();
        spoil.apply(o);
        INFO(spoil.field.toStdString() << " in " << QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
        const QString error = refusal(o);
        CHECK(error.contains(u'"' + spoil.field + u'"'));
    }
    // A refusal leaves the output alone.
    ow::CaseSummary untouched = full();
    CHECK_FALSE(ow::CaseSummary::fromJson(QJsonObject{}, &untouched));
    CHECK(untouched == full());
}

TEST_CASE("only accepting decisions take a case in")
{
    ow::CaseSummary s = full();
    for (const auto &[decision, takesIn] : {std::pair{ow::CaseSummary::Accepted, true},
                                            {ow::CaseSummary::AcceptedDeficiency, true},
                                            {ow::CaseSummary::OneTimeNotice, false},
                                            {ow::CaseSummary::NotAccepted, false}}) {
        s.decision = QString(decision);
        CHECK(s.takesCaseIn() == takesIn);
        CHECK(ow::CaseSummary::isDecision(s.decision));
    }
    CHECK_FALSE(ow::CaseSummary::isDecision(u"consulted"_s));
}

TEST_CASE("ready for pick-up and completed are finished (办结), the other statuses and an unknown one are open")
{
    // The wire values are the domain's keys: a rename there would silently break the hall's figures.
    CHECK(ow::caseStatusKey(ow::CaseStatus::Completed) == ow::CaseSummary::Completed);
    CHECK(ow::caseStatusKey(ow::CaseStatus::ReadyForPickup) == ow::CaseSummary::ReadyForPickup);
    ow::CaseSummary s = full();
    for (const auto &[status, finished] : {std::pair{ow::CaseStatus::Accepted, false},
                                           {ow::CaseStatus::AwaitingSupplement, false},
                                           {ow::CaseStatus::Notified, false},
                                           {ow::CaseStatus::Rejected, false},
                                           {ow::CaseStatus::InProgress, false},
                                           {ow::CaseStatus::ReadyForPickup, true},
                                           {ow::CaseStatus::Completed, true}}) {
        s.status = ow::caseStatusKey(status);
        INFO(s.status.toStdString());
        CHECK(s.isFinished() == finished);
        ow::CaseSummary back;
        REQUIRE(ow::CaseSummary::fromJson(s.toJson(), &back));
        CHECK(back.status == s.status);
    }
    s.status.clear();
    CHECK_FALSE(s.isFinished());
    // A status this hall does not know (a newer window) is taken, and open.
    QJsonObject o = full().toJson();
    o.insert(u"status"_s, u"archived"_s);
    REQUIRE(ow::CaseSummary::fromJson(o, &s));
    CHECK(s.status == u"archived"_s);
    CHECK_FALSE(s.isFinished());
}

TEST_CASE("the snapshot's hall.timeZone is read, and absent or unknown leaves it invalid")
{
    const auto snapshot = [](const QJsonObject &hall) {
        return owtest::hallRead<ow::HallSnapshot>(
            QJsonObject{{u"hall"_s, hall}, {u"seq"_s, 1}, {u"windows"_s, QJsonArray{}}, {u"waiting"_s, QJsonArray{}}});
    };
    const ow::HallSnapshot shanghai = snapshot({{u"code"_s, u"DEMO"_s}, {u"timeZone"_s, u"Asia/Shanghai"_s}});
    REQUIRE(shanghai.timeZone.isValid());
    CHECK(shanghai.timeZone.id() == "Asia/Shanghai");
    CHECK(shanghai.timeZone.offsetFromUtc(QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC)) == 8 * 3600);
    CHECK(snapshot({{u"code"_s, u"DEMO"_s}, {u"timeZone"_s, u"UTC+08:00"_s}})
              .timeZone.offsetFromUtc(QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC))
          == 8 * 3600);
    CHECK_FALSE(snapshot({{u"code"_s, u"DEMO"_s}}).timeZone.isValid()); // an older hall
    CHECK_FALSE(snapshot({{u"code"_s, u"DEMO"_s}, {u"timeZone"_s, u"Mars/Base"_s}}).timeZone.isValid());
}

TEST_CASE("an event for a window the snapshot has not seen adds it, and a known window is replaced, not doubled")
{
    ow::HallSnapshot snapshot = owtest::hallRead<ow::HallSnapshot>(
        QJsonObject{{u"seq"_s, 1},
                    {u"hall"_s, QJsonObject{{u"code"_s, u"DEMO"_s}}},
                    {u"windows"_s, QJsonArray{QJsonObject{{u"id"_s, u"W01"_s}, {u"name"_s, u"1号窗口"_s}}}},
                    {u"waiting"_s, QJsonArray{}}});
    REQUIRE(snapshot.windows.size() == 1);
    const auto event = [](qint64 seq, const QString &id, bool paused) {
        return owtest::hallRead<ow::HallEvent>(QJsonObject{
            {u"seq"_s, seq}, {u"type"_s, u"window_paused"_s}, {u"window"_s, QJsonObject{{u"id"_s, id}, {u"paused"_s, paused}}}});
    };
    CHECK(snapshot.apply(event(2, u"W01"_s, true)));
    REQUIRE(snapshot.windows.size() == 1);
    CHECK(snapshot.windows.first().paused);
    CHECK(snapshot.apply(event(3, u"W09"_s, true)));
    REQUIRE(snapshot.windows.size() == 2);
    CHECK(snapshot.window(u"W09"_s) != nullptr);
    CHECK(snapshot.seq == 3);
}

TEST_CASE("a case_reported event carries its summary read once, and one that does not read carries none")
{
    const QJsonObject good = full().toJson();
    const ow::HallEvent reported =
        owtest::hallRead<ow::HallEvent>(QJsonObject{{u"seq"_s, 7}, {u"type"_s, u"case_reported"_s}, {u"data"_s, good}});
    REQUIRE(reported.caseSummary.has_value());
    CHECK(*reported.caseSummary == full());

    const ow::HallEvent broken = owtest::hallRead<ow::HallEvent>(
        QJsonObject{{u"seq"_s, 8}, {u"type"_s, u"case_reported"_s}, {u"data"_s, QJsonObject{{u"caseId"_s, 3}}}});
    CHECK_FALSE(broken.caseSummary.has_value());
    const ow::HallEvent other =
        owtest::hallRead<ow::HallEvent>(QJsonObject{{u"seq"_s, 9}, {u"type"_s, u"ticket_issued"_s}, {u"data"_s, good}});
    CHECK_FALSE(other.caseSummary.has_value());
}

TEST_CASE("every text field of a case summary and its matter list are bounded, and the bound is reported")
{
    struct Over {
        QString field;
        int bound;
        std::function<void(QJsonObject &)> apply;
    };
    const auto matter = [](const QString &code, const QString &name, const QString &department) {
        return QJsonArray{QJsonObject{{u"code"_s, code}, {u"name"_s, name}, {u"department"_s, department}}};
    };
    const std::vector<Over> overs{
        {u"caseId"_s, 64, [](QJsonObject &o) { o.insert(u"caseId"_s, QString(65, u'c')); }},
        {u"windowId"_s, 64, [](QJsonObject &o) { o.insert(u"windowId"_s, QString(65, u'w')); }},
        {u"ticketId"_s, 64, [](QJsonObject &o) { o.insert(u"ticketId"_s, QString(65, u't')); }},
        {u"bundle"_s, 64, [](QJsonObject &o) { o.insert(u"bundle"_s, QString(65, u'b')); }},
        {u"status"_s, 32, [](QJsonObject &o) { o.insert(u"status"_s, QString(33, u's')); }},
        {u"matters[0].code"_s, 64, [&](QJsonObject &o) { o.insert(u"matters"_s, matter(QString(65, u'M'), {}, {})); }},
        {u"matters[0].name"_s, 200, [&](QJsonObject &o) { o.insert(u"matters"_s, matter(u"M1"_s, QString(201, u'名'), {})); }},
        {u"matters[0].department"_s, 200,
         [&](QJsonObject &o) { o.insert(u"matters"_s, matter(u"M1"_s, {}, QString(201, u'局'))); }},
        {u"matters"_s, 50,
         [](QJsonObject &o) {
             QJsonArray many;
             for (int i = 0; i < 51; ++i)
                 many.append(QJsonObject{{u"code"_s, u"M%1"_s.arg(i)}});
             o.insert(u"matters"_s, many);
         }},
    };
    for (const Over &over : overs) {
        INFO(over.field.toStdString());
        QJsonObject o = full().toJson();
        over.apply(o);
        ow::CaseSummary s;
        ow::JsonReader r(o);
        CHECK_FALSE(ow::CaseSummary::fromJson(r, &s));
        const bool tooLarge =
            r.problem().kind == ow::JsonProblem::Kind::TooLong || r.problem().kind == ow::JsonProblem::Kind::TooMany;
        CHECK(tooLarge);
        CHECK(r.problem().max == over.bound);
        CHECK(r.problem().name == over.field);
    }
    // At the bounds exactly, a summary is taken; a mistyped field is no "too long".
    QJsonObject atBounds = full().toJson();
    atBounds.insert(u"bundle"_s, QString(64, u'b'));
    atBounds.insert(u"matters"_s, matter(QString(64, u'M'), QString(200, u'名'), QString(200, u'局')));
    ow::CaseSummary s;
    CHECK(ow::CaseSummary::fromJson(atBounds, &s));
    QJsonObject mistyped = full().toJson();
    mistyped.insert(u"decision"_s, u"maybe"_s);
    ow::JsonReader r(mistyped);
    CHECK_FALSE(ow::CaseSummary::fromJson(r, &s));
    CHECK(r.problem().kind == ow::JsonProblem::Kind::UnknownWord);
}
