// TLS on the hall LAN: the certificates onewindowctl hall tls makes, the service serving https and wss with
// them, the faces' client trusting the hall CA given to it (and nothing else), and the refusals at start
// that keep a wrong file from failing every handshake later.
#include "core/hall/server/halltls.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// hall-ca.pem, hall.crt and hall.key for localhost and 127.0.0.1 (or only for `host`), made by the
// administrator's tool.
QString makeCertificates(const QTemporaryDir &dir, const QString &host = {})
{
    const QString out = dir.filePath(u"tls"_s);
    const QStringList names =
        host.isEmpty() ? QStringList{u"--host"_s, u"localhost"_s, u"--alt"_s, u"127.0.0.1"_s} : QStringList{u"--host"_s, host};
    const ProgramRun r = runProgram(QStringLiteral(ONEWINDOWCTL),
                                    QStringList{u"hall"_s, u"tls"_s, u"--code"_s, u"TLS"_s, u"--out"_s, out} + names);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return out;
}

struct TlsHall {
    QTemporaryDir dir;
    ow::HallServer server;
    QString tls;

    explicit TlsHall(const QString &host = {})
    {
        tls = makeCertificates(dir, host);
        ow::HallServer::Options options{QHostAddress::LocalHost, 0, dir.filePath(u"hall.sqlite"_s), hallConfig()};
        QString error;
        REQUIRE(ow::loadHallTls(QDir(tls).filePath(u"hall.crt"_s), QDir(tls).filePath(u"hall.key"_s), &options.tls, &error));
        REQUIRE(server.start(options, &error));
    }
    QUrl url(const QString &host = u"localhost"_s) const
    {
        QUrl u = server.baseUrl();
        u.setHost(host);
        return u;
    }
    QList<QSslCertificate> ca() const { return QSslCertificate::fromPath(QDir(tls).filePath(u"hall-ca.pem"_s)); }
};

} // namespace

TEST_CASE("the certificates of hall tls: a CA for the PCs and the service's certificate and key, the key private")
{
    QTemporaryDir dir;
    const QString tls = makeCertificates(dir);
    CHECK(QFileInfo(QDir(tls).filePath(u"hall.key"_s)).permissions().testFlag(QFileDevice::ReadOther) == false);
    CHECK_FALSE(QFileInfo::exists(QDir(tls).filePath(u"hall-ca.key"_s))); // destroyed after signing
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(QDir(tls).filePath(u"hall.crt"_s));
    REQUIRE(chain.size() == 1);
    const auto names = chain.constFirst().subjectAlternativeNames();
    CHECK(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
    CHECK(names.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
    CHECK(chain.constFirst().expiryDate() > QDateTime::currentDateTimeUtc().addDays(800));
    // Never over an existing one: the PCs trust the CA already given to them.
    const ProgramRun again = runProgram(
        QStringLiteral(ONEWINDOWCTL), {u"hall"_s, u"tls"_s, u"--code"_s, u"TLS"_s, u"--host"_s, u"localhost"_s, u"--out"_s, tls});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"exists already"_s));
}

TEST_CASE("a face that trusts the hall CA works over https and wss")
{
    TlsHall hall;
    CHECK(hall.server.baseUrl().scheme() == u"https"_s);
    ow::HallClient::Options options{hall.url(), windowToken(1)};
    options.caCertificates = hall.ca();
    ow::HallClient client(options);
    client.start();
    REQUIRE(waitFor([&] { return client.isOnline(); }, std::chrono::seconds(10))); // snapshot over https, events over wss
    ow::HallClient::Options kioskOptions{hall.url(u"127.0.0.1"_s), kioskToken()};  // by the certificate's IP address
    kioskOptions.caCertificates = hall.ca();
    ow::HallClient kiosk(kioskOptions);
    const ow::HallResult issued = await(kiosk.issueTicket(u"A"_s));
    REQUIRE(issued.ok());
    const qint64 before = client.lastSequence();
    const ow::HallResult called = await(client.callNext(windowId(1)));
    CHECK(called.ok());
    CHECK(called.ticket().id == issued.ticket().id);
    // The call came back as an event on the wss stream, and the client's picture of the hall follows it.
    CHECK(waitFor([&] {
        const auto &windows = client.snapshot().windows;
        return client.lastSequence() > before && !windows.isEmpty()
               && std::any_of(windows.begin(), windows.end(),
                              [&](const ow::HallWindow &w) { return w.currentTicketId == issued.ticket().id; });
    }));
    client.stop();
}

TEST_CASE("a face that does not trust the hall's certificate gets no answer and no stream")
{
    TlsHall hall;
    ow::HallClient untrusting({hall.url(), windowToken(1)}); // the system's CAs only
    const ow::HallResult r = await(untrusting.callNext(windowId(1)));
    CHECK_FALSE(r.ok());
    CHECK(r.httpStatus == 0);
    CHECK(r.fault == ow::HallResult::Fault::Network);
    untrusting.start();
    CHECK_FALSE(waitFor([&] { return untrusting.isOnline(); }, std::chrono::seconds(2)));
    untrusting.stop();

    // A certificate of the hall's CA, but for another name than the address asked: refused too.
    TlsHall elsewhere(u"hall.lan"_s);
    ow::HallClient::Options wrongName{elsewhere.url(), windowToken(1)};
    wrongName.caCertificates = elsewhere.ca();
    ow::HallClient misnamed(wrongName);
    const ow::HallResult named = await(misnamed.callNext(windowId(1)));
    CHECK_FALSE(named.ok());
    CHECK(named.httpStatus == 0);
    CHECK(named.errorMessage.contains(u"host name"_s, Qt::CaseInsensitive));

    // Plain http to the TLS port is no answer either.
    QUrl plain = hall.url();
    plain.setScheme(u"http"_s);
    ow::HallClient cleartext({plain, windowToken(1)});
    CHECK(await(cleartext.callNext(windowId(1))).httpStatus == 0);
}

TEST_CASE("the service refuses certificate files that would fail every handshake")
{
    QTemporaryDir dir;
    const QString tls = makeCertificates(dir);
    const QString crt = QDir(tls).filePath(u"hall.crt"_s), key = QDir(tls).filePath(u"hall.key"_s);
    QSslConfiguration config;
    QString error;
    CHECK(ow::loadHallTls(crt, key, &config, &error));
    const QSslCertificate certificate = QSslCertificate::fromPath(crt).constFirst();
    CHECK_FALSE(ow::loadHallTls(crt, key, &config, &error, certificate.expiryDate().addDays(1)));
    CHECK(error.contains(u"valid from"_s));
    CHECK_FALSE(ow::loadHallTls(crt, key, &config, &error, certificate.effectiveDate().addDays(-1)));
    CHECK_FALSE(ow::loadHallTls(key, key, &config, &error));
    CHECK(error.contains(u"no PEM certificate"_s));
    CHECK_FALSE(ow::loadHallTls(crt, crt, &config, &error));
    CHECK(error.contains(u"private key"_s));
    CHECK_FALSE(ow::loadHallTls(dir.filePath(u"absent.crt"_s), key, &config, &error));
    CHECK(error.contains(u"Cannot read"_s));

    // The program: half a TLS setup is refused before it listens.
    const ProgramRun half = runProgram(QStringLiteral(ONEWINDOW_HALL_BINARY),
                                       {u"--port"_s, u"0"_s, u"--db"_s, dir.filePath(u"h.sqlite"_s), u"--tls-cert"_s, crt});
    CHECK(half.exitCode == 1);
    CHECK(half.err.contains(u"--tls-key"_s));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"h.sqlite"_s)));
}
