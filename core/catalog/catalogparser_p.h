#pragma once
// The checking reader behind CatalogLoader, split out so each source file keeps to one part of the format:
// catalogloader.cpp the top level and bundles, catalogmatters.cpp material kinds and matters,
// catalogmaterials.cpp the materials of a matter.

#include "core/catalog/catalogobjectreader.h"
#include "core/domain/catalogdata.h"
#include "core/domain/matterwords.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace ow {

// Letters (upper or lower case), digits and '_' only, and not empty: the catalog's codes and ids.
bool consistsOf(const QString &s, bool upper);

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

    // The required id of a situation or an option ("" when absent): a-z, 0-9 and _ only (else `malformed`),
    // and not the id of an earlier one of `siblings` (else `twice`); each message a source text, %1 the id.
    template <typename Sibling>
    QString readLowerCaseId(CatalogObjectReader &o, const QList<Sibling> &siblings, const char *malformed, const char *twice)
    {
        const std::optional<QString> id = o.requiredString("id"); // reported when absent or not a word
        if (!id)
            return {};
        if (!consistsOf(*id, false))
            m_issues.add(o.lineOf("id"), QCoreApplication::translate("ow::CatalogLoader", malformed).arg(*id));
        if (std::any_of(siblings.cbegin(), siblings.cend(), [&](const Sibling &s) { return s.id == *id; }))
            m_issues.add(o.lineOf("id"), QCoreApplication::translate("ow::CatalogLoader", twice).arg(*id));
        return *id;
    }

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
