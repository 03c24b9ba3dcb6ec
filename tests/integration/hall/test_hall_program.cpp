// onewindow-hall as an administrator runs it: options, config and tokens files, refusals.
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runHall(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(ONEWINDOW_HALL_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(2000);
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const QJsonObject &o)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
    return f.fileName();
}

} // namespace

TEST_CASE("the program refuses the public demo tokens on a LAN address")
{
    QTemporaryDir dir;
    const Run r = runHall({u"--listen"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s, u"--db"_s, dir.filePath(u"h.sqlite"_s)});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--tokens-file"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"h.sqlite"_s))); // refused before touching anything
}

TEST_CASE("the program refuses a demo token given as its sha256 on a LAN address, like the plain one")
{
    QTemporaryDir dir;
    const QByteArray demoKiosk = "demo-kiosk-1"; // resources/hall/demo-hall.json: public
    const QString tokensFile = writeJson(
        dir, u"tokens.json"_s,
        {{u"tokens"_s,
          QJsonArray{QJsonObject{{u"token"_s, u"kiosk-secret-0123456789"_s}, {u"role"_s, u"kiosk"_s}},
                     QJsonObject{
                         {u"sha256"_s,
                          QString::fromLatin1(QCryptographicHash::hash(demoKiosk, QCryptographicHash::Sha256).toHex().toUpper())},
                         {u"role"_s, u"kiosk"_s}}}}});
    const Run r = runHall({u"--listen"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s, u"--db"_s, dir.filePath(u"h.sqlite"_s),
                           u"--tokens-file"_s, tokensFile});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--tokens-file"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"h.sqlite"_s)));

    // The same in the config file, and for every demo token: each one's digest is recognised.
    QJsonObject config = QJsonDocument::fromJson(readText(sourcePath(u"resources/hall/demo-hall.json"_s)).toUtf8()).object();
    QJsonArray hashed;
    for (const QJsonValue &t : config.value(u"tokens"_s).toArray()) {
        QJsonObject o = t.toObject();
        o.insert(u"sha256"_s, QString::fromLatin1(ow::HallConfig::digest(o.take(u"token"_s).toString().toUtf8())));
        hashed.append(o);
    }
    REQUIRE(hashed.size() > 10);
    for (const QJsonValue &t : std::as_const(hashed)) {
        QJsonObject one = config;
        one.insert(u"tokens"_s, QJsonArray{t});
        ow::HallConfig parsed;
        QString error;
        REQUIRE(ow::HallConfig::fromJson(one, &parsed, &error));
        CHECK(parsed.demoTokens);
    }
    config.insert(u"tokens"_s, hashed);
    const Run fromConfig = runHall({u"--listen"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s, u"--db"_s, dir.filePath(u"h.sqlite"_s),
                                    u"--config"_s, writeJson(dir, u"hall.json"_s, config)});
    CHECK(fromConfig.exitCode == 1);
    CHECK(fromConfig.err.contains(u"--tokens-file"_s));
    // A digest of a real secret is not a demo token.
    ow::HallConfig real;
    QString error;
    config.insert(u"tokens"_s,
                  QJsonArray{QJsonObject{{u"sha256"_s, QString::fromLatin1(ow::HallConfig::digest("kiosk-secret-0123456789"))},
                                         {u"role"_s, u"kiosk"_s}}});
    REQUIRE(ow::HallConfig::fromJson(config, &real, &error));
    CHECK_FALSE(real.demoTokens);
}

TEST_CASE("the program refuses broken options and files with a message")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"h.sqlite"_s);
    Run r = runHall({u"--port"_s, u"70000"_s, u"--db"_s, db});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--port"_s));
    r = runHall({u"--listen"_s, u"hall-pc"_s, u"--db"_s, db});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"hall-pc"_s));
    r = runHall({u"--max-connections"_s, u"many"_s, u"--db"_s, db});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--max-connections"_s));
    r = runHall({u"--hall"_s, u"bad code"_s, u"--db"_s, db});
    CHECK(r.exitCode == 1);
    r = runHall({u"--config"_s, dir.filePath(u"missing.json"_s), u"--db"_s, db});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"missing.json"_s));
    const QString badTokens = writeJson(
        dir, u"tokens.json"_s, {{u"tokens"_s, QJsonArray{QJsonObject{{u"token"_s, u"short"_s}, {u"role"_s, u"kiosk"_s}}}}});
    r = runHall({u"--tokens-file"_s, badTokens, u"--db"_s, db});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"tokens[0].token"_s));

    QTcpServer occupied;
    REQUIRE(occupied.listen(QHostAddress::LocalHost));
    r = runHall({u"--port"_s, QString::number(occupied.serverPort()), u"--db"_s, db});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QString::number(occupied.serverPort())));
}

TEST_CASE("a config file and a tokens file replace the demo hall and its tokens")
{
    QTemporaryDir dir;
    QJsonObject config = QJsonDocument::fromJson(readText(sourcePath(u"resources/hall/demo-hall.json"_s)).toUtf8()).object();
    config.insert(u"hall"_s, QJsonObject{{u"code"_s, u"XH01"_s}, {u"name"_s, u"西湖区市民中心"_s}});
    const QString configFile = writeJson(dir, u"hall.json"_s, config);
    const QByteArray kiosk = "kiosk-secret-0123456789";
    const QByteArray board = "board-secret-0123456789";
    const QString tokensFile = writeJson(
        dir, u"tokens.json"_s,
        {{u"tokens"_s,
          QJsonArray{
              QJsonObject{{u"token"_s, QString::fromLatin1(kiosk)}, {u"role"_s, u"kiosk"_s}, {u"device"_s, u"lobby"_s}},
              // the digest form keeps the secret out of the file
              QJsonObject{{u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(board, QCryptographicHash::Sha256).toHex())},
                          {u"role"_s, u"board"_s}}}}});
    HallProcess hall;
    QString error;
    REQUIRE(hall.start(dir.filePath(u"h.sqlite"_s), &error, {u"--config"_s, configFile, u"--tokens-file"_s, tokensFile}));
    CHECK(get(hall.url, u"/api/v1/health"_s, {}).body.value(u"hall"_s).toString() == u"XH01"_s);
    CHECK(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 401); // demo tokens gone
    const HttpAnswer issued = post(hall.url, u"/api/v1/tickets"_s, kiosk, R"({"service":"A"})");
    CHECK(issued.status == 201);
    const QJsonObject snapshot = get(hall.url, u"/api/v1/snapshot"_s, board).body;
    CHECK(snapshot.value(u"hall"_s).toObject().value(u"name"_s).toString() == u"西湖区市民中心"_s);
    const QJsonArray events = get(hall.url, u"/api/v1/events?since=0"_s, board).body.value(u"events"_s).toArray();
    CHECK(events.last().toObject().value(u"actor"_s).toString() == u"kiosk:lobby"_s);
    hall.killHard();
}
