#include "core/catalog/jsontree.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using ow::JsonNode;
using ow::JsonParseError;
using ow::JsonTree;

namespace {

JsonNode parse(const char *text, JsonParseError *error)
{
    return JsonTree::parse(QByteArray(text), error);
}

// Parses text that must fail and returns "LINE: message".
QString failure(const char *text)
{
    JsonParseError error;
    const JsonNode root = parse(text, &error);
    REQUIRE(root.isNull());
    REQUIRE_FALSE(error.message.isEmpty());
    return QString::number(error.line) + u": " + error.message;
}

} // namespace

TEST_CASE("JsonTree keeps the line of every value", "[catalog][json]")
{
    JsonParseError error;
    const JsonNode root = parse("{\n"
                                "  \"a\": 1,\n"
                                "  \"b\": [\n"
                                "    true, false,\n"
                                "    null\n"
                                "  ],\n"
                                "\r\n"
                                "  \"c\": { \"d\": \"x\" }\n"
                                "}\n",
                                &error);
    REQUIRE(error.message.isEmpty());
    REQUIRE(root.isObject());
    CHECK(root.line() == 1);
    REQUIRE(root.members().size() == 3);
    CHECK(root.members()[0].line == 2);
    CHECK(root.member(u"a")->line() == 2);
    const JsonNode *b = root.member(u"b");
    REQUIRE(b);
    CHECK(b->line() == 3);
    REQUIRE(b->elements().size() == 3);
    CHECK(b->elements()[0].line() == 4);
    CHECK(b->elements()[0].toBool());
    CHECK(b->elements()[1].isBool());
    CHECK_FALSE(b->elements()[1].toBool());
    CHECK(b->elements()[2].isNull());
    CHECK(b->elements()[2].line() == 5);
    CHECK(root.member(u"c")->line() == 8); // \r\n counts as one line break
    CHECK(root.member(u"c")->member(u"d")->toString() == u"x"_s);
    CHECK(root.member(u"zzz") == nullptr);
}

TEST_CASE("JsonTree reads strings with every escape", "[catalog][json]")
{
    JsonParseError error;
    const JsonNode root = parse(R"(["a\"b\\c\/d\b\f\n\r\t", "\u4e2d\u6587", "\uD842\uDFB7", "食品", ""])", &error);
    REQUIRE(error.message.isEmpty());
    REQUIRE(root.elements().size() == 5);
    CHECK(root.elements()[0].toString() == u"a\"b\\c/d\b\f\n\r\t"_s);
    CHECK(root.elements()[1].toString() == u"中文"_s);
    CHECK(root.elements()[2].toString() == u"𠮷"_s); // U+20BB7, a surrogate pair
    CHECK(root.elements()[2].toString().size() == 2);
    CHECK(root.elements()[3].toString() == u"食品"_s);
    CHECK(root.elements()[4].isString());
    CHECK(root.elements()[4].toString().isEmpty());
}

TEST_CASE("JsonTree reads numbers and tells integers apart", "[catalog][json]")
{
    JsonParseError error;
    const JsonNode root = parse("[0, -12, 3.5, 1e3, 2.0, 12345678901, -0.25E-2]", &error);
    REQUIRE(error.message.isEmpty());
    const auto &e = root.elements();
    REQUIRE(e.size() == 7);
    CHECK(e[0].isInt());
    CHECK(e[0].toInt() == 0);
    CHECK(e[1].isInt());
    CHECK(e[1].toInt() == -12);
    CHECK_FALSE(e[2].isInt());
    CHECK(e[2].toDouble() == 3.5);
    CHECK_FALSE(e[3].isInt());
    CHECK(e[3].toDouble() == 1000.0);
    CHECK_FALSE(e[4].isInt()); // written with a fraction
    CHECK_FALSE(e[5].isInt()); // does not fit in an int
    CHECK(e[5].isNumber());
    CHECK(e[6].toDouble() == Approx(-0.0025));
}

