// The zh_CN catalogue is the clerks' language: a string that is new in the sources, unfinished or
// empty in the .ts fails here, before a clerk sees English on the counter screen.
#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct TsStats {
    int messages = 0;
    QStringList unfinished; // source texts
};

TsStats readTs(const QString &path)
{
    TsStats stats;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                continue;
            ++stats.messages;
            // Plural forms keep their text in <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                stats.unfinished << source;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return stats;
}

} // namespace

TEST_CASE("every zh_CN translation is finished")
{
    const TsStats stats = readTs(owtest::sourcePath(QStringLiteral("translations/onewindow_zh_CN.ts")));
    INFO("unfinished: " << stats.unfinished.join(QStringLiteral(" | ")).toStdString());
    CHECK(stats.messages > 100);
    CHECK(stats.unfinished.isEmpty());
}

TEST_CASE("the zh_CN catalogue holds every translatable string of the sources")
{
    // Run lupdate on a copy: any string added to the code since the .ts was refreshed shows up unfinished.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("onewindow_zh_CN.ts"));
    REQUIRE(QFile::copy(owtest::sourcePath(QStringLiteral("translations/onewindow_zh_CN.ts")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(owtest::sourcePath(QString()));
    lupdate.start(QStringLiteral(ONEWINDOW_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                   QStringLiteral("."), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    const TsStats stats = readTs(copy);
    INFO("new or unfinished: " << stats.unfinished.join(QStringLiteral(" | ")).toStdString());
    CHECK(stats.unfinished.isEmpty());
}
