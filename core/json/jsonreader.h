#pragma once
// The one way OneWindow reads JSON that comes from outside: hall requests and replies, platform replies,
// stored case payloads, config and catalog files. Typed reads of the fields of one object, each with its
// bounds (every outside input is bounded), and the first problem kept in one place with the path of the
// value ("cases[3].materials[1].name"), so a reading function is a list of fields, not a ladder of checks.
// The line-aware catalog reader (core/catalog/catalogobjectreader.h) has the same vocabulary (Need, the
// rules below) and the same words (JsonProblem), but says where by FILE:LINE.
// ADR 0017 says why there is one.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <climits>
#include <initializer_list>
#include <memory>
#include <type_traits>
#include <utility>

namespace ow {

// What is wrong with one value, and the words for it, shared by every reader of outside JSON.
struct JsonProblem {
    enum class Kind {
        None,
        Missing,     // a required key is absent or null
        WrongType,   // present, but not what `expected` says
        Empty,       // a required (or non-blank) string is blank
        TooLong,     // a string longer than `max` characters
        TooMany,     // an array with more than `max` entries
        OutOfRange,  // a whole number outside [min, max]
        Unknown,     // a key the reader does not know; `expected` holds a close known key, if any
        UnknownWord, // a string that is none of the words its key takes; `expected` holds the string
        Rule,        // a rule of the format the reader cannot see, in the caller's words (held in `expected`)
    };
    Kind kind = Kind::None;
    QString name = {};     // the path from the reader's root, or for the catalog the key alone (the line says where)
    QString expected = {}; // WrongType: what was expected, translated ("a string"); Unknown: the suggestion; Rule: all
    qint64 min = 0;
    qint64 max = 0;

    bool isNone() const { return kind == Kind::None; }
    // A WrongType problem; `expected` is one of the words below, translated here.
    static JsonProblem wrongType(const QString &name, const char *expected);
    // One sentence in the reader's words, translated (context "ow::Json"), e.g. "\"name\" must be a string".
    QString message() const;
};

// Optional: absent or null gives the fallback. NotNull: may be left out, but null is refused (a format where
// null is no spelling of "nothing"). Required: present and not null (and, for a string, not blank).
// What a value should have been, for WrongType (context "ow::Json").
namespace JsonExpected {
inline constexpr const char *String = QT_TRANSLATE_NOOP("ow::Json", "a string");
inline constexpr const char *Integer = QT_TRANSLATE_NOOP("ow::Json", "a whole number");
inline constexpr const char *Number = QT_TRANSLATE_NOOP("ow::Json", "a number");
inline constexpr const char *Boolean = QT_TRANSLATE_NOOP("ow::Json", "true or false");
inline constexpr const char *Array = QT_TRANSLATE_NOOP("ow::Json", "an array [ ... ]");
inline constexpr const char *Object = QT_TRANSLATE_NOOP("ow::Json", "an object { ... }");
inline constexpr const char *Date = QT_TRANSLATE_NOOP("ow::Json", "a date like 2026-11-28");
inline constexpr const char *Time = QT_TRANSLATE_NOOP("ow::Json", "an ISO 8601 time");
inline constexpr const char *ZonedTime = QT_TRANSLATE_NOOP("ow::Json", "an ISO 8601 time with a zone, e.g. 2026-11-28T02:00:00Z");
} // namespace JsonExpected

enum class Need { Optional, NotNull, Required };

// Rules for a string. Required means present and not blank; an optional one that is absent or null reads
// as "". Longer than maxLength is refused (characters counted as UTF-16 units, as QString::size()).
struct TextRule {
    Need need = Need::Optional;
    qsizetype maxLength = 65536;
    bool trim = false;     // surrounding spaces are dropped (typed by people)
    bool notBlank = false; // an optional string, when present, must not be blank either
};

// Rules for a whole number. Fractions and values past the bounds are refused; absent or null gives fallback.
struct IntRule {
    Need need = Need::Optional;
    qint64 min = INT_MIN;
    qint64 max = INT_MAX;
    int fallback = 0;
};

// Rules for an array: absent or null reads as empty.
struct ArrayRule {
    Need need = Need::Optional;
    qsizetype maxItems = 100000;
};

// The closest of `known` to `unknown` (at most two edits, case-insensitive), or "": the "did you mean".
QString closestKey(QStringView unknown, const QStringList &known);

class JsonReader
{
public:
    // context, when given, opens every message ("matter M1: ..."); path is the object's place in its document.
    explicit JsonReader(const QJsonObject &object, const QString &context = {}, const QString &path = {});

