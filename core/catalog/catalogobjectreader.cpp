#include "core/catalog/catalogobjectreader.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <climits>

namespace ow {

namespace {

QString keyName(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

QStringList CatalogIssues::format(const QString &source) const
{
    QList<Issue> sorted = m_issues;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Issue &a, const Issue &b) { return a.line < b.line; });
    QStringList lines;
    lines.reserve(sorted.size());
    for (const Issue &issue : sorted)
        lines.append(source + u':' + QString::number(issue.line) + u": " + issue.message);
    return lines;
}

CatalogObjectReader::CatalogObjectReader(const JsonNode &node, std::initializer_list<const char *> allowedKeys,
                                         CatalogIssues &issues, const QString &what)
    : m_node(node),
      m_issues(issues)
{
    if (!node.isObject()) {
        issues.add(node.line(), QCoreApplication::translate("ow::CatalogLoader", "%1 must be an object { ... }").arg(what));
        return;
    }
    QHash<QString, int> seen;
    for (const JsonMember &member : node.members()) {
        const auto it = seen.constFind(member.key);
        if (it != seen.constEnd()) {
            issues.add(member.line, QCoreApplication::translate("ow::CatalogLoader", "duplicate key \"%1\" (already at line %2)")
                                        .arg(member.key)
                                        .arg(*it));
            continue;
        }
        seen.insert(member.key, member.line);
        const bool known =
            std::any_of(allowedKeys.begin(), allowedKeys.end(), [&](const char *k) { return member.key == QLatin1String(k); });
        if (known)
            continue;
        QStringList names;
        for (const char *k : allowedKeys)
            names.append(keyName(k));
        issues.add(member.line, JsonProblem{JsonProblem::Kind::Unknown, member.key, closestKey(member.key, names)}.message());
    }
}

const JsonNode *CatalogObjectReader::value(const char *key) const
{
    return m_node.isObject() ? m_node.member(QLatin1String(key)) : nullptr;
}

int CatalogObjectReader::lineOf(const char *key) const
{
    const JsonNode *v = value(key);
    return v ? v->line() : m_node.line();
}

void CatalogObjectReader::reportMissing(const char *key)
{
    m_issues.add(m_node.line(), JsonProblem{JsonProblem::Kind::Missing, keyName(key)}.message());
}

const JsonNode *CatalogObjectReader::present(const char *key, bool required)
{
    // Inside something that is not an object, the object itself was reported already.
    if (!m_node.isObject())
        return nullptr;
    const JsonNode *v = value(key);
    if (!v && required)
        reportMissing(key);
    return v;
}

const JsonNode *CatalogObjectReader::typed(const char *key, bool required, bool (JsonNode::*is)() const, const char *expected)
{
    const JsonNode *v = present(key, required);
    if (v && !(v->*is)()) {
        m_issues.add(v->line(), JsonProblem::wrongType(keyName(key), expected).message());
        return nullptr;
    }
    return v;
}

std::optional<QString> CatalogObjectReader::string(const char *key, bool required, bool allowEmpty)
{
    const JsonNode *v = typed(key, required, &JsonNode::isString, JsonExpected::String);
    if (!v)
        return std::nullopt;
    if (!allowEmpty && v->toString().trimmed().isEmpty()) {
        m_issues.add(v->line(), JsonProblem{JsonProblem::Kind::Empty, keyName(key)}.message());
        return std::nullopt;
    }
    return v->toString();
}

std::optional<QString> CatalogObjectReader::requiredString(const char *key)
{
    return string(key, true, false);
}

std::optional<QString> CatalogObjectReader::optionalString(const char *key, bool allowEmpty)
{
    return string(key, false, allowEmpty);
}

std::optional<int> CatalogObjectReader::integer(const char *key, int minimum, bool required)
{
    const JsonNode *v = present(key, required);
    if (!v)
        return std::nullopt;
    if (!v->isInt() || v->toInt() < minimum) {
        m_issues.add(v->line(), JsonProblem{JsonProblem::Kind::OutOfRange, keyName(key), {}, minimum, INT_MAX}.message());
        return std::nullopt;
    }
    return v->toInt();
}

std::optional<int> CatalogObjectReader::requiredInt(const char *key, int minimum)
{
    return integer(key, minimum, true);
}

std::optional<int> CatalogObjectReader::optionalInt(const char *key, int minimum)
{
    return integer(key, minimum, false);
}

std::optional<bool> CatalogObjectReader::optionalBool(const char *key)
{
    const JsonNode *v = typed(key, false, &JsonNode::isBool, JsonExpected::Boolean);
    return v ? std::optional<bool>(v->toBool()) : std::nullopt;
}

const JsonNode *CatalogObjectReader::array(const char *key, bool required)
{
    return typed(key, required, &JsonNode::isArray, JsonExpected::Array);
}

const JsonNode *CatalogObjectReader::requiredArray(const char *key)
{
    return array(key, true);
}

const JsonNode *CatalogObjectReader::optionalArray(const char *key)
{
    return array(key, false);
}

std::optional<QString> CatalogObjectReader::stringElement(const JsonNode &element, const char *arrayKey, CatalogIssues &issues)
{
    if (!element.isString()) {
        issues.add(
            element.line(),
            QCoreApplication::translate("ow::CatalogLoader", "each entry of \"%1\" must be a string").arg(keyName(arrayKey)));
        return std::nullopt;
    }
    if (element.toString().trimmed().isEmpty()) {
        issues.add(
            element.line(),
            QCoreApplication::translate("ow::CatalogLoader", "the entries of \"%1\" must not be empty").arg(keyName(arrayKey)));
        return std::nullopt;
    }
    return element.toString();
}

} // namespace ow
