#include "core/security/passwordhasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace ow {

namespace {

constexpr int KeyLength = 32;
const QString kScheme = QStringLiteral("pbkdf2-sha256");

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QString encode(int iterations, const QByteArray &salt, const QByteArray &key)
{
    return QStringList{kScheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(key.toBase64())}
        .join(u'$');
}

} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(iterations > 0 ? iterations : DefaultIterations)
{}

QByteArray PasswordHasher::derive(const QString &password, const QByteArray &salt, int iterations) const
{
    ++m_derivations;
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, KeyLength);
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray salt = randomBytes(16);
    return encode(m_iterations, salt, derive(password, salt, m_iterations));
}

QString PasswordHasher::decoy() const
{
    return encode(m_iterations, randomBytes(16), randomBytes(KeyLength));
}

int PasswordHasher::iterationsOf(const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return 0;
    return parts.at(1).toInt();
}

bool PasswordHasher::verify(const QString &password, const QString &stored) const
{
    const QStringList parts = stored.split(u'$');
    const int iterations = iterationsOf(stored);
    if (iterations <= 0) {
        derive(password, randomBytes(16), m_iterations); // the same time as a real comparison
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = derive(password, salt, iterations);
    if (actual.size() != expected.size())
        return false;
    // Every byte is compared, so the time taken does not tell how much of a guess was right.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        difference |= static_cast<unsigned char>(actual.at(i) ^ expected.at(i));
    return difference == 0;
}

} // namespace ow
