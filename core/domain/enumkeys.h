#pragma once
// Enums that are stored and sent as words: one table per enum keeps each word in one place (they are on
// disk and on the wire, so never rename one), and one pair of functions reads and writes it.
//
//   constexpr EnumKeys<Decision, 2> DecisionKeys{{{Decision::Accept, u"accept"}, …}};
//   OW_ENUM_KEY_FUNCTIONS(Decision, decisionKey, decisionFromKey, DecisionKeys)

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace ow {

template <typename Enum, std::size_t N>
using EnumKeys = std::array<std::pair<Enum, const char16_t *>, N>;

// The word of a value; "" for a value the table does not have.
template <typename Enum, std::size_t N>
QString enumKey(const EnumKeys<Enum, N> &table, Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromUtf16(key);
    }
    return {};
}

// The value of a word; false (and *out untouched) for a word the table does not have.
template <typename Enum, std::size_t N>
bool enumFromKey(const EnumKeys<Enum, N> &table, const QString &key, Enum *out)
{
    for (const auto &[e, word] : table) {
        if (key == QStringView(word)) {
            if (out)
                *out = e;
            return true;
        }
    }
    return false;
}

// Every word of a table, in its order, joined by ", " (for a message that lists what is allowed).
template <typename Enum, std::size_t N>
QString enumWords(const EnumKeys<Enum, N> &table)
{
    QString words;
    for (const auto &[e, word] : table)
        words += (words.isEmpty() ? QString() : QStringLiteral(", ")) + QString::fromUtf16(word);
    return words;
}

} // namespace ow

// Defines `QString toKey(Enum)` and `bool fromKey(const QString &, Enum *)` over a table, in the namespace
// where it is used (their declarations are in the enum's header).
#define OW_ENUM_KEY_FUNCTIONS(Enum, toKey, fromKey, table)                                                                       \
    QString toKey(Enum value)                                                                                                    \
    {                                                                                                                            \
        return ::ow::enumKey(table, value);                                                                                      \
    }                                                                                                                            \
    bool fromKey(const QString &key, std::add_pointer_t<Enum> out)                                                               \
    {                                                                                                                            \
        return ::ow::enumFromKey(table, key, out);                                                                               \
    }
