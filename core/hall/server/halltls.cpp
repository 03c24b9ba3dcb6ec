#include "core/hall/server/halltls.h"

#include "core/hall/protocol/halltext.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

constexpr qint64 MaxPemBytes = 1024 * 1024;

bool readPem(const QString &path, QByteArray *pem, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = HallText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *pem = file.read(MaxPemBytes);
    return true;
}

} // namespace

bool loadHallTls(const QString &certificatePath, const QString &keyPath, QSslConfiguration *out, QString *error,
                 const QDateTime &now)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readPem(certificatePath, &certificatePem, error) || !readPem(keyPath, &keyPem, error))
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = HallText::tr("%1 holds no PEM certificate.").arg(QDir::toNativeSeparators(certificatePath));
        return false;
    }
    const QSslCertificate &certificate = chain.constFirst();
    if (certificate.effectiveDate() > now || certificate.expiryDate() < now) {
        *error = HallText::tr("The certificate in %1 is valid from %2 to %3, not now: make a new one (onewindowctl hall tls).")
                     .arg(QDir::toNativeSeparators(certificatePath), certificate.effectiveDate().toString(Qt::ISODate),
                          certificate.expiryDate().toString(Qt::ISODate));
        return false;
    }
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = HallText::tr("%1 holds no unencrypted PEM private key (EC or RSA).").arg(QDir::toNativeSeparators(keyPath));
        return false;
    }
    // Qt gives no public half of a private key to compare; a key of another kind or size is caught here, and
    // any other mismatch by the first handshake, which logs it.
    if (key.algorithm() != certificate.publicKey().algorithm() || key.length() != certificate.publicKey().length()) {
        *error = HallText::tr("The key in %1 is not the key of the certificate in %2.")
                     .arg(QDir::toNativeSeparators(keyPath), QDir::toNativeSeparators(certificatePath));
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the devices prove themselves with their tokens
    *out = tls;
    return true;
}

} // namespace ow
