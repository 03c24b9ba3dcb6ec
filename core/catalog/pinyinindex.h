#pragma once
// Pinyin initials of Chinese characters, so a clerk can type "spjy" for 食品经营许可.
// The table (resources/pinyin/initials.tsv, generated from Unicode's Unihan readings) lists every initial
// a character can have: heteronyms match by any reading (银行 by "yh", 行政 by "xz").

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace ow {

// The keys that can type one character of a name: bits 0-25 are the letters a-z, bits 26-35 the digits 0-9.
// A query key matches a character when their masks share a bit, so matching is one AND per character.
using PinyinMask = quint64;

class PinyinIndex
{
public:
    static constexpr char ResourcePath[] = ":/pinyin/initials.tsv";

    // The shared table, loaded from the resource on first use (thread-safe).
    static const PinyinIndex &instance();

    PinyinIndex() = default;
    // Reads the initials.tsv format: "# comment" lines and "4E00<TAB>y" lines; bad lines are skipped.
    explicit PinyinIndex(const QByteArray &table);

    // How many characters have initials.
    int characterCount() const { return m_count; }

    // The possible initial letters of a character, most common first ("xh" for 行); empty if unknown.
    QString initials(QChar ch) const;
    QString initials(char32_t ucs4) const;

    // The mask of one character: its initials for a Chinese character, itself for an ASCII letter or digit
    // (full-width forms too); 0 for anything else.
    PinyinMask mask(char32_t ucs4) const;

    // The compact per-character mask list of a name. Punctuation, symbols and spaces are left out, so
    // "食品经营许可（仅销售预包装食品）" reads as one run; a character without any key stays in as 0 so it
    // breaks a match rather than being jumped over. If positions is given, it receives the index in
    // text where each listed character starts.
    QList<PinyinMask> masks(QStringView text, QList<int> *positions = nullptr) const;

    // The query as keys, case-insensitive, punctuation and spaces ignored. Empty if the query holds
    // anything but letters and digits (a Chinese query is matched as text, not as initials).
    static QList<PinyinMask> queryMasks(QStringView query);

    // The first index in haystack where every needle key matches the character at the same offset, or -1.
    // No allocation: this is the inner loop of search.
    static int find(const PinyinMask *haystack, int haystackSize, const PinyinMask *needle, int needleSize);

    // Convenience for callers without a prebuilt index: does query match a contiguous run of text?
    bool matches(QStringView text, QStringView query) const;

    // Whether search leaves this character out of names and queries.
    static bool isIgnorable(char32_t ucs4);

private:
    static constexpr char32_t ExtABegin = 0x3400; // CJK Extension A; the table also covers U+4E00-U+9FFF
    static constexpr char32_t TableEnd = 0xA000;

    // Flat arrays indexed by codepoint - ExtABegin: the mask for matching, the letters in order
    // (5 bits each, a = 1, least significant first) for display.
    std::vector<quint32> m_letterMasks;
    std::vector<quint64> m_letterOrder;
    int m_count = 0;
};

} // namespace ow
