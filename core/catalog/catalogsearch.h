#pragma once
// Finds matters (and 一件事 bundles) as the clerk types: Chinese text (食品), pinyin initials (spjy, or jyxk
// for the tail of 食品经营许可), or a code. Built once per catalog; each search is a tight scan over
// precomputed data, fast enough to run on every keystroke.

#include "core/catalog/pinyinindex.h"
#include "core/domain/catalogdata.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ow {

// What search looks at for one matter or bundle.
struct SearchEntry {
    QString code;
    QString name;
    QString department;   // empty for bundles
    QStringList keywords; // further text to find it by (aliases); matched like the department
    bool isBundle = false;
};

struct SearchHit {
    // Best first: the order in which results are ranked.
    enum class Match {
        ExactName,         // the whole name, e.g. "食品经营许可"
        NamePrefix,        // "食品经营"
        NameSubstring,     // "经营许可"
        InitialsPrefix,    // "spjy"
        InitialsSubstring, // "jyxk"
        Other,             // the code, the department or a keyword
    };

    QString code;
    QString name;
    QString department;
    bool isBundle = false;
    Match match = Match::Other;
    // The matched part of the name, for highlighting (in QChar units); -1 and 0 when the match is
    // elsewhere (code, department, keyword).
    int nameStart = -1;
    int nameLength = 0;
};

class CatalogSearch
{
public:
    CatalogSearch() = default;
    // Every matter and every bundle of the catalog.
    explicit CatalogSearch(const CatalogData &catalog, const PinyinIndex &pinyin = PinyinIndex::instance());
    explicit CatalogSearch(const QList<SearchEntry> &entries, const PinyinIndex &pinyin = PinyinIndex::instance());

    int size() const { return int(m_entries.size()); }

    // Up to limit hits, best first: exact name > name prefix > name substring > initials prefix >
    // initials substring > code/department/keyword; equal ranks by shorter name, then code, then the
    // order given. Case-insensitive; full-width letters count as ASCII; spaces are ignored.
    // An empty (or all-punctuation) query returns nothing: the caller shows its own default list.
    QList<SearchHit> search(const QString &query, int limit = 50) const;

    // The folding applied to both names and queries: lower case, full-width ASCII to ASCII, no spaces.
    static QString fold(QStringView text);

private:
    void add(const SearchEntry &entry, const PinyinIndex &pinyin);
    void finish();

    struct Entry {
        SearchEntry source;
        QString name;                // folded
        QString code;                // folded
        QString department;          // folded
        QStringList keywords;        // folded
        QList<int> foldedToName;     // index in the folded name -> index in the original name
        qsizetype initialsBegin = 0; // slice of m_initials / m_initialsPos
        int initialsSize = 0;
        int order = 0; // rank among equal matches: by name length, then code, then insertion
    };

    std::vector<Entry> m_entries;
    // All names' per-character initials masks back to back, so the scan walks one array.
    std::vector<PinyinMask> m_initials;
    std::vector<int> m_initialsPos; // where each of those characters starts in the original name
};

} // namespace ow
