#include "core/catalog/catalogobjectreader.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace ow {

namespace {

QString keyName(const char *key)
{
    return QString::fromLatin1(key);
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

QString suggestion(const QString &unknown, std::initializer_list<const char *> allowed)
{
    QString best;
    int bestDistance = 3; // more than two edits away is a different word, not a typo
    for (const char *key : allowed) {
        const QString candidate = keyName(key);
        const int d = editDistance(unknown, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
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
        const QString hint = suggestion(member.key, allowedKeys);
        if (hint.isEmpty())
            issues.add(member.line, QCoreApplication::translate("ow::CatalogLoader", "unknown key \"%1\"").arg(member.key));
        else
            issues.add(member.line, QCoreApplication::translate("ow::CatalogLoader", "unknown key \"%1\" (did you mean \"%2\"?)")
                                        .arg(member.key, hint));
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
    m_issues.add(m_node.line(),
                 QCoreApplication::translate("ow::CatalogLoader", "missing required key \"%1\"").arg(keyName(key)));
}

std::optional<QString> CatalogObjectReader::string(const char *key, bool required, bool allowEmpty)
{
    if (!m_node.isObject())
        return std::nullopt;
    const JsonNode *v = value(key);
    if (!v) {
        if (required)
            reportMissing(key);
        return std::nullopt;
    }
    if (!v->isString()) {
        m_issues.add(v->line(), QCoreApplication::translate("ow::CatalogLoader", "\"%1\" must be a string").arg(keyName(key)));
        return std::nullopt;
    }
    if (!allowEmpty && v->toString().trimmed().isEmpty()) {
        m_issues.add(v->line(), QCoreApplication::translate("ow::CatalogLoader", "\"%1\" must not be empty").arg(keyName(key)));
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
    if (!m_node.isObject())
        return std::nullopt;
    const JsonNode *v = value(key);
    if (!v) {
        if (required)
            reportMissing(key);
        return std::nullopt;
    }
    if (!v->isInt() || v->toInt() < minimum) {
        m_issues.add(v->line(), QCoreApplication::translate("ow::CatalogLoader", "\"%1\" must be a whole number of at least %2")
                                    .arg(keyName(key))
                                    .arg(minimum));
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
    const JsonNode *v = value(key);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        m_issues.add(v->line(),
                     QCoreApplication::translate("ow::CatalogLoader", "\"%1\" must be true or false").arg(keyName(key)));
        return std::nullopt;
    }
    return v->toBool();
}

const JsonNode *CatalogObjectReader::array(const char *key, bool required)
{
    if (!m_node.isObject())
        return nullptr;
    const JsonNode *v = value(key);
    if (!v) {
        if (required)
            reportMissing(key);
        return nullptr;
    }
    if (!v->isArray()) {
        m_issues.add(v->line(),
                     QCoreApplication::translate("ow::CatalogLoader", "\"%1\" must be an array [ ... ]").arg(keyName(key)));
        return nullptr;
    }
    return v;
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
