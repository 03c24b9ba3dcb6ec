// The queue part of the hall config file: what it accepts and the messages it gives.
#include "core/queue/queueconfig.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QJsonObject minimal()
{
    return QJsonDocument::fromJson(R"({
        "format": "onewindow-hall/1",
        "hall": {"code": "H1", "name": "测试"},
        "services": [{"code": "A", "name": "综合受理"}, {"code": "B", "name": "不动产"}],
        "windows": [{"id": "W01", "name": "1号窗口", "services": [{"service": "A", "weight": 2}, "B"]}]
    })")
        .object();
}

} // namespace

TEST_CASE("a minimal config reads with the documented defaults")
{
    ow::QueueConfig c;
    QString error;
    REQUIRE(ow::QueueConfig::fromJson(minimal(), &c, &error));
    CHECK(error.isEmpty());
    CHECK(c.hallCode == u"H1"_s);
    CHECK(c.policy.kind == u"weighted"_s);
    CHECK(c.policy.priorityPerNormal == 2);
    CHECK(c.rules.noShowGraceSeconds == 30);
    CHECK(c.rules.noShowRequeueAfter == 3);
    CHECK(c.window(u"W01"_s)->weightOf(u"A"_s) == 2);
    CHECK(c.window(u"W01"_s)->weightOf(u"B"_s) == 1);
    CHECK(c.timeZone.isValid());
    CHECK(c.timeZone.offsetFromUtc(QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC)) == 8 * 3600);
}

TEST_CASE("the demo hall config reads: five services and twelve windows")
{
    const QJsonObject root =
        QJsonDocument::fromJson(owtest::readText(owtest::sourcePath(u"resources/hall/demo-hall.json"_s)).toUtf8()).object();
    ow::QueueConfig c;
    QString error;
    REQUIRE(ow::QueueConfig::fromJson(root, &c, &error));
    CHECK(c.services.size() == 5);
    CHECK(c.windows.size() == 12);
    CHECK(c.service(u"B"_s)->name == u"不动产登记"_s);
    // Every service is served by at least one window, or its tickets would wait forever.
    for (const ow::ServiceConfig &s : c.services) {
        INFO(s.code.toStdString());
        CHECK(std::any_of(c.windows.cbegin(), c.windows.cend(), [&](const ow::WindowConfig &w) { return w.serves(s.code); }));
    }
}

TEST_CASE("a broken config is refused with a message naming the key")
{
    const auto refuse = [](const std::function<void(QJsonObject &)> &change, const QString &expected) {
        QJsonObject root = minimal();
        change(root);
        ow::QueueConfig c;
        QString error;
        INFO(expected.toStdString());
        CHECK_FALSE(ow::QueueConfig::fromJson(root, &c, &error));
        CHECK(error.contains(expected));
    };
    refuse([](QJsonObject &r) { r.insert(u"format"_s, u"v2"_s); }, u"format"_s);
    refuse([](QJsonObject &r) { r.insert(u"hall"_s, QJsonObject{{u"code"_s, u"bad code"_s}}); }, u"hall.code"_s);
    refuse(
        [](QJsonObject &r) {
            r.insert(u"hall"_s, QJsonObject{{u"code"_s, u"H"_s}, {u"timeZone"_s, u"Mars/Base"_s}});
        },
        u"hall.timeZone"_s);
    refuse([](QJsonObject &r) { r.insert(u"policy"_s, QJsonObject{{u"kind"_s, u"lottery"_s}}); }, u"policy.kind"_s);
    refuse([](QJsonObject &r) { r.insert(u"policy"_s, QJsonObject{{u"priorityPerNormal"_s, 0}}); }, u"priorityPerNormal"_s);
    refuse(
        [](QJsonObject &r) {
            r.insert(u"rules"_s, QJsonObject{{u"noShowGraceSeconds"_s, u"30"_s}});
        },
        u"noShowGraceSeconds"_s);
    refuse(
        [](QJsonObject &r) {
            r.insert(u"services"_s, QJsonArray{QJsonObject{{u"code"_s, u"a1"_s}, {u"name"_s, u"x"_s}}});
        },
        u"services[0].code"_s);
    refuse(
        [](QJsonObject &r) {
            r.insert(u"services"_s, QJsonArray{QJsonObject{{u"code"_s, u"A"_s}, {u"name"_s, u"x"_s}},
                                               QJsonObject{{u"code"_s, u"A"_s}, {u"name"_s, u"y"_s}}});
        },
        u"services[1]"_s);
    refuse(
        [](QJsonObject &r) {
            r.insert(u"windows"_s, QJsonArray{QJsonObject{{u"id"_s, u"W1"_s}, {u"services"_s, QJsonArray{u"Z"_s}}}});
        },
        u"windows[0].services[0]"_s);
    refuse(
        [](QJsonObject &r) {
            r.insert(u"windows"_s, QJsonArray{QJsonObject{
                                       {u"id"_s, u"W1"_s},
                                       {u"services"_s, QJsonArray{QJsonObject{{u"service"_s, u"A"_s}, {u"weight"_s, 11}}}}}});
        },
        u"weight"_s);
    refuse([](QJsonObject &r) { r.insert(u"windows"_s, QJsonArray{}); }, u"no windows"_s);
}

TEST_CASE("a config survives its own JSON form")
{
    ow::QueueConfig c;
    REQUIRE(ow::QueueConfig::fromJson(minimal(), &c, nullptr));
    ow::QueueConfig again;
    QString error;
    REQUIRE(ow::QueueConfig::fromJson(c.toJson(), &again, &error));
    CHECK(again.toJson() == c.toJson());
}
