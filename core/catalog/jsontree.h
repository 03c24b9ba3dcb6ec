#pragma once
// A JSON reader that remembers where every value stands in the file.
// QJsonDocument drops positions, but a catalog error has to point the administrator at the line to fix,
// and it drops duplicate keys silently, which the catalog must refuse. Hence this small parser.

#include <QAnyStringView>
#include <QByteArray>
#include <QList>
#include <QString>

namespace ow {

struct JsonMember;

// One value of the tree and the line (1-based) it starts on.
class JsonNode
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type() const { return m_type; }
    int line() const { return m_line; }

    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    double toDouble() const { return m_number; }
    // Whether the literal was written as a whole number (no fraction, no exponent) that fits in an int:
    // "3" counts, "3.0" and "3e0" do not, so a catalog cannot smuggle fractions into day counts.
    bool isInt() const { return m_type == Type::Number && m_isInt; }
    int toInt() const { return m_int; }
    const QString &toString() const { return m_string; }
    const QList<JsonNode> &elements() const { return m_elements; }
    // Members in file order, duplicates kept so that a checker can report them.
    const QList<JsonMember> &members() const { return m_members; }
    // The first member with this key, or nullptr.
    const JsonNode *member(QAnyStringView key) const;

private:
    friend class JsonTreeParser;
    Type m_type = Type::Null;
    int m_line = 0;
    bool m_bool = false;
    bool m_isInt = false;
    int m_int = 0;
    double m_number = 0;
    QString m_string;
    QList<JsonNode> m_elements;
    QList<JsonMember> m_members;
};

struct JsonMember {
    QString key;
    int line = 0; // the line of the key, where "unknown key" errors point
    JsonNode value;
};

struct JsonParseError {
    int line = 0;
    QString message; // translated, without the position
};

class JsonTree
{
public:
    // Parses UTF-8 JSON (RFC 8259; a leading byte order mark is skipped). On failure returns a Null node
    // and fills *error with the line and what was expected there.
    static JsonNode parse(const QByteArray &utf8, JsonParseError *error);
};

} // namespace ow
