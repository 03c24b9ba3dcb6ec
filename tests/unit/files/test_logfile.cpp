// Issue #15, logs: a rotating, size-capped, owner-only log file, and no ID number, phone or token in any line.
#include "core/files/logfile.h"
#include "core/files/logredaction.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ow;

namespace {

Q_LOGGING_CATEGORY(lcTestLog, "onewindow.testlog")

QString textOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

struct InstalledLog {
    explicit InstalledLog(const LogFile::Options &options) { REQUIRE(LogFile::install(options)); }
    ~InstalledLog() { LogFile::uninstall(); }
};

} // namespace

TEST_CASE("redaction removes ID numbers, phone numbers and tokens and leaves the rest of the line")
{
    CHECK(LogRedaction::redact(u"case for 11010119900307451X accepted"_s) == u"case for [id] accepted"_s);
    CHECK(LogRedaction::redact(u"id=110101199003074514,"_s) == u"id=[id],"_s);
    CHECK(LogRedaction::redact(u"call 13812345678 back"_s) == u"call [phone] back"_s);
    CHECK(LogRedaction::redact(u"Authorization: Bearer kiosk-AbC.123_x"_s) == u"Authorization: Bearer [redacted]"_s);
    CHECK(LogRedaction::redact(u"GET /api/v1/events?since=3&token=s3cr3t HTTP/1.1"_s)
          == u"GET /api/v1/events?since=3&token=[redacted] HTTP/1.1"_s);
    CHECK(LogRedaction::redact(uR"({"token":"abc","password": "hunter2hunter2"})"_s)
          == uR"({"token":"[redacted]","password": "[redacted]"})"_s);
    // What must stay readable: case numbers, times, counts, a credit code is not an ID number's shape.
    const QString plain = u"DEMO-20261206-0042 decided in 12 ms; 91350100M000100Y43 checked"_s;
    CHECK(LogRedaction::redact(plain) == plain);
    CHECK(LogRedaction::redact(u"order 1234567890123456789012 is longer than an ID"_s)
          == u"order 1234567890123456789012 is longer than an ID"_s);
}

TEST_CASE("the log file gets every category's lines, redacted, owner-only")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"logs/onewindow.log"_s);
    {
        InstalledLog log({path, 1 << 20, 3, false});
        QLoggingCategory::setFilterRules(u"onewindow.testlog.debug=true"_s);
        qCDebug(lcTestLog) << "applicant" << u"110101199003074514"_s << "token"
                           << "Bearer abcdef";
        qCWarning(lcTestLog) << "platform answered 502";
        QLoggingCategory::setFilterRules({});
    }
    const QString text = textOf(path);
    CHECK(text.contains(u" D onewindow.testlog: applicant"_s));
    CHECK(text.contains(u" W onewindow.testlog: platform answered 502"_s));
    CHECK_FALSE(text.contains(u"110101199003074514"_s));
    CHECK_FALSE(text.contains(u"abcdef"_s));
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);
}

TEST_CASE("the log file is rotated before it passes its cap, and only the newest generations are kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"onewindow.log"_s);
    const qint64 cap = 8 * 1024;
    {
        InstalledLog log({path, cap, 2, false});
        const QString filler(200, u'x');
        for (int i = 0; i < 400; ++i) // about 90 KB: many rotations
            qCWarning(lcTestLog).noquote() << "line" << i << filler;
    }
    CHECK(QFile::exists(path));
    CHECK(QFile::exists(LogFile::generation(path, 1)));
    CHECK(QFile::exists(LogFile::generation(path, 2)));
    CHECK_FALSE(QFile::exists(LogFile::generation(path, 3)));
    for (const QString &f : {path, LogFile::generation(path, 1), LogFile::generation(path, 2)})
        CHECK(QFileInfo(f).size() <= cap);
    // The newest line is in the current file, the lines before it in order in generation 1.
    CHECK(textOf(path).contains(u"line 399 "_s));
    const QString older = textOf(LogFile::generation(path, 1));
    const qsizetype last = older.lastIndexOf(u"line "_s);
    REQUIRE(last >= 0);
    const int lastOlder = older.mid(last + 5).section(u' ', 0, 0).toInt();
    CHECK(textOf(path).contains(u"line %1 "_s.arg(lastOlder + 1)));
}

TEST_CASE("a log file that cannot be written is reported, and messages still go to standard error")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"notafolder"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    CHECK_FALSE(LogFile::install({dir.filePath(u"notafolder/onewindow.log"_s), 1 << 20, 3, true}, &error));
    CHECK_FALSE(error.isEmpty());
    qCWarning(lcTestLog) << "still heard";
    LogFile::uninstall();
}
