#include "core/hall/provision/halltlsfiles.h"

#include "core/files/privatefiles.h"
#include "core/hall/provision/hallprovision.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

bool run(const QString &openssl, const QStringList &arguments, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(openssl, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = ProvisionText::tr("openssl %1 failed: %2")
                     .arg(arguments.value(0), QString::fromLocal8Bit(p.readAll()).trimmed().left(500));
        return false;
    }
    return true;
}

QString subjectAltName(const QStringList &names)
{
    QStringList entries;
    for (const QString &name : names) {
        QHostAddress address;
        entries.append(address.setAddress(name) ? u"IP:"_s + name : u"DNS:"_s + name);
    }
    return entries.join(u',');
}

} // namespace

bool makeHallTls(const QString &hallCode, const QString &host, const QStringList &altNames, const QString &folder,
                 HallTlsFiles *files, QString *error)
{
    static const QRegularExpression name(u"^[A-Za-z0-9]([A-Za-z0-9.:-]{0,252})$"_s);
    const QStringList names = QStringList{host} + altNames;
    for (const QString &n : names) {
        if (!name.match(n).hasMatch()) {
            *error = ProvisionText::tr("\"%1\" is not a host name or IP address.").arg(n);
            return false;
        }
    }
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        *error = ProvisionText::tr("The openssl command is missing (apt install openssl).");
        return false;
    }
    const QDir dir(folder);
    HallTlsFiles out{dir.filePath(u"hall-ca.pem"_s), dir.filePath(u"hall.crt"_s), dir.filePath(u"hall.key"_s)};
    for (const QString &path : {out.caCertificate, out.certificate, out.key}) {
        if (QFileInfo::exists(path)) {
            *error = ProvisionText::tr("%1 exists already: nothing was changed.").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    if (!PrivateFiles::makeFolder(folder)) {
        *error = ProvisionText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // Made in a private scratch folder and moved into place at the end: keys are never readable by others, a
    // failure half-way leaves nothing behind, and the CA's key goes with the scratch folder.
    QTemporaryDir scratch(dir.filePath(u".hall-tls-XXXXXX"_s));
    if (!scratch.isValid()) {
        *error = ProvisionText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QFile::setPermissions(scratch.path(), PrivateFiles::FolderMode);
    const QString caPem = scratch.filePath(u"hall-ca.pem"_s), caKey = scratch.filePath(u"hall-ca.key"_s);
    const QString csr = scratch.filePath(u"hall.csr"_s), crt = scratch.filePath(u"hall.crt"_s),
                  key = scratch.filePath(u"hall.key"_s);
    const QString extensions = scratch.filePath(u"server.ext"_s);
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly)) {
        *error = ProvisionText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(extensions), ext.errorString());
        return false;
    }
    ext.write(u"subjectAltName = %1\nbasicConstraints = critical, CA:FALSE\nkeyUsage = critical, digitalSignature\n"
              "extendedKeyUsage = serverAuth\n"_s.arg(subjectAltName(names))
                  .toUtf8());
    ext.close();
    const QStringList ec{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    const QString serial = u"0x"_s + QString::number(QRandomGenerator::system()->generate64() >> 1, 16);
    if (!run(openssl,
             QStringList{u"req"_s, u"-x509"_s, u"-new"_s} + ec
                 + QStringList{u"-keyout"_s, caKey, u"-out"_s, caPem, u"-days"_s, u"830"_s, u"-subj"_s,
                               u"/CN=OneWindow hall %1 CA"_s.arg(hallCode)},
             error)
        || !run(openssl,
                QStringList{u"req"_s, u"-new"_s} + ec
                    + QStringList{u"-keyout"_s, key, u"-out"_s, csr, u"-subj"_s, u"/CN="_s + host},
                error)
        || !run(openssl,
                {u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, caPem, u"-CAkey"_s, caKey, u"-set_serial"_s, serial, u"-days"_s,
                 u"825"_s, u"-sha256"_s, u"-extfile"_s, extensions, u"-out"_s, crt},
                error))
        return false;
    constexpr QFileDevice::Permissions Public = PrivateFiles::FileMode | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QList<std::pair<QString, QString>> moves{{caPem, out.caCertificate}, {crt, out.certificate}, {key, out.key}};
    for (const auto &[from, to] : moves) {
        const bool secret = to.endsWith(u".key"_s);
        if (!QFile::setPermissions(from, secret ? PrivateFiles::FileMode : Public) || !QFile::rename(from, to)) {
            *error = ProvisionText::tr("Cannot write %1.").arg(QDir::toNativeSeparators(to));
            return false;
        }
    }
    if (files)
        *files = out;
    return true;
}

} // namespace ow
