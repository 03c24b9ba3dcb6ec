#include "core/domain/caseids.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <array>

namespace ow {

QString timeOrderedUuid(const QDateTime &now)
{
    const quint64 ms = quint64(now.toMSecsSinceEpoch()) & 0xFFFFFFFFFFFFull; // 48 bits last until the year 10889
    std::array<quint32, 3> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    std::array<char, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[std::size_t(i)] = char(quint8(ms >> (8 * (5 - i))));
    for (int i = 6; i < 16; ++i)
        b[std::size_t(i)] = char(quint8(random[std::size_t((i - 6) / 4)] >> (8 * ((i - 6) % 4))));
    b[6] = char(0x70 | (quint8(b[6]) & 0x0F)); // version 7
    b[8] = char(0x80 | (quint8(b[8]) & 0x3F)); // variant 10 (RFC 9562)
    return QUuid::fromRfc4122(QByteArrayView(b.data(), qsizetype(b.size()))).toString(QUuid::WithoutBraces);
}

bool isHallCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{1,16}$"));
    return pattern.match(code).hasMatch();
}

} // namespace ow
