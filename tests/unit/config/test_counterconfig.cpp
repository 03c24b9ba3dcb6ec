// The counter's configuration keys (core/config/counterconfig.h): every value checked against its key, the
// problems named FILE:LINE: key, token files that others can read refused, and the per-user file overriding
// the system file key by key.
#include "core/config/counterconfig.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text, QFileDevice::Permissions permissions)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    REQUIRE(file.setPermissions(permissions));
    return file.fileName();
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions EveryoneReads = OwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther;

QList<ow::ConfigProblem> check(const QString &path, const QByteArray &text)
{
    return ow::checkCounterConfig(ow::ConfigFile::parse(path, text));
}

} // namespace

TEST_CASE("a counter's whole configuration file checks clean")
{
    QTemporaryDir dir;
    const QString token = writeFile(dir, u"platform.token"_s, "secret\n", OwnerOnly);
    const QString hallToken = writeFile(dir, u"hall.token"_s, "secret\n", OwnerOnly | QFileDevice::ReadGroup);
    const QString ca = writeFile(dir, u"hall-ca.pem"_s, "-----BEGIN CERTIFICATE-----\n", EveryoneReads);
    const QByteArray text = "role = clerk\nhall = SZ-FT01\nhall-name = 示范政务服务大厅\nwindow = 3\n"
                            "platform = https://platform.example.gov.cn/api\ntoken-file = "
                            + token.toUtf8() + "\nhall-service = https://hall.lan:8750\nhall-token-file = " + hallToken.toUtf8()
                            + "\nca-file = " + ca.toUtf8()
                            + "\nprint = printer\ndocuments = /var/lib/onewindow/documents\nlang = zh_CN\n"
                              "voice = zh+en\nkiosk-ticket-seconds = 10\nallow-insecure = false\n"
                              "retention-payload-days = 60\nretention-personal-days = 730\nretention-document-days = 365\n";
    const QList<ow::ConfigProblem> problems = check(dir.filePath(u"onewindow.conf"_s), text);
    for (const ow::ConfigProblem &p : problems)
        UNSCOPED_INFO(p.text().toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("each bad line of a configuration file gets one problem naming the file, the line and the key")
{
    QTemporaryDir dir;
    const QString open = writeFile(dir, u"open.token"_s, "secret\n", EveryoneReads);
    const QString missing = dir.filePath(u"missing.token"_s);
    const QString conf = u"/etc/onewindow/onewindow.conf"_s;
    struct Case {
        QByteArray line;
        QString message; // a part of the message
    };
    const std::vector<Case> cases{
        {"windw = 3", u"unknown key; did you mean window?"_s},
        {"colour = blue", u"unknown key"_s},
        {"window = 0", u"\"0\" is not a whole number from 1 to 99"_s},
        {"window = three", u"is not a whole number"_s},
        {"role = cashier", u"\"cashier\" is none of clerk, kiosk, board, rating, supervisor"_s},
        {"print = laser", u"is none of archive, preview, printer"_s},
        {"hall = 示范", u"is not a code"_s},
        {"hall = DEMO HALL", u"is not a code"_s},
        {"platform = ftp://platform.example", u"is not an http:// or https:// address"_s},
        {"hall-service = 10.0.0.2:8750", u"is not an http:// or https:// address"_s},
        {"lang = klingon", u"is not a language"_s},
        {"allow-insecure = yes", u"neither true nor false"_s},
        {"kiosk-ticket-seconds = 600", u"from 3 to 120"_s},
        {"retention-personal-days = 0", u"from 1 to 3650"_s},
        {"retention-payload-days = thirty", u"is not a whole number"_s},
        {"token-file = " + missing.toUtf8(), u"does not exist"_s},
        {"hall-token-file = " + open.toUtf8(), u"others may read it"_s},
        {"calendar = " + missing.toUtf8(), u"does not exist"_s},
        {"hall-name = " + QByteArray(201, 'x'), u"longer than 200 characters"_s},
    };
    for (const Case &c : cases) {
        INFO(c.line.toStdString());
        const QList<ow::ConfigProblem> problems = check(conf, "# the hall\n" + c.line + "\n");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].line == 2);
        CHECK(problems[0].key == QString::fromUtf8(c.line.left(c.line.indexOf('=')).trimmed()));
        CHECK(problems[0].message.contains(c.message));
        CHECK(problems[0].text().startsWith(conf + u":2: "_s + problems[0].key + u": "_s));
    }
}

TEST_CASE("a key set twice in one file is a problem and an empty value sets nothing")
{
    const QList<ow::ConfigProblem> problems = check(u"a.conf"_s, "window = 3\nprint = archive\nwindow = 4\ndocuments =\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].message.contains(u"already set on line 1"_s));
}

TEST_CASE("the per-user file overrides the system file key by key")
{
    QTemporaryDir dir;
    const QString system = writeFile(dir, u"system.conf"_s, "hall = DEMO\nwindow = 3\nprint = printer\n", EveryoneReads);
    const QString user = writeFile(dir, u"user.conf"_s, "window = 5\nprint =\n", OwnerOnly);
    const ow::CounterConfig config = ow::loadCounterConfig({system, user, dir.filePath(u"absent.conf"_s)});
    CHECK(config.problems.isEmpty());
    CHECK(config.filesRead == QStringList{system, user});
    CHECK(config.value(u"hall"_s) == u"DEMO"_s);
    CHECK(config.value(u"window"_s) == u"5"_s);
    CHECK(config.value(u"print"_s) == u"printer"_s); // "print =" in the user's file leaves the system's
    CHECK_FALSE(config.has(u"documents"_s));

    const QString broken = writeFile(dir, u"broken.conf"_s, "windw = 4\n", OwnerOnly);
    const ow::CounterConfig withTypo = ow::loadCounterConfig({system, broken});
    REQUIRE(withTypo.problems.size() == 1);
    CHECK(withTypo.problems[0].file == broken);
    CHECK(withTypo.value(u"window"_s) == u"3"_s); // an unknown key is never taken for a known one
}
