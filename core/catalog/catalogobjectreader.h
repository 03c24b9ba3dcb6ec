#pragma once
// Reads the keys of one JSON object of a catalog and reports everything wrong with them: missing and
// ill-typed keys, duplicates, and unknown keys (a typo such as "promisedLimitDay" must not pass silently:
// the real key would then be missing or, worse, an optional one would quietly fall back to its default).
// Internal to the catalog loader. The same vocabulary and words as JsonReader (core/json), which reads
// every other outside JSON; this one works on the line-aware tree so that each problem has its line.

#include "core/catalog/jsontree.h"
#include "core/json/jsonreader.h"

#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

namespace ow {

// Errors found so far, each at the line of the offending value; the loader sorts them by line.
class CatalogIssues
{
public:
    struct Issue {
        int line = 0;
        QString message;
    };

    void add(int line, const QString &message) { m_issues.append({line, message}); }
    bool isEmpty() const { return m_issues.isEmpty(); }
    int count() const { return int(m_issues.size()); }
    // "SOURCE:LINE: message" lines in line order (stable, so one line's errors keep their order).
    QStringList format(const QString &source) const;

private:
    QList<Issue> m_issues;
};

class CatalogObjectReader
{
public:
    // Reports duplicate and unknown keys right away. If node is not an object, reports that (naming it
    // with what, e.g. "each material kind") and every later call yields nothing.
    CatalogObjectReader(const JsonNode &node, std::initializer_list<const char *> allowedKeys, CatalogIssues &issues,
                        const QString &what);

    bool isObject() const { return m_node.isObject(); }
    int line() const { return m_node.line(); }
    // The line of a key's value if present, else the object's own line (where "missing" errors point).
    int lineOf(const char *key) const;
    bool has(const char *key) const { return value(key) != nullptr; }
    const JsonNode *value(const char *key) const;

    // Each returns nothing and reports why when the key is missing (required only), of the wrong type,
    // empty (strings) or out of range (integers). An optional key that is absent yields nothing silently.
    std::optional<QString> requiredString(const char *key);
    std::optional<QString> optionalString(const char *key, bool allowEmpty = false);
    std::optional<int> requiredInt(const char *key, int minimum);
    std::optional<int> optionalInt(const char *key, int minimum);
    std::optional<bool> optionalBool(const char *key);
    const JsonNode *requiredArray(const char *key);
    const JsonNode *optionalArray(const char *key);

    // For array elements: a non-empty string, or a report at the element's line.
    static std::optional<QString> stringElement(const JsonNode &element, const char *arrayKey, CatalogIssues &issues);

private:
    std::optional<QString> string(const char *key, bool required, bool allowEmpty);
    std::optional<int> integer(const char *key, int minimum, bool required);
    const JsonNode *array(const char *key, bool required);
    void reportMissing(const char *key);
    // The key's value, or null (reported as missing when required).
    const JsonNode *present(const char *key, bool required);
    // The same, and of the expected kind (reported as the wrong type otherwise).
    const JsonNode *typed(const char *key, bool required, bool (JsonNode::*is)() const, const char *expected);

    const JsonNode &m_node;
    CatalogIssues &m_issues;
};

} // namespace ow
