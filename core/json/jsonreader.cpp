#include "core/json/jsonreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ow::Json", text);
}

// Edit distance, case-insensitive, for "did you mean" hints on misspelt keys.
int editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded() ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString JsonProblem::message() const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::Missing: return tr("missing required key \"%1\"").arg(name);
    case Kind::WrongType: return tr("\"%1\" must be %2").arg(name, expected);
    case Kind::Empty: return tr("\"%1\" must not be empty").arg(name);
    case Kind::TooLong: return tr("\"%1\" is longer than %2 characters").arg(name).arg(max);
    case Kind::TooMany: return tr("\"%1\" has more than %2 entries").arg(name).arg(max);
    case Kind::OutOfRange:
        if (min <= INT_MIN && max >= INT_MAX) // past what an int holds
            return tr("\"%1\" must be a whole number").arg(name);
        if (max >= INT_MAX)
            return tr("\"%1\" must be a whole number of at least %2").arg(name).arg(min);
        if (min <= INT_MIN)
            return tr("\"%1\" must be a whole number of at most %2").arg(name).arg(max);
        return tr("\"%1\" must be a whole number from %2 to %3").arg(name).arg(min).arg(max);
    case Kind::Unknown:
        if (expected.isEmpty())
            return tr("unknown key \"%1\"").arg(name);
        return tr("unknown key \"%1\" (did you mean \"%2\"?)").arg(name, expected);
    case Kind::UnknownWord: return tr("unknown value \"%1\" for \"%2\"").arg(expected, name);
    case Kind::Rule: return expected;
    }
    return {};
}

JsonProblem JsonProblem::wrongType(const QString &name, const char *expected)
{
    return {Kind::WrongType, name, tr(expected)};
}

QString closestKey(QStringView unknown, const QStringList &known)
{
    QString best;
    int bestDistance = 3; // more than two edits away is a different word, not a typo
    for (const QString &candidate : known) {
        const int d = editDistance(unknown, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

JsonReader::JsonReader(const QJsonObject &object, const QString &context, const QString &path)
    : JsonReader(object, std::make_shared<State>(State{{}, context}), path)
{}

JsonReader::JsonReader(const QJsonObject &object, std::shared_ptr<State> state, const QString &path)
    : m_object(object),
      m_state(std::move(state)),
      m_path(path)
{}

QString JsonReader::error() const
{
    const QString message = m_state->problem.message();
    if (message.isEmpty() || m_state->context.isEmpty())
        return message;
    return m_state->context + u": "_s + message;
}

void JsonReader::fail(const JsonProblem &problem)
{
    if (m_state->problem.isNone())
        m_state->problem = problem;
}

void JsonReader::fail(const QString &message)
{
    fail({JsonProblem::Kind::Rule, m_path, message});
}

void JsonReader::unknownWord(QStringView key, const QString &value)
{
    fail({JsonProblem::Kind::UnknownWord, pathOf(key), value});
}

QString JsonReader::pathOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

QString JsonReader::pathOf(QStringView key, qsizetype index) const
{
    return pathOf(key) + u'[' + QString::number(index) + u']';
}

bool JsonReader::has(QStringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QJsonValue JsonReader::present(QStringView key, Need need)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isUndefined() && !v.isNull())
        return v;
    if (need == Need::Required || (need == Need::NotNull && v.isNull()))
        fail({JsonProblem::Kind::Missing, pathOf(key)});
    return QJsonValue(QJsonValue::Undefined);
}

void JsonReader::wrongType(QStringView key, const char *expected)
{
    fail(JsonProblem::wrongType(pathOf(key), expected));
}

QString JsonReader::text(const QJsonValue &value, const QString &name, const TextRule &rule)
{
    if (!value.isString()) {
        fail(JsonProblem::wrongType(name, JsonExpected::String));
        return {};
    }
    QString s = value.toString();
    if (s.size() > rule.maxLength) { // before trimming: the bound is on what was sent
        fail({JsonProblem::Kind::TooLong, name, {}, 0, rule.maxLength});
        return {};
    }
    if (rule.trim)
        s = s.trimmed();
    if ((rule.need == Need::Required || rule.notBlank) && s.trimmed().isEmpty()) {
        fail({JsonProblem::Kind::Empty, name});
        return {};
    }
    return s;
}

QString JsonReader::string(QStringView key, const TextRule &rule)
{
    const QJsonValue v = present(key, rule.need);
    if (v.isUndefined())
        return {};
    return text(v, pathOf(key), rule);
}

int JsonReader::integer(QStringView key, const IntRule &rule)
{
    IntRule bounded = rule; // an int's reader never hands back what an int cannot hold
    bounded.min = std::max<qint64>(rule.min, INT_MIN);
    bounded.max = std::min<qint64>(rule.max, INT_MAX);
    return int(wholeNumber(key, bounded));
}

qint64 JsonReader::wholeNumber(QStringView key, const IntRule &rule)
{
    const QJsonValue v = present(key, rule.need);
    if (v.isUndefined())
        return rule.fallback;
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::trunc(d)) {
        wrongType(key, JsonExpected::Integer);
        return rule.fallback;
    }
    if (d < double(rule.min) || d > double(rule.max)) {
        fail({JsonProblem::Kind::OutOfRange, pathOf(key), {}, rule.min, rule.max});
        return rule.fallback;
    }
    return qint64(d);
}

bool JsonReader::boolean(QStringView key, Need need, bool fallback)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        wrongType(key, JsonExpected::Boolean);
        return fallback;
    }
    return v.toBool();
}

