#include "core/catalog/jsontree.h"

#include <QCoreApplication>

#include <charconv>
#include <climits>

namespace ow {

namespace {

// Deep enough for any catalog, shallow enough that a hostile file cannot exhaust the stack.
constexpr int MaxDepth = 200;

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

} // namespace

const JsonNode *JsonNode::member(QAnyStringView key) const
{
    for (const JsonMember &m : m_members)
        if (QAnyStringView::equal(m.key, key))
            return &m.value;
    return nullptr;
}

class JsonTreeParser
{
public:
    explicit JsonTreeParser(const QByteArray &data)
        : m_p(data.constData()),
          m_end(data.constData() + data.size())
    {}

    JsonNode parseDocument(JsonParseError *error)
    {
        if (m_end - m_p >= 3 && uchar(m_p[0]) == 0xEF && uchar(m_p[1]) == 0xBB && uchar(m_p[2]) == 0xBF)
            m_p += 3;
        JsonNode root;
        skipWhitespace();
        if (parseValue(root, 0)) {
            skipWhitespace();
            if (m_p != m_end)
                fail(QCoreApplication::translate("ow::JsonTree", "unexpected content after the end of the JSON document"));
        }
        if (m_failed) {
            if (error)
                *error = m_error;
            return {};
        }
        if (error)
            *error = {};
        return root;
    }

private:
    bool fail(const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = {m_line, message};
        }
        return false;
    }

    bool atEnd() const { return m_p >= m_end; }

    bool atDigit() const { return !atEnd() && *m_p >= '0' && *m_p <= '9'; }
    void skipDigits()
    {
        while (atDigit())
            ++m_p;
    }

