// The line-aware reader of configuration files (core/config/configfile.h): "key = value" lines with their
// line numbers, comments and blank lines skipped, a line that is not "key = value" a problem with its line,
// and the bounds of outside input (size, lines, UTF-8).
#include "core/config/configfile.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

TEST_CASE("a configuration file reads as keys, values and their lines")
{
    const QByteArray text = "\xEF\xBB\xBF# the counter of window 3\r\n"
                            "\r\n"
                            "hall = DEMO\r\n"
                            "  hall-name=示范政务服务大厅  \r\n"
                            "; a comment in the other style\n"
                            "documents =\n"
                            "query-link = https://zwfw.example.gov.cn/query?code={code}&a=b\n";
    const ow::ConfigFile f = ow::ConfigFile::parse(u"onewindow.conf"_s, text);
    CHECK(f.problems.isEmpty());
    REQUIRE(f.entries.size() == 4);
    CHECK(f.entries[0].key == u"hall"_s);
    CHECK(f.entries[0].value == u"DEMO"_s);
    CHECK(f.entries[0].line == 3);
    CHECK(f.entries[1].key == u"hall-name"_s);
    CHECK(f.entries[1].value == u"示范政务服务大厅"_s);
    CHECK(f.entries[1].line == 4);
    CHECK(f.entries[2].value.isEmpty());
    CHECK(f.entries[3].value == u"https://zwfw.example.gov.cn/query?code={code}&a=b"_s); // '=' in a value stays
    CHECK(f.entries[3].line == 7);
}

TEST_CASE("a line that is not key = value is a problem that names its line")
{
    const ow::ConfigFile f = ow::ConfigFile::parse(u"/etc/onewindow/onewindow.conf"_s, "hall = DEMO\n[counter]\n= 3\nwindow 3\n");
    REQUIRE(f.problems.size() == 3);
    CHECK(f.problems[0].line == 2);
    CHECK(f.problems[1].line == 3);
    CHECK(f.problems[2].line == 4);
    CHECK(f.problems[2].text() == u"/etc/onewindow/onewindow.conf:4: this line is not \"key = value\""_s);
    CHECK(f.entries.size() == 1);
}

TEST_CASE("a configuration file past its bounds or not UTF-8 is refused as a whole")
{
    CHECK(ow::ConfigFile::parse(u"a.conf"_s, QByteArray(ow::ConfigFile::MaxBytes + 1, '#')).problems.size() == 1);
    CHECK(ow::ConfigFile::parse(u"a.conf"_s, QByteArray(ow::ConfigFile::MaxLines + 1, '\n')).problems.size() == 1);
    const ow::ConfigFile gbk = ow::ConfigFile::parse(u"a.conf"_s, "hall-name = \xCA\xBE\xB7\xB6\n"); // 示范 in GBK
    REQUIRE(gbk.problems.size() == 1);
    CHECK(gbk.problems[0].message.contains(u"UTF-8"_s));
    CHECK(gbk.entries.isEmpty());
}

TEST_CASE("a configuration file that does not exist is no problem but one that cannot be read is")
{
    QTemporaryDir dir;
    const ow::ConfigFile none = ow::ConfigFile::read(dir.filePath(u"absent.conf"_s));
    CHECK_FALSE(none.exists);
    CHECK(none.problems.isEmpty());
    const ow::ConfigFile folder = ow::ConfigFile::read(dir.path());
    CHECK(folder.exists);
    CHECK(folder.problems.size() == 1);

    QFile file(dir.filePath(u"onewindow.conf"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("window = 3\n");
    file.close();
    const ow::ConfigFile read = ow::ConfigFile::read(file.fileName());
    CHECK(read.exists);
    REQUIRE(read.entries.size() == 1);
    CHECK(read.entries[0].value == u"3"_s);
}
