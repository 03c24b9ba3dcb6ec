// Provisioning a hall as an administrator does it (onewindowctl hall init / add-device / revoke-device),
// against the real onewindow-hall binary: the files init writes start the service, each device's token
// opens its role and nothing more, only digests reach the service's files, a new device's token works after a
// restart and a revoked one is refused after a restart.
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

ProgramRun ctl(const QStringList &args)
{
    return runProgram(QStringLiteral(ONEWINDOWCTL), args);
}

// The owner, group and others bits only (QFileInfo adds the "current user" ones).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

QByteArray tokenOf(const QString &folder, const QString &device)
{
    return readText(QDir(folder).filePath(u"devices/%1.token"_s.arg(device))).trimmed().toLatin1();
}

} // namespace

TEST_CASE("hall init writes a hall whose service starts and whose device tokens open their roles")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"hall"_s);
    ProgramRun r = ctl({u"hall"_s, u"init"_s, u"--code"_s, u"SZFT"_s, u"--name"_s, u"福田区政务服务中心"_s, u"--service"_s,
                        u"https://hall.lan:8790"_s, u"--windows"_s, u"3"_s, u"--kiosks"_s, u"2"_s, u"--out"_s, out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"counter-03 (window W03)"_s));
    CHECK(r.out.contains(u"/etc/onewindow/hall-tokens.json"_s));

    // Eight devices, each with its own token: 256 bits as base64url, all different, each file owner-only.
    const QStringList devices{u"counter-01"_s, u"counter-02"_s, u"counter-03"_s,  u"kiosk-1"_s,
                              u"kiosk-2"_s,    u"board-1"_s,    u"supervisor-1"_s};
    QSet<QByteArray> tokens;
    static const QRegularExpression base64url(u"^[A-Za-z0-9_-]{43}$"_s);
    for (const QString &device : devices) {
        INFO(device.toStdString());
        const QByteArray token = tokenOf(out, device);
        CHECK(base64url.match(QString::fromLatin1(token)).hasMatch());
        tokens.insert(token);
        const QFileInfo file(QDir(out).filePath(u"devices/%1.token"_s.arg(device)));
        CHECK(modeOf(file.filePath()) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        // The device's onewindow.conf checks clean once its token is where the conf says (here: beside it).
        QString conf = readText(QDir(out).filePath(u"devices/%1.conf"_s.arg(device)));
        conf.replace(u"/etc/onewindow/hall.token"_s, file.absoluteFilePath());
        QFile edited(dir.filePath(device + u".conf"_s));
        REQUIRE(edited.open(QIODevice::WriteOnly));
        edited.write(conf.toUtf8());
        edited.close();
        const ProgramRun check = ctl({u"config"_s, u"check"_s, edited.fileName()});
        INFO(check.err.toStdString());
        CHECK(check.exitCode == 0);
    }
    CHECK(tokens.size() == devices.size());
    const QString tokensFile = QDir(out).filePath(u"hall-tokens.json"_s);
    const QByteArray tokensText = readText(tokensFile).toUtf8() + readText(QDir(out).filePath(u"hall.json"_s)).toUtf8();
    for (const QByteArray &token : std::as_const(tokens))
        CHECK_FALSE(tokensText.contains(token)); // digests only

    // The service starts on these files and knows each device by its token.
    HallProcess hall;
    QString error;
    REQUIRE(hall.start(dir.filePath(u"hall.sqlite"_s), &error,
                       {u"--config"_s, QDir(out).filePath(u"hall.json"_s), u"--tokens-file"_s, tokensFile}));
    INFO(error.toStdString());
    const HttpAnswer snapshot = get(hall.url, u"/api/v1/snapshot"_s, tokenOf(out, u"board-1"_s));
    REQUIRE(snapshot.status == 200);
    CHECK(snapshot.body.value(u"hall"_s).toObject().value(u"code"_s).toString() == u"SZFT"_s);
    CHECK(snapshot.body.value(u"windows"_s).toArray().size() == 3);
    const HttpAnswer ticket = post(hall.url, u"/api/v1/tickets"_s, tokenOf(out, u"kiosk-2"_s), R"({"service":"A"})");
    CHECK(ticket.status == 201);
    CHECK(post(hall.url, u"/api/v1/windows/W02/call-next"_s, tokenOf(out, u"counter-02"_s)).status == 200);
    CHECK(post(hall.url, u"/api/v1/windows/W02/call-next"_s, tokenOf(out, u"counter-01"_s)).status == 403); // not its window
    CHECK(post(hall.url, u"/api/v1/tickets"_s, tokenOf(out, u"board-1"_s), R"({"service":"A"})").status == 403);
    CHECK(get(hall.url, u"/api/v1/snapshot"_s, "demo-board-1").status == 401);
    hall.process->terminate();
    hall.process->waitForFinished(5000);

    // A lost counter PC: its token revoked; a replacement PC gets a new one. Both count after a restart.
    r = ctl({u"hall"_s, u"revoke-device"_s, u"--tokens"_s, tokensFile, u"--device"_s, u"counter-02"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = ctl({u"hall"_s, u"add-device"_s, u"--tokens"_s, tokensFile, u"--device"_s, u"counter-02b"_s, u"--role"_s, u"window"_s,
             u"--window"_s, u"W02"_s, u"--out"_s, dir.filePath(u"new"_s)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(modeOf(tokensFile) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // kept as it was
    const QByteArray replacement = readText(dir.filePath(u"new/counter-02b.token"_s)).trimmed().toLatin1();
    CHECK_FALSE(readText(tokensFile).contains(QString::fromLatin1(replacement)));

    HallProcess restarted;
    REQUIRE(restarted.start(dir.filePath(u"hall.sqlite"_s), &error,
                            {u"--config"_s, QDir(out).filePath(u"hall.json"_s), u"--tokens-file"_s, tokensFile}));
    CHECK(get(restarted.url, u"/api/v1/snapshot"_s, tokenOf(out, u"counter-02"_s)).status == 401);
    CHECK(get(restarted.url, u"/api/v1/snapshot"_s, replacement).status == 200);
    CHECK(get(restarted.url, u"/api/v1/snapshot"_s, tokenOf(out, u"counter-01"_s)).status == 200);
    restarted.process->terminate();
    restarted.process->waitForFinished(5000);
}

TEST_CASE("hall provisioning refuses what would overwrite a hall or leave it inconsistent")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"hall"_s);
    const QStringList init{u"hall"_s,      u"init"_s, u"--code"_s, u"H1"_s, u"--service"_s, u"http://10.0.0.2:8790"_s,
                           u"--windows"_s, u"2"_s,    u"--out"_s,  out};
    REQUIRE(ctl(init).exitCode == 0);
    const QString tokensFile = QDir(out).filePath(u"hall-tokens.json"_s);
    const QString before = readText(tokensFile);

    ProgramRun r = ctl(init); // the same folder again: nothing is overwritten
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"already holds a hall"_s));
    CHECK(readText(tokensFile) == before);

    const auto refused = [&](const QStringList &args, const QString &words) {
        INFO(args.join(u' ').toStdString());
        const ProgramRun run = ctl(args);
        INFO(run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(words));
        CHECK(readText(tokensFile) == before);
    };
    refused({u"hall"_s, u"init"_s, u"--code"_s, u"demo hall"_s, u"--service"_s, u"http://h:1"_s, u"--windows"_s, u"1"_s,
             u"--out"_s, dir.filePath(u"x"_s)},
            u"hall code"_s);
    refused({u"hall"_s, u"init"_s, u"--code"_s, u"H2"_s, u"--service"_s, u"hall.lan"_s, u"--windows"_s, u"1"_s, u"--out"_s,
             dir.filePath(u"y"_s)},
            u"http://"_s);
    refused({u"hall"_s, u"add-device"_s, u"--tokens"_s, tokensFile, u"--device"_s, u"counter-01"_s, u"--role"_s, u"window"_s,
             u"--window"_s, u"W01"_s, u"--out"_s, dir.filePath(u"n"_s)},
            u"already has a token"_s);
    refused({u"hall"_s, u"add-device"_s, u"--tokens"_s, tokensFile, u"--device"_s, u"../etc/passwd"_s, u"--role"_s, u"kiosk"_s,
             u"--out"_s, dir.filePath(u"n"_s)},
            u"device name"_s);
    refused({u"hall"_s, u"add-device"_s, u"--tokens"_s, tokensFile, u"--device"_s, u"kiosk-9"_s, u"--role"_s, u"kiosk"_s,
             u"--window"_s, u"W01"_s, u"--out"_s, dir.filePath(u"n"_s)},
            u"window token"_s);
    refused({u"hall"_s, u"add-device"_s, u"--tokens"_s, tokensFile, u"--device"_s, u"boss"_s, u"--role"_s, u"admin"_s, u"--out"_s,
             dir.filePath(u"n"_s)},
            u"role"_s);
    refused({u"hall"_s, u"revoke-device"_s, u"--tokens"_s, tokensFile, u"--device"_s, u"kiosk-7"_s}, u"has no token"_s);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"n/boss.token"_s)));

    QFile broken(dir.filePath(u"broken.json"_s));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("<html>not tokens</html>");
    broken.close();
    r = ctl({u"hall"_s, u"revoke-device"_s, u"--tokens"_s, broken.fileName(), u"--device"_s, u"kiosk-1"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"not a tokens file"_s));
    CHECK(ctl({u"hall"_s, u"promote"_s}).exitCode == 2);
    CHECK(ctl({u"hall"_s, u"init"_s, u"--code"_s, u"H3"_s}).exitCode == 2);
}

