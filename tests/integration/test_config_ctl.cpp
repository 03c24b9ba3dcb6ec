// onewindowctl config check as an administrator runs it after editing /etc/onewindow/onewindow.conf: one
// line per problem naming the file, the line and the key, exit 1; "fine" and exit 0 for a good file.
#include "tests/integration/ctlrun.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using owctl::ctl;

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    REQUIRE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                | (name.endsWith(u".token"_s) ? QFileDevice::Permissions() : QFileDevice::ReadOther)));
    return file.fileName();
}

} // namespace

TEST_CASE("onewindowctl config check passes a good file and names every problem of a bad one")
{
    QTemporaryDir dir;
    const QString token = write(dir, u"hall.token"_s, "0123456789abcdef0123456789abcdef\n");
    const QString good = write(dir, u"good.conf"_s,
                               "# window 3 of the demo hall\nhall = DEMO\nwindow = 3\nhall-service = https://hall.lan:8750\n"
                               "hall-token-file = "
                                   + token.toUtf8() + "\n");
    owtest::ProgramRun r = ctl({u"config"_s, u"check"_s, good});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"good.conf: fine; settings: 4"_s));

    QFile::setPermissions(token, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const QString bad =
        write(dir, u"bad.conf"_s, "hall = DEMO\nwindw = 3\nprint = laser\nhall-token-file = " + token.toUtf8() + "\n");
    r = ctl({u"config"_s, u"check"_s, bad});
    CHECK(r.exitCode == 1);
    const QStringList lines = r.err.trimmed().split(u'\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == bad + u":2: windw: unknown key; did you mean window?"_s);
    CHECK(lines[1].startsWith(bad + u":3: print: "_s));
    CHECK(lines[2].startsWith(bad + u":4: hall-token-file: "_s));
    CHECK(lines[2].contains(u"others may read it"_s));

    r = ctl({u"config"_s, u"check"_s, dir.filePath(u"absent.conf"_s)});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"no such file"_s));
    CHECK(ctl({u"config"_s, u"lint"_s}).exitCode == 2);
}

TEST_CASE("the example configuration shipped with the package checks clean and so does each of its settings")
{
    const QString example = QStringLiteral(ONEWINDOW_SOURCE_DIR "/packaging/onewindow.conf.example");
    owtest::ProgramRun r = ctl({u"config"_s, u"check"_s, example});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);

    // Every commented setting, uncommented (the files it names made), is a valid line: the example teaches
    // nothing that the check would then refuse.
    QFile file(example);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    QByteArray uncommented;
    int settings = 0;
    for (QByteArray line : file.readAll().split('\n')) {
        if (line.startsWith("#") && line.contains(" = ") && !line.startsWith("# ")) {
            line = line.mid(1);
            const QByteArray key = line.left(line.indexOf('=')).trimmed();
            if (key == "calendar" || key == "ca-file" || key.endsWith("token-file")) {
                const QString path = write(dir, QString::fromUtf8(key) + u".token"_s, "x\n");
                line = key + " = " + path.toUtf8();
            }
            uncommented += line + '\n';
            ++settings;
        }
    }
    CHECK(settings >= 15);
    const QString all = write(dir, u"all.conf"_s, uncommented);
    r = ctl({u"config"_s, u"check"_s, all});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
}
