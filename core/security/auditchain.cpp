#include "core/security/auditchain.h"

#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace ow {

Q_LOGGING_CATEGORY(lcSecurity, "onewindow.core.security", QtWarningMsg)

namespace AuditChain {

namespace {

constexpr qsizetype kKeyBytes = 32;

void addLength(QByteArray &out, quint64 n)
{
    char bytes[8];
    qToBigEndian(n, bytes);
    out.append(bytes, 8);
}

// A tag byte tells NULL from text (an empty string is text of length 0), a length tells where it ends.
void addField(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out.append('\0');
        return;
    }
    const QByteArray utf8 = value.toString().toUtf8();
    out.append('\1');
    addLength(out, quint64(utf8.size()));
    out.append(utf8);
}

QString hmac(const QByteArray &key, const QByteArray &message)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString genesis()
{
    return QString(64, u'0');
}

QByteArray encode(const AuditChainRow &row)
{
    QByteArray out("ow-audit-v1");
    addField(out, QString::number(row.seq));
    addField(out, row.at);
    addField(out, row.username);
    addField(out, row.hallCode);
    addField(out, row.window.isNull() ? QVariant() : QVariant(row.window.toString()));
    addField(out, row.action);
    addField(out, row.caseId);
    addField(out, row.detail);
    return out;
}

QString hashOf(const QString &prevHash, const AuditChainRow &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray prev;
    addField(prev, prevHash);
    hash.addData(prev);
    hash.addData(encode(row));
    return QString::fromLatin1(hash.result().toHex());
}

QString keyPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + u".audit-key"_s;
}

std::optional<QByteArray> loadKey(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        sql::setError(
            error, QCoreApplication::translate("ow::Audit", "The audit key %1 is missing.").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    // Hex of 32 bytes and a line end at most: anything bigger is not a key.
    if (!file.open(QIODevice::ReadOnly)) {
        sql::setError(error, QCoreApplication::translate("ow::Audit", "Cannot read the audit key %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    const QByteArray key = QByteArray::fromHex(file.read(4 * kKeyBytes).trimmed());
    if (key.size() != kKeyBytes) {
        sql::setError(
            error,
            QCoreApplication::translate("ow::Audit", "The audit key %1 is not a key.").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    return key;
}

std::optional<QByteArray> loadOrCreateKey(const QString &path, bool *created, QString *error)
{
    *created = false;
    if (QFile::exists(path))
        return loadKey(path, error);
    QByteArray key(kKeyBytes, '\0');
    QRandomGenerator::system()->generate(key.begin(), key.end());
    // Written whole under a temporary name, then renamed: a crash leaves no half key, and rename never
    // replaces a key another program made meanwhile (then that one is the key).
    const QString temp = path + u".new-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(key.toHex() + '\n') < 0
            || !file.flush()) {
            sql::setError(error, QCoreApplication::translate("ow::Audit", "Cannot write the audit key %1: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
            file.remove();
            return std::nullopt;
        }
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return loadKey(path, error);
    }
    qCInfo(lcSecurity) << "made a new audit key";
    *created = true;
    return key;
}

QString signHead(const QByteArray &key, qint64 lastSeq, const QString &lastHash)
{
    QByteArray message("ow-audit-head-v1");
    addField(message, QString::number(lastSeq));
    addField(message, lastHash);
    return hmac(key, message);
}

QString signCheckpoint(const QByteArray &key, const AuditCheckpoint &checkpoint)
{
    QByteArray message("ow-audit-checkpoint-v1");
    addField(message, QString::number(checkpoint.throughSeq));
    addField(message, QString::number(checkpoint.removed));
    addField(message, checkpoint.lastHash);
    return hmac(key, message);
}

// Plain "key=value" words, read back with one anchored pattern: the detail may have been edited, so
// anything but exactly this shape is no checkpoint.
QString checkpointDetail(const AuditCheckpoint &checkpoint)
{
    return u"through=%1 removed=%2 last_hash=%3 signature=%4"_s.arg(checkpoint.throughSeq)
        .arg(checkpoint.removed)
        .arg(checkpoint.lastHash, checkpoint.signature);
}

std::optional<AuditCheckpoint> parseCheckpoint(const QString &detail)
{
    static const QRegularExpression pattern(
        u"^through=([1-9][0-9]{0,17}) removed=([0-9]{1,18}) last_hash=([0-9a-f]{64}) signature=([0-9a-f]{64})$"_s);
    const QRegularExpressionMatch m = pattern.match(detail);
    if (!m.hasMatch())
        return std::nullopt;
    return AuditCheckpoint{m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3), m.captured(4)};
}

} // namespace AuditChain

QString AuditVerdict::summary() const
{
    if (ok)
        return QCoreApplication::translate("ow::Audit", "The audit trail is intact: %n row(s) verified.", nullptr, int(rows));
    return problem;
}

} // namespace ow
