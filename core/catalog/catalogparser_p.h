#pragma once
// The checking reader behind CatalogLoader, split out so each source file keeps to one part of the format:
// catalogloader.cpp the top level and bundles, catalogmatters.cpp material kinds and matters,
// catalogmaterials.cpp the materials of a matter.

#include "core/catalog/catalogobjectreader.h"
#include "core/domain/catalogdata.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace ow {

// The spelling in the file of an enum value.
template <typename E>
struct EnumName {
    const char *name;
    E value;
};

// Inline templates over the tables in the .cpp files (form, requirement, tag names).
template <typename E, size_t N>
std::optional<E> enumValue(const QString &s, const EnumName<E> (&names)[N])
{
    for (const EnumName<E> &n : names)
        if (s == QLatin1String(n.name))
            return n.value;
    return std::nullopt;
}

template <typename E, size_t N>
QString enumList(const EnumName<E> (&names)[N])
{
    QStringList list;
    for (const EnumName<E> &n : names)
        list.append(QString::fromLatin1(n.name));
    return list.join(u", ");
}

class CatalogParser
{
public:
    CatalogParser(CatalogIssues &issues, CatalogData &data)
        : m_issues(issues),
          m_data(data)
    {}

    // Fills the data from the root of the document; whatever is wrong goes to the issues.
    void read(const JsonNode &root);

private:
    void readMaterialKinds(const JsonNode &array);
    bool readMaterialKind(const JsonNode &node, MaterialKind &kind);
    void readMatters(const JsonNode &array);
    void readBundles(const JsonNode &array);

    bool readMatter(const JsonNode &node, Matter &matter);
    void readFees(const JsonNode &array, Matter &matter);
    void readTags(const JsonNode &array, Matter &matter);
    void readSituations(const JsonNode &array, Matter &matter);
    void readMaterials(const JsonNode &array, Matter &matter);
    bool readMaterial(const JsonNode &node, const Matter &matter, MatterMaterial &material);
    // The names the list of certificates forbids (其他材料, 相关证明 ...) are reported at the name.
    void checkMaterialName(const CatalogObjectReader &o, const QString &name);
    void checkConditions(const JsonNode &whenArray, const Matter &matter, MatterMaterial &material);

    CatalogIssues &m_issues;
    CatalogData &m_data;
    // Every code seen, even on an otherwise faulty entry, so that one bad entry does not cascade into
    // "unknown kind" errors everywhere it is used. Values: index into the data (-1 if not stored), line.
    struct Seen {
        int index = -1;
        int line = 0;
    };
    QHash<QString, Seen> m_kinds;
    QHash<QString, Seen> m_matters;

    // Reads each element of a list whose entries are known by "code": read(node, entry) fills one and says
    // whether it is sound; a code met before is reported at the later one (`duplicate`: %1 the code, %2
    // the first one's line); sound first entries are stored.
    template <typename Entry, typename Read>
    void readCodedList(const JsonNode &array, QHash<QString, Seen> &seen, QList<Entry> &stored, const QString &duplicate,
                       Read read)
    {
        for (const JsonNode &node : array.elements()) {
            Entry entry;
            const bool ok = read(node, entry);
            if (entry.code.isEmpty())
                continue;
            const int line = node.isObject() ? node.member(u"code")->line() : node.line();
            if (const auto it = seen.constFind(entry.code); it != seen.constEnd()) {
                m_issues.add(line, duplicate.arg(entry.code).arg(it->line));
                continue;
            }
            seen.insert(entry.code, {ok ? int(stored.size()) : -1, line});
            if (ok)
                stored.append(entry);
        }
    }
};

} // namespace ow
