// JsonReader, the one reader of outside JSON: typed fields, their bounds, the path of the first problem.
#include "core/json/jsonreader.h"
#include "tests/support/test_support.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using ow::JsonProblem;
using ow::JsonReader;
using ow::Need;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST_CASE("a well-formed object reads field by field with no problem")
{
    JsonReader r(parse(R"({"name":" 李娜 ","age":42,"ok":true,"day":"2026-11-28","at":"2026-11-28T02:00:00Z",
                           "tags":["a","b"],"home":{"city":"杭州"}})"));
    CHECK(r.string(u"name", {.trim = true}) == u"李娜"_s);
    CHECK(r.integer(u"age", {.min = 0, .max = 150}) == 42);
    CHECK(r.boolean(u"ok"));
    CHECK(r.date(u"day") == QDate(2026, 11, 28));
    CHECK(r.dateTime(u"at", Need::Required, true) == QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC));
    CHECK(r.strings(u"tags") == QStringList{u"a"_s, u"b"_s});
    CHECK(r.object(u"home").string(u"city") == u"杭州"_s);
    CHECK(r.ok());
    CHECK(r.error().isEmpty());
}

TEST_CASE("absent and null optional fields give their fallback without a problem")
{
    JsonReader r(parse(R"({"gone":null})"));
    CHECK(r.string(u"gone").isEmpty());
    CHECK(r.integer(u"count", {.fallback = 7}) == 7);
    CHECK(r.boolean(u"flag", Need::Optional, true));
    CHECK_FALSE(r.date(u"day").isValid());
    CHECK(r.array(u"list").isEmpty());
    CHECK(r.ok());
}

TEST_CASE("the first problem is kept, with the path of the value and the reader's context")
{
    JsonReader r(parse(R"({"cases":[{"materials":[{"name":"x"},{"name":7}]}],"late":5})"), u"import"_s);
    const QJsonArray cases = r.array(u"cases");
    JsonReader c = r.item(u"cases", cases, 0);
    const QJsonArray materials = c.array(u"materials");
    for (qsizetype i = 0; i < materials.size(); ++i)
        r.item(u"cases[0].materials", materials, i).string(u"name");
    r.string(u"late"); // a second problem: not the one reported
    CHECK_FALSE(r.ok());
    CHECK_FALSE(c.ok()); // children share the first problem with their parent
    CHECK(r.problem().kind == JsonProblem::Kind::WrongType);
    CHECK(r.problem().name == u"cases[0].materials[1].name"_s);
    CHECK(r.error() == u"import: \"cases[0].materials[1].name\" must be a string"_s);
}

TEST_CASE("every refusal names its kind and its bound")
{
    struct Case {
        const char *json;
        std::function<void(JsonReader &)> read;
        JsonProblem::Kind kind;
        QString message;
    };
    const std::vector<Case> cases{
        {R"({})", [](JsonReader &r) { r.string(u"id", {.need = Need::Required}); }, JsonProblem::Kind::Missing,
         u"missing required key \"id\""_s},
        {R"({"id":null})", [](JsonReader &r) { r.integer(u"id", {.need = Need::Required}); }, JsonProblem::Kind::Missing,
         u"missing required key \"id\""_s},
        {R"({"id":"  "})", [](JsonReader &r) { r.string(u"id", {.need = Need::Required}); }, JsonProblem::Kind::Empty,
         u"\"id\" must not be empty"_s},
        {R"({"id":" "})", [](JsonReader &r) { r.string(u"id", {.notBlank = true}); }, JsonProblem::Kind::Empty,
         u"\"id\" must not be empty"_s},
        {R"({"id":"abcdef"})", [](JsonReader &r) { r.string(u"id", {.maxLength = 5}); }, JsonProblem::Kind::TooLong,
         u"\"id\" is longer than 5 characters"_s},
        {R"({"n":4.5})", [](JsonReader &r) { r.integer(u"n"); }, JsonProblem::Kind::WrongType, u"\"n\" must be a whole number"_s},
        {R"({"n":"4"})", [](JsonReader &r) { r.integer(u"n"); }, JsonProblem::Kind::WrongType, u"\"n\" must be a whole number"_s},
        {R"({"n":1e12})", [](JsonReader &r) { r.integer(u"n"); }, JsonProblem::Kind::OutOfRange,
         u"\"n\" must be a whole number"_s},
        {R"({"n":0})", [](JsonReader &r) { r.integer(u"n", {.min = 1}); }, JsonProblem::Kind::OutOfRange,
         u"\"n\" must be a whole number of at least 1"_s},
        {R"({"n":6})", [](JsonReader &r) { r.integer(u"n", {.min = 1, .max = 5}); }, JsonProblem::Kind::OutOfRange,
         u"\"n\" must be a whole number from 1 to 5"_s},
        {R"({"b":"yes"})", [](JsonReader &r) { r.boolean(u"b"); }, JsonProblem::Kind::WrongType,
         u"\"b\" must be true or false"_s},
        {R"({"a":[1,2,3]})", [](JsonReader &r) { r.array(u"a", {.maxItems = 2}); }, JsonProblem::Kind::TooMany,
         u"\"a\" has more than 2 entries"_s},
        {R"({"a":"C1"})", [](JsonReader &r) { r.strings(u"a"); }, JsonProblem::Kind::WrongType,
         u"\"a\" must be an array [ ... ]"_s},
        {R"({"a":["x",1]})", [](JsonReader &r) { r.strings(u"a"); }, JsonProblem::Kind::WrongType,
         u"\"a[1]\" must be a string"_s},
        {R"({"o":[]})", [](JsonReader &r) { r.object(u"o"); }, JsonProblem::Kind::WrongType,
         u"\"o\" must be an object { ... }"_s},
        {R"({"d":"2026-2-1"})", [](JsonReader &r) { r.date(u"d"); }, JsonProblem::Kind::WrongType,
         u"\"d\" must be a date like 2026-11-28"_s},
        {R"({"t":"2026-11-28T02:00:00"})", [](JsonReader &r) { r.dateTime(u"t", Need::Required, true); },
         JsonProblem::Kind::WrongType, u"\"t\" must be an ISO 8601 time with a zone, e.g. 2026-11-28T02:00:00Z"_s},
        {R"({"nmae":"x"})",
         [](JsonReader &r) {
             r.onlyKeys({u"name", u"code"});
         },
         JsonProblem::Kind::Unknown, u"unknown key \"nmae\" (did you mean \"name\"?)"_s},
        {R"({"zzz":"x"})", [](JsonReader &r) { r.onlyKeys({u"name"}); }, JsonProblem::Kind::Unknown, u"unknown key \"zzz\""_s},
    };
    for (const Case &c : cases) {
        INFO(c.json);
        JsonReader r(parse(c.json));
        c.read(r);
        CHECK(r.problem().kind == c.kind);
        CHECK(r.error() == c.message);
    }
}

TEST_CASE("a bound is checked on what was sent, before trimming")
{
    JsonReader r(parse(R"({"id":"  abc  "})"));
    CHECK(r.string(u"id", {.maxLength = 5, .trim = true}).isEmpty());
    CHECK(r.problem().kind == JsonProblem::Kind::TooLong);
}

TEST_CASE("a rule of the format is reported in the caller's words, once")
{
    JsonReader r(parse(R"({"a":1})"), u"ctx"_s);
    r.fail(u"a bundle must combine at least two matters"_s);
    r.fail(u"a second rule"_s);
    CHECK(r.problem().kind == JsonProblem::Kind::Rule);
    CHECK(r.error() == u"ctx: a bundle must combine at least two matters"_s);
}
