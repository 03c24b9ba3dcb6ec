#include "core/catalog/pinyinindex.h"

#include <QFile>

namespace ow {

namespace {

constexpr int DigitShift = 26;

// Full-width ASCII (Ａ, ｓ, ５), which Chinese input methods produce easily, counts as its plain form.
char32_t foldWidth(char32_t ucs4)
{
    if (ucs4 >= 0xFF01 && ucs4 <= 0xFF5E)
        return ucs4 - 0xFEE0;
    return ucs4;
}

PinyinMask asciiMask(char32_t c)
{
    if (c >= 'a' && c <= 'z')
        return PinyinMask(1) << (c - 'a');
    if (c >= 'A' && c <= 'Z')
        return PinyinMask(1) << (c - 'A');
    if (c >= '0' && c <= '9')
        return PinyinMask(1) << (DigitShift + (c - '0'));
    return 0;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Walks a string by code point, so characters beyond the BMP stay whole.
template <typename F>
void forEachCodePoint(QStringView text, F &&f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t ucs4 = text[i].unicode();
        const qsizetype start = i;
        if (QChar::isHighSurrogate(ucs4) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        f(ucs4, start);
    }
}

} // namespace

const PinyinIndex &PinyinIndex::instance()
{
    static const PinyinIndex index = [] {
        QFile file(QString::fromLatin1(ResourcePath));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("ow::PinyinIndex: %s is missing; search by pinyin initials is off", ResourcePath);
            return PinyinIndex();
        }
        return PinyinIndex(file.readAll());
    }();
    return index;
}

PinyinIndex::PinyinIndex(const QByteArray &table)
    : m_letterMasks(TableEnd - ExtABegin, 0),
      m_letterOrder(TableEnd - ExtABegin, 0)
{
    const char *p = table.constData();
    const char *end = p + table.size();
    while (p < end) {
        const char *lineEnd = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        if (!lineEnd)
            lineEnd = end;
        const char *q = p;
        p = lineEnd + 1;
        if (q == lineEnd || *q == '#')
            continue;
        char32_t cp = 0;
        int digits = 0;
        for (int d; q < lineEnd && (d = hexDigit(*q)) >= 0; ++q, ++digits)
            cp = (cp << 4) | char32_t(d);
        if (digits == 0 || digits > 6 || q == lineEnd || *q != '\t' || cp < ExtABegin || cp >= TableEnd)
            continue;
        ++q;
        quint32 mask = 0;
        quint64 order = 0;
        int shift = 0;
        for (; q < lineEnd; ++q) {
            const char c = *q;
            if (c < 'a' || c > 'z')
                continue; // tolerates a trailing '\r' from an editor
            const quint32 bit = quint32(1) << (c - 'a');
            if (mask & bit)
                continue;
            mask |= bit;
            if (shift <= 64 - 5) {
                order |= quint64(c - 'a' + 1) << shift;
                shift += 5;
            }
        }
        const size_t slot = cp - ExtABegin;
        if (mask && !m_letterMasks[slot])
            ++m_count;
        m_letterMasks[slot] |= mask;
        if (!m_letterOrder[slot])
            m_letterOrder[slot] = order;
    }
}

QString PinyinIndex::initials(QChar ch) const
{
    return initials(char32_t(ch.unicode()));
}

QString PinyinIndex::initials(char32_t ucs4) const
{
    if (ucs4 < ExtABegin || ucs4 >= TableEnd || m_letterOrder.empty())
        return {};
    QString result;
    for (quint64 order = m_letterOrder[ucs4 - ExtABegin]; order; order >>= 5)
        result += QLatin1Char(char('a' + int(order & 0x1F) - 1));
    return result;
}

PinyinMask PinyinIndex::mask(char32_t ucs4) const
{
    ucs4 = foldWidth(ucs4);
    if (ucs4 < 0x80)
        return asciiMask(ucs4);
    if (ucs4 >= ExtABegin && ucs4 < TableEnd && !m_letterMasks.empty())
        return m_letterMasks[ucs4 - ExtABegin];
    return 0;
}

bool PinyinIndex::isIgnorable(char32_t ucs4)
{
    ucs4 = foldWidth(ucs4);
    return QChar::isSpace(ucs4) || QChar::isPunct(ucs4) || QChar::isSymbol(ucs4) || QChar::category(ucs4) == QChar::Other_Control
           || QChar::category(ucs4) == QChar::Other_Format;
}

QList<PinyinMask> PinyinIndex::masks(QStringView text, QList<int> *positions) const
{
    QList<PinyinMask> result;
    result.reserve(text.size());
    if (positions) {
        positions->clear();
        positions->reserve(text.size());
    }
    forEachCodePoint(text, [&](char32_t ucs4, qsizetype start) {
        if (isIgnorable(ucs4))
            return;
        result.append(mask(ucs4));
        if (positions)
            positions->append(int(start));
    });
    return result;
}

QList<PinyinMask> PinyinIndex::queryMasks(QStringView query)
{
    QList<PinyinMask> result;
    bool usable = true;
    forEachCodePoint(query, [&](char32_t ucs4, qsizetype) {
        if (!usable || isIgnorable(ucs4))
            return;
        const char32_t c = foldWidth(ucs4);
        const PinyinMask m = c < 0x80 ? asciiMask(c) : 0;
        if (m)
            result.append(m);
        else
            usable = false;
    });
    if (!usable)
        result.clear();
    return result;
}

int PinyinIndex::find(const PinyinMask *haystack, int haystackSize, const PinyinMask *needle, int needleSize)
{
    if (needleSize <= 0)
        return -1;
    const int last = haystackSize - needleSize;
    for (int i = 0; i <= last; ++i) {
        int j = 0;
        while (j < needleSize && (haystack[i + j] & needle[j]))
            ++j;
        if (j == needleSize)
            return i;
    }
    return -1;
}

bool PinyinIndex::matches(QStringView text, QStringView query) const
{
    const QList<PinyinMask> needle = queryMasks(query);
    const QList<PinyinMask> hay = masks(text);
    return find(hay.constData(), int(hay.size()), needle.constData(), int(needle.size())) >= 0;
}

} // namespace ow
