#pragma once
// TLS for the hall LAN (onewindow-hall --tls-cert/--tls-key, or "tls" in its config): the server's
// certificate chain and key, read and checked at start so that a wrong file stops the service with one clear
// line instead of failing every handshake later. The faces trust the hall's CA through --ca-file.

#include <QDateTime>
#include <QSslConfiguration>
#include <QString>

namespace ow {

// Reads a PEM certificate chain (the server's first, then any intermediates) and its PEM private key (EC or
// RSA, unencrypted: a service starts unattended). Refuses a certificate not yet or no longer valid at `now`
// and a key of another kind or size than the certificate's. TLS 1.2 or later.
bool loadHallTls(const QString &certificatePath, const QString &keyPath, QSslConfiguration *out, QString *error,
                 const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace ow
