#include "core/catalog/catalogsearch.h"

#include <algorithm>
#include <numeric>

namespace ow {

namespace {

QChar foldChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII, as Chinese input methods type it
        return QChar(char16_t(u - 0xFEE0)).toLower();
    return c.toLower();
}

// Matters and bundles of a catalog as search entries: a bundle lists the names of its matters as
// keywords, so "食品经营许可" also turns up 开办餐饮店一件事 (below the matter itself).
QList<SearchEntry> entriesOf(const CatalogData &catalog)
{
    QList<SearchEntry> entries;
    entries.reserve(catalog.matters.size() + catalog.bundles.size());
    for (const Matter &m : catalog.matters)
        entries.append({m.code, m.name, m.department, {}, false});
    for (const Bundle &b : catalog.bundles) {
        SearchEntry e{b.code, b.name, {}, {}, true};
        for (const QString &code : b.matterCodes)
            if (const Matter *m = catalog.matter(code))
                e.keywords.append(m->name);
        entries.append(e);
    }
    return entries;
}

} // namespace

QString CatalogSearch::fold(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace())
            folded += foldChar(c);
    return folded;
}

CatalogSearch::CatalogSearch(const CatalogData &catalog, const PinyinIndex &pinyin)
    : CatalogSearch(entriesOf(catalog), pinyin)
{}

CatalogSearch::CatalogSearch(const QList<SearchEntry> &entries, const PinyinIndex &pinyin)
{
    m_entries.reserve(size_t(entries.size()));
    for (const SearchEntry &e : entries)
        add(e, pinyin);
    finish();
}

void CatalogSearch::add(const SearchEntry &source, const PinyinIndex &pinyin)
{
    Entry e;
    e.source = source;
    e.name.reserve(source.name.size());
    for (qsizetype i = 0; i < source.name.size(); ++i) {
        const QChar c = source.name.at(i);
        if (c.isSpace())
            continue;
        e.name += foldChar(c);
        e.foldedToName.append(int(i));
    }
    e.code = fold(source.code);
    e.department = fold(source.department);
    for (const QString &k : source.keywords)
        e.keywords.append(fold(k));

    QList<int> positions;
    const QList<PinyinMask> masks = pinyin.masks(source.name, &positions);
    e.initialsBegin = qsizetype(m_initials.size());
    e.initialsSize = int(masks.size());
    m_initials.insert(m_initials.end(), masks.cbegin(), masks.cend());
    m_initialsPos.insert(m_initialsPos.end(), positions.cbegin(), positions.cend());
    m_entries.push_back(std::move(e));
}

void CatalogSearch::finish()
{
    // Rank among equals once, here, so that sorting hits compares two integers.
    std::vector<int> byOrder(m_entries.size());
    std::iota(byOrder.begin(), byOrder.end(), 0);
    std::stable_sort(byOrder.begin(), byOrder.end(), [this](int a, int b) {
        const SearchEntry &x = m_entries[size_t(a)].source;
        const SearchEntry &y = m_entries[size_t(b)].source;
        if (x.name.size() != y.name.size())
            return x.name.size() < y.name.size();
        return x.code < y.code;
    });
    for (size_t rank = 0; rank < byOrder.size(); ++rank)
        m_entries[size_t(byOrder[rank])].order = int(rank);
}

QList<SearchHit> CatalogSearch::search(const QString &query, int limit) const
{
    if (limit <= 0 || m_entries.empty())
        return {};
    const QString text = fold(query);
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return PinyinIndex::isIgnorable(c.unicode()); }))
        return {};
    const QList<PinyinMask> keys = PinyinIndex::queryMasks(query);
    const QStringView needle(text);

    struct Found {
        int match;
        int order;
        int entry;
        int start;
        int length;
    };
    std::vector<Found> found;

    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const QStringView name(e.name);
        int match = -1;
        int start = -1;
        int length = 0;
        if (const qsizetype at = name.indexOf(needle); at >= 0) {
            match = name.size() == needle.size() ? int(SearchHit::Match::ExactName)
                    : at == 0                    ? int(SearchHit::Match::NamePrefix)
                                                 : int(SearchHit::Match::NameSubstring);
            start = e.foldedToName[at];
            length = e.foldedToName[at + needle.size() - 1] + 1 - start;
        } else if (!keys.isEmpty()) {
            const PinyinMask *masks = m_initials.data() + e.initialsBegin;
            const int at = PinyinIndex::find(masks, e.initialsSize, keys.constData(), int(keys.size()));
            if (at >= 0) {
                match = at == 0 ? int(SearchHit::Match::InitialsPrefix) : int(SearchHit::Match::InitialsSubstring);
                const int *pos = m_initialsPos.data() + e.initialsBegin;
                start = pos[at];
                const int last = pos[at + int(keys.size()) - 1];
                length = last + (e.source.name.at(last).isHighSurrogate() ? 2 : 1) - start;
            }
        }
        if (match < 0) {
            const bool other =
                e.code.contains(needle) || e.department.contains(needle)
                || std::any_of(e.keywords.cbegin(), e.keywords.cend(), [&](const QString &k) { return k.contains(needle); });
            if (other)
                match = int(SearchHit::Match::Other);
        }
        if (match >= 0)
            found.push_back({match, e.order, int(i), start, length});
    }

    const auto better = [](const Found &a, const Found &b) { return a.match != b.match ? a.match < b.match : a.order < b.order; };
    const size_t count = std::min(found.size(), size_t(limit));
    std::partial_sort(found.begin(), found.begin() + qsizetype(count), found.end(), better);

    QList<SearchHit> hits;
    hits.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const Found &f = found[i];
        const SearchEntry &s = m_entries[size_t(f.entry)].source;
        hits.append({s.code, s.name, s.department, s.isBundle, SearchHit::Match(f.match), f.start, f.length});
    }
    return hits;
}

} // namespace ow