    // Steps over c when it comes next.
    bool skip(char c)
    {
        if (atEnd() || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    void skipWhitespace()
    {
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_p;
        }
    }

    // Names the usual hand-editing slips instead of a bare "expected a value".
    bool failExpectedValue()
    {
        if (atEnd())
            return fail(QCoreApplication::translate("ow::JsonTree", "unexpected end of file: expected a value"));
        if (*m_p == '/')
            return fail(QCoreApplication::translate("ow::JsonTree", "comments are not allowed in JSON"));
        if (*m_p == '\'')
            return fail(QCoreApplication::translate("ow::JsonTree", "strings must be in double quotes"));
        return fail(
            QCoreApplication::translate("ow::JsonTree", "expected a value (object, array, string, number, true, false or null)"));
    }

    bool parseValue(JsonNode &out, int depth)
    {
        if (atEnd())
            return failExpectedValue();
        out.m_line = m_line;
        switch (*m_p) {
        case '{': return parseObject(out, depth + 1);
        case '[': return parseArray(out, depth + 1);
        case '"': out.m_type = JsonNode::Type::String; return parseString(out.m_string);
        case 't': return parseLiteral("true", out, JsonNode::Type::Bool, true);
        case 'f': return parseLiteral("false", out, JsonNode::Type::Bool, false);
        case 'n': return parseLiteral("null", out, JsonNode::Type::Null, false);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber(out);
            return failExpectedValue();
        }
    }

    bool parseLiteral(const char *word, JsonNode &out, JsonNode::Type type, bool value)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_end - m_p < n || qstrncmp(m_p, word, size_t(n)) != 0)
            return failExpectedValue();
        m_p += n;
        out.m_type = type;
        out.m_bool = value;
        return true;
    }

    bool parseNumber(JsonNode &out)
    {
        const char *start = m_p;
        bool integral = true;
        skip('-');
        if (!atDigit())
            return fail(QCoreApplication::translate("ow::JsonTree", "invalid number"));
        if (skip('0')) {
            if (atDigit())
                return fail(QCoreApplication::translate("ow::JsonTree", "invalid number: leading zeros are not allowed"));
        } else {
            skipDigits();
        }
        if (skip('.')) {
            integral = false;
            if (!atDigit())
                return fail(
                    QCoreApplication::translate("ow::JsonTree", "invalid number: expected a digit after the decimal point"));
            skipDigits();
        }
        if (skip('e') || skip('E')) {
            integral = false;
            if (!skip('+'))
                skip('-');
            if (!atDigit())
                return fail(QCoreApplication::translate("ow::JsonTree", "invalid number: expected a digit in the exponent"));
            skipDigits();
        }
        out.m_type = JsonNode::Type::Number;
        // QByteArray::toDouble ignores the C locale, which QCoreApplication sets from the environment.
        out.m_number = QByteArray::fromRawData(start, m_p - start).toDouble();
        if (integral) {
            long long value = 0;
            const auto [ptr, ec] = std::from_chars(start, m_p, value);
            if (ec == std::errc() && ptr == m_p && value >= INT_MIN && value <= INT_MAX) {
                out.m_isInt = true;
                out.m_int = int(value);
            }
        }
        return true;
    }

    // Decodes one UTF-8 sequence at m_p, refusing overlong forms, surrogates and values past U+10FFFF.
    bool decodeUtf8(char32_t &cp)
    {
        const uchar b0 = uchar(*m_p);
        // Lead byte patterns 110xxxxx, 1110xxxx, 11110xxx: continuation count and the smallest valid value.
        const int extra = (b0 & 0xE0) == 0xC0 ? 1 : (b0 & 0xF0) == 0xE0 ? 2 : (b0 & 0xF8) == 0xF0 ? 3 : 0;
        const char32_t min = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
        bool valid = extra > 0 && m_end - m_p > extra;
        cp = extra > 0 ? char32_t(b0 & (0x7F >> (extra + 1))) : 0;
        for (int i = 1; valid && i <= extra; ++i) {
            const uchar b = uchar(m_p[i]);
            valid = (b & 0xC0) == 0x80;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (!valid || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return fail(
                QCoreApplication::translate("ow::JsonTree", "invalid UTF-8 byte sequence (the file must be saved as UTF-8)"));
        m_p += extra + 1;
        return true;
    }

    bool parseHex4(char16_t &unit)
    {
        if (m_end - m_p < 4 || !isHexDigit(m_p[0]) || !isHexDigit(m_p[1]) || !isHexDigit(m_p[2]) || !isHexDigit(m_p[3]))
            return fail(QCoreApplication::translate("ow::JsonTree", "invalid \\u escape: expected four hexadecimal digits"));
        unit = char16_t((hexValue(m_p[0]) << 12) | (hexValue(m_p[1]) << 8) | (hexValue(m_p[2]) << 4) | hexValue(m_p[3]));
        m_p += 4;
        return true;
    }

    bool parseEscape(QString &out)
    {
        if (atEnd())
            return fail(QCoreApplication::translate("ow::JsonTree", "unterminated string: the closing quote is missing"));
        const char c = *m_p++;
        switch (c) {
        case '"': out += u'"'; return true;
        case '\\': out += u'\\'; return true;
        case '/': out += u'/'; return true;
        case 'b': out += u'\b'; return true;
        case 'f': out += u'\f'; return true;
        case 'n': out += u'\n'; return true;
        case 'r': out += u'\r'; return true;
        case 't': out += u'\t'; return true;
        case 'u': {
            char16_t unit = 0;
            if (!parseHex4(unit))
                return false;
            if (QChar::isLowSurrogate(unit))
                return fail(QCoreApplication::translate(
                    "ow::JsonTree", "invalid \\u escape: a low surrogate without a high surrogate before it"));
            if (QChar::isHighSurrogate(unit)) {
                // Characters beyond the BMP are written as a pair: \uD842\uDFB7.
                char16_t low = 0;
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return fail(QCoreApplication::translate(
                        "ow::JsonTree", "invalid \\u escape: a high surrogate must be followed by a \\u low surrogate"));
                m_p += 2;
                if (!parseHex4(low))
                    return false;
                if (!QChar::isLowSurrogate(low))
                    return fail(QCoreApplication::translate(
                        "ow::JsonTree", "invalid \\u escape: a high surrogate must be followed by a \\u low surrogate"));
                out += QChar(unit);
                out += QChar(low);
                return true;
            }
            out += QChar(unit);
            return true;
        }
        default:
            return fail(QCoreApplication::translate("ow::JsonTree", "invalid escape sequence \\%1 in a string")
                            .arg(QLatin1Char(uchar(c) < 0x80 && uchar(c) >= 0x20 ? c : '?')));
        }
    }

    bool parseString(QString &out)
    {
        ++m_p; // the opening quote
        out.clear();
        while (true) {
            if (atEnd())
                return fail(QCoreApplication::translate("ow::JsonTree", "unterminated string: the closing quote is missing"));
            const uchar c = uchar(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c == '\\') {
                ++m_p;
                if (!parseEscape(out))
                    return false;
                continue;
            }
            if (c == '\n')
                return fail(
                    QCoreApplication::translate("ow::JsonTree", "line break inside a string (is the closing quote missing?)"));
            if (c < 0x20)
                return fail(QCoreApplication::translate("ow::JsonTree", "control character U+%1 inside a string must be escaped")
                                .arg(int(c), 4, 16, QLatin1Char('0')));
            if (c < 0x80) {
                out += QLatin1Char(char(c));
                ++m_p;
                continue;
            }
            char32_t cp = 0;
            if (!decodeUtf8(cp))
                return false;
            const char32_t one[1] = {cp};
            out += QString::fromUcs4(one, 1);
        }
    }

    // The entries of an object or an array, from its opening bracket to `close`: entry() reads one (and
    // whatever comes before it), then a ',' asks for another.
    template <typename Entry>
    bool parseEntries(JsonNode &out, JsonNode::Type type, int depth, char close, Entry entry, const char *endOfFile,
                      const char *unexpected)
    {
        if (depth > MaxDepth)
            return fail(QCoreApplication::translate("ow::JsonTree", "nesting deeper than %1 levels").arg(MaxDepth));
        out.m_type = type;
        ++m_p; // the opening bracket
        skipWhitespace();
        if (skip(close))
            return true;
        while (true) {
            skipWhitespace();
            if (!entry())
                return false;
            skipWhitespace();
            if (atEnd())
                return fail(QCoreApplication::translate("ow::JsonTree", endOfFile));
            if (skip(close))
                return true;
            if (!skip(','))
                return fail(QCoreApplication::translate("ow::JsonTree", unexpected));
        }
    }

    bool parseObject(JsonNode &out, int depth)
    {
        const auto member = [&] {
            if (atEnd())
                return fail(QCoreApplication::translate("ow::JsonTree", "unexpected end of file: expected a key or '}'"));
            if (*m_p == '}')
                return fail(QCoreApplication::translate("ow::JsonTree", "trailing comma: expected another key after ','"));
            if (*m_p == '/')
                return fail(QCoreApplication::translate("ow::JsonTree", "comments are not allowed in JSON"));
            if (*m_p != '"')
                return fail(QCoreApplication::translate("ow::JsonTree", "expected a key in double quotes"));
            JsonMember m;
            m.line = m_line;
            if (!parseString(m.key))
                return false;
            skipWhitespace();
            if (!skip(':'))
                return fail(QCoreApplication::translate("ow::JsonTree", "expected ':' after the key \"%1\"").arg(m.key));
            skipWhitespace();
            if (!parseValue(m.value, depth))
                return false;
            out.m_members.append(std::move(m));
            return true;
        };
        return parseEntries(out, JsonNode::Type::Object, depth, '}', member,
                            QT_TRANSLATE_NOOP("ow::JsonTree", "unexpected end of file: expected ',' or '}'"),
                            QT_TRANSLATE_NOOP("ow::JsonTree", "expected ',' or '}' after an object member"));
    }

    bool parseArray(JsonNode &out, int depth)
    {
        const auto element = [&] {
            if (!atEnd() && *m_p == ']')
                return fail(QCoreApplication::translate("ow::JsonTree", "trailing comma: expected another element after ','"));
            JsonNode e;
            if (!parseValue(e, depth))
                return false;
            out.m_elements.append(std::move(e));
            return true;
        };
        return parseEntries(out, JsonNode::Type::Array, depth, ']', element,
                            QT_TRANSLATE_NOOP("ow::JsonTree", "unexpected end of file: expected ',' or ']'"),
                            QT_TRANSLATE_NOOP("ow::JsonTree", "expected ',' or ']' after an array element"));
    }

    const char *m_p;
    const char *m_end;
    int m_line = 1;
    bool m_failed = false;
    JsonParseError m_error;
};

JsonNode JsonTree::parse(const QByteArray &utf8, JsonParseError *error)
{
    return JsonTreeParser(utf8).parseDocument(error);
}

} // namespace ow
