#pragma once
// The hall's own small PKI for TLS on its LAN (onewindowctl hall tls, hall init --tls-host): a hall CA and
// the service's certificate signed by it, made with Debian's openssl command. The CA's certificate goes to
// every PC (onewindow --ca-file); the service gets its certificate and key (onewindow-hall --tls-cert/
// --tls-key). The CA's key signs that one certificate and is destroyed: nobody can sign another server
// into the hall's trust, and a renewal is a new CA whose certificate goes to the PCs again.

#include <QString>
#include <QStringList>

namespace ow {

struct HallTlsFiles {
    QString caCertificate; // hall-ca.pem: for every PC
    QString certificate;   // hall.crt: for the server
    QString key;           // hall.key (0600): for the server only
};

// Makes the three files in `folder` (refusing any that exists) for the service reached as `host` (a DNS name
// or an IP address; more names in `altNames`). EC P-256; the server certificate for 825 days (the CA a little longer).
bool makeHallTls(const QString &hallCode, const QString &host, const QStringList &altNames, const QString &folder,
                 HallTlsFiles *files, QString *error);

} // namespace ow