TEST_CASE("add-device and revoke-device keep the tokens file's owner and group so the service still reads it")
{
    if (::geteuid() != 0) {
        WARN(
            "not run: only root can give a file another group, as the packages' onewindow-hall group is given (CI runs as root)");
        return;
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(u"hall"_s);
    REQUIRE(ctl({u"hall"_s, u"init"_s, u"--code"_s, u"H1"_s, u"--service"_s, u"http://10.0.0.2:8790"_s, u"--windows"_s, u"1"_s,
                 u"--out"_s, out})
                .exitCode
            == 0);
    const QString tokensFile = QDir(out).filePath(u"hall-tokens.json"_s);
    constexpr gid_t serviceGroup = 65534; // any group but root's stands for onewindow-hall
    REQUIRE(::chown(QFile::encodeName(tokensFile).constData(), 0, serviceGroup) == 0);
    REQUIRE(QFile::setPermissions(tokensFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    REQUIRE(ctl({u"hall"_s, u"add-device"_s, u"--tokens"_s, tokensFile, u"--device"_s, u"board-2"_s, u"--role"_s, u"board"_s,
                 u"--out"_s, dir.filePath(u"new"_s)})
                .exitCode
            == 0);
    CHECK(QFileInfo(tokensFile).groupId() == serviceGroup);
    CHECK(modeOf(tokensFile) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    REQUIRE(ctl({u"hall"_s, u"revoke-device"_s, u"--tokens"_s, tokensFile, u"--device"_s, u"board-1"_s}).exitCode == 0);
    CHECK(QFileInfo(tokensFile).groupId() == serviceGroup);
    CHECK(readText(tokensFile).contains(u"board-2"_s));
    CHECK_FALSE(readText(tokensFile).contains(u"board-1"_s));
}

TEST_CASE("hall init with --tls-host makes a hall that serves https to PCs trusting its CA")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"hall"_s);
    ProgramRun r = ctl({u"hall"_s, u"init"_s, u"--code"_s, u"TLSH"_s, u"--service"_s, u"https://localhost:8790"_s, u"--windows"_s,
                        u"1"_s, u"--tls-host"_s, u"localhost"_s, u"--out"_s, out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"/etc/onewindow/hall-ca.pem"_s));
    CHECK(readText(QDir(out).filePath(u"devices/counter-01.conf"_s)).contains(u"ca-file = /etc/onewindow/hall-ca.pem"_s));
    CHECK(readText(QDir(out).filePath(u"hall.json"_s)).contains(u"/etc/onewindow/hall.key"_s));
    CHECK(modeOf(QDir(out).filePath(u"tls/hall.key"_s)) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    // The service with the config as written, its certificate files where this test keeps them.
    HallProcess hall;
    QString error;
    REQUIRE(hall.start(dir.filePath(u"hall.sqlite"_s), &error,
                       {u"--config"_s, QDir(out).filePath(u"hall.json"_s), u"--tokens-file"_s,
                        QDir(out).filePath(u"hall-tokens.json"_s), u"--tls-cert"_s, QDir(out).filePath(u"tls/hall.crt"_s),
                        u"--tls-key"_s, QDir(out).filePath(u"tls/hall.key"_s)}));
    INFO(error.toStdString());
    CHECK(hall.url.scheme() == u"https"_s);
    QUrl url = hall.url;
    url.setHost(u"localhost"_s);
    ow::HallClient::Options options{url, tokenOf(out, u"board-1"_s)};
    options.caCertificates = QSslCertificate::fromPath(QDir(out).filePath(u"tls/hall-ca.pem"_s));
    ow::HallClient board(options);
    const ow::HallResult snapshot = await(board.fetchSnapshot());
    CHECK(snapshot.ok());
    CHECK(snapshot.snapshot().hallCode == u"TLSH"_s);
    hall.process->terminate();
    hall.process->waitForFinished(5000);

    // TLS with an http:// service address is a contradiction the tool refuses.
    r = ctl({u"hall"_s, u"init"_s, u"--code"_s, u"TLSH"_s, u"--service"_s, u"http://localhost:8790"_s, u"--windows"_s, u"1"_s,
             u"--tls-host"_s, u"localhost"_s, u"--out"_s, dir.filePath(u"other"_s)});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"https://"_s));
}