double JsonReader::number(QStringView key, Need need)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return 0;
    if (!v.isDouble()) {
        wrongType(key, JsonExpected::Number);
        return 0;
    }
    return v.toDouble();
}

QDate JsonReader::date(QStringView key, Need need)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return {};
    // Only the one spelling the formats document (YYYY-MM-DD), so "2026-2-1" is caught early.
    const QString s = v.toString();
    const QDate d = s.size() == 10 ? QDate::fromString(s, Qt::ISODate) : QDate();
    if (!v.isString() || !d.isValid())
        wrongType(key, JsonExpected::Date);
    return d;
}

QDateTime JsonReader::dateTime(QStringView key, Need need, bool withZone)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return {};
    const QString s = v.toString();
    const QDateTime t = s.size() <= 64 ? QDateTime::fromString(s, Qt::ISODateWithMs) : QDateTime();
    if (!v.isString() || !t.isValid() || (withZone && t.timeSpec() == Qt::LocalTime)) {
        wrongType(key, withZone ? JsonExpected::ZonedTime : JsonExpected::Time);
        return {};
    }
    return t.toUTC();
}

QJsonArray JsonReader::array(QStringView key, const ArrayRule &rule)
{
    const QJsonValue v = present(key, rule.need);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        wrongType(key, JsonExpected::Array);
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() > rule.maxItems) {
        fail({JsonProblem::Kind::TooMany, pathOf(key), {}, 0, rule.maxItems});
        return {};
    }
    return a;
}

QStringList JsonReader::strings(QStringView key, const ArrayRule &rule, const TextRule &text)
{
    const QJsonArray a = array(key, rule);
    QStringList out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && ok(); ++i)
        out.append(this->text(a.at(i), pathOf(key, i), text));
    return ok() ? out : QStringList();
}

JsonReader JsonReader::object(QStringView key, Need need)
{
    const QJsonValue v = present(key, need);
    if (!v.isUndefined() && !v.isObject())
        wrongType(key, JsonExpected::Object);
    return JsonReader(v.toObject(), m_state, pathOf(key));
}

JsonReader JsonReader::item(QStringView key, const QJsonArray &array, qsizetype index)
{
    const QString path = pathOf(key, index);
    const QJsonValue v = array.at(index);
    if (!v.isObject())
        fail(JsonProblem::wrongType(path, JsonExpected::Object));
    return JsonReader(v.toObject(), m_state, path);
}

bool JsonReader::onlyKeys(std::initializer_list<QStringView> known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        if (std::find(known.begin(), known.end(), QStringView(key)) != known.end())
            continue;
        QStringList names;
        for (QStringView k : known)
            names.append(k.toString());
        fail({JsonProblem::Kind::Unknown, pathOf(key), closestKey(key, names)});
        return false;
    }
    return true;
}

} // namespace ow