    bool ok() const { return m_state->problem.isNone(); }
    const JsonProblem &problem() const { return m_state->problem; }
    // The first problem as a sentence, with the context; "" when all was well.
    QString error() const;
    // Records a problem the reader cannot see (a rule of the format). Only the first one is kept.
    void fail(const JsonProblem &problem);
    // A problem of this object's own in the caller's words, kept (with the context) if it is the first.
    void fail(const QString &message);
    // `value` of `key` is none of the words the key takes (an enum's spelling).
    void unknownWord(QStringView key, const QString &value);
    // The usual end of a fromJson: *out = value when all was well; else *error (if asked for) says why.
    // value is a plain rvalue reference (T comes from out alone), so moving it is right.
    template <typename T>
    bool finish(T *out, std::type_identity_t<T> &&value, QString *error) const
    {
        if (!ok()) {
            if (error)
                *error = this->error();
            return false;
        }
        if (out)
            *out = std::move(value);
        return true;
    }

    const QJsonObject &object() const { return m_object; }
    QString path() const { return m_path; }
    // The path of one key of this object, as problems name it.
    QString pathOf(QStringView key) const;
    QString pathOf(QStringView key, qsizetype index) const; // "key[index]"
    bool has(QStringView key) const;

    QString string(QStringView key, const TextRule &rule = {});
    int integer(QStringView key, const IntRule &rule = {});
    // A whole number past what an int holds (a sequence number, a queue position), bounded by rule.min/max.
    qint64 wholeNumber(QStringView key, const IntRule &rule = {});
    bool boolean(QStringView key, Need need = Need::Optional, bool fallback = false);
    // Any JSON number (a sequence past what an int holds, a figure with a fraction); 0 when absent.
    double number(QStringView key, Need need = Need::Optional);
    // A date written YYYY-MM-DD; invalid when absent.
    QDate date(QStringView key, Need need = Need::Optional);
    // An ISO 8601 time, in UTC; invalid when absent. withZone refuses a time without one (local time on a LAN
    // of PCs means nothing).
    QDateTime dateTime(QStringView key, Need need = Need::Optional, bool withZone = false);
    QJsonArray array(QStringView key, const ArrayRule &rule = {});
    // An array of strings, each bounded by `text` (its `need` applies to each entry: Required refuses blanks).
    QStringList strings(QStringView key, const ArrayRule &rule = {}, const TextRule &text = {});
    // A nested object read by a child that shares this reader's first problem; absent or null: an empty one.
    JsonReader object(QStringView key, Need need = Need::Optional);
    // Entry `index` of `array` (read from `key`) as an object, with the path "key[index]".
    JsonReader item(QStringView key, const QJsonArray &array, qsizetype index);
    // Each entry of the array `key` handed to read(JsonReader &entry) as an object, until the first problem.
    template <typename Read>
    void forEachItem(QStringView key, const ArrayRule &rule, Read read)
    {
        const QJsonArray entries = array(key, rule);
        for (qsizetype i = 0; i < entries.size() && ok(); ++i) {
            JsonReader entry = item(key, entries, i);
            read(entry);
        }
    }
    // The entries of the array `key` as Model::read(JsonReader &, Model *) reads them, until the first problem
    // (which this reader then holds).
    template <typename Model>
    QList<Model> items(QStringView key, const ArrayRule &rule = {})
    {
        QList<Model> list;
        forEachItem(key, rule, [&list](JsonReader &entry) {
            Model model;
            if (Model::read(entry, &model))
                list.append(std::move(model));
        });
        return list;
    }
    // Reports the first key not in `known` as Unknown (with a suggestion); false if there was one.
    bool onlyKeys(std::initializer_list<QStringView> known);

private:
    struct State {
        JsonProblem problem;
        QString context;
    };
    JsonReader(const QJsonObject &object, std::shared_ptr<State> state, const QString &path);
    // The value of key, or Undefined when absent or null (null counts as absent everywhere).
    QJsonValue present(QStringView key, Need need);
    void wrongType(QStringView key, const char *expected);
    QString text(const QJsonValue &value, const QString &name, const TextRule &rule);

    QJsonObject m_object; // a copy (implicitly shared, so cheap): callers pass temporaries such as v.toObject()
    std::shared_ptr<State> m_state;
    QString m_path;
};

} // namespace ow