TEST_CASE("JsonTree keeps duplicate keys for the checker", "[catalog][json]")
{
    JsonParseError error;
    const JsonNode root = parse("{\"a\": 1,\n\"a\": 2}", &error);
    REQUIRE(error.message.isEmpty());
    REQUIRE(root.members().size() == 2);
    CHECK(root.members()[1].line == 2);
    CHECK(root.member(u"a")->toInt() == 1);
}

TEST_CASE("JsonTree skips a byte order mark", "[catalog][json]")
{
    JsonParseError error;
    const JsonNode root = JsonTree::parse(QByteArray("\xEF\xBB\xBF{}"), &error);
    CHECK(error.message.isEmpty());
    CHECK(root.isObject());
}

TEST_CASE("JsonTree syntax errors give the line and what was expected", "[catalog][json]")
{
    CHECK(failure("{\n\"a\": 1\n\"b\": 2\n}") == u"3: expected ',' or '}' after an object member"_s);
    CHECK(failure("[1,\n2\n3]") == u"3: expected ',' or ']' after an array element"_s);
    CHECK(failure("{\"a\": 1,\n}") == u"2: trailing comma: expected another key after ','"_s);
    CHECK(failure("[1,\n]") == u"2: trailing comma: expected another element after ','"_s);
    CHECK(failure("{\"a\" 1}") == u"1: expected ':' after the key \"a\""_s);
    CHECK(failure("{a: 1}") == u"1: expected a key in double quotes"_s);
    CHECK(failure("\n\n{\"a\": tru}") == u"3: expected a value (object, array, string, number, true, false or null)"_s);
    CHECK(failure("{\"a\": 'x'}") == u"1: strings must be in double quotes"_s);
    CHECK(failure("{\n// note\n}") == u"2: comments are not allowed in JSON"_s);
    CHECK(failure("{\"a\": \"abc\n\"}") == u"1: line break inside a string (is the closing quote missing?)"_s);
    CHECK(failure("[\"abc") == u"1: unterminated string: the closing quote is missing"_s);
    CHECK(failure("[\"\\x\"]") == u"1: invalid escape sequence \\x in a string"_s);
    CHECK(failure("[\"\\u12G4\"]") == u"1: invalid \\u escape: expected four hexadecimal digits"_s);
    CHECK(failure("[\"\\uD842x\"]") == u"1: invalid \\u escape: a high surrogate must be followed by a \\u low surrogate"_s);
    CHECK(failure("[\"\\uDFB7\"]") == u"1: invalid \\u escape: a low surrogate without a high surrogate before it"_s);
    CHECK(failure("[\"a\tb\"]") == u"1: control character U+0009 inside a string must be escaped"_s);
    CHECK(failure("[\"\xC3\x28\"]") == u"1: invalid UTF-8 byte sequence (the file must be saved as UTF-8)"_s);
    CHECK(failure("[\"\xE0\x80\xAF\"]") == u"1: invalid UTF-8 byte sequence (the file must be saved as UTF-8)"_s); // overlong
    CHECK(failure("[01]") == u"1: invalid number: leading zeros are not allowed"_s);
    CHECK(failure("[1.]") == u"1: invalid number: expected a digit after the decimal point"_s);
    CHECK(failure("[-]") == u"1: invalid number"_s);
    CHECK(failure("{}\n{}") == u"2: unexpected content after the end of the JSON document"_s);
    CHECK(failure("") == u"1: unexpected end of file: expected a value"_s);
    CHECK(failure("{\n\"a\": [1,\n") == u"3: unexpected end of file: expected a value"_s);
    CHECK(failure("{\"a\": 1") == u"1: unexpected end of file: expected ',' or '}'"_s);
}

TEST_CASE("JsonTree refuses absurd nesting instead of overflowing the stack", "[catalog][json]")
{
    JsonParseError error;
    const JsonNode root = JsonTree::parse(QByteArray(100000, '['), &error);
    CHECK(root.isNull());
    CHECK(error.message.startsWith(u"nesting deeper than"_s));
}
