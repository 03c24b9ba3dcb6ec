// The supervisor's alert limits between runs (core/dashboard/alertlimitsettings.h): what is saved loads the
// same; nothing stored gives the defaults; a hand-edited value that is not a number, is negative or is past
// the dialog's range reads as the default, not as a limit nobody chose.
#include "core/dashboard/alertlimitsettings.h"
#include "tests/support/test_support.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

TEST_CASE("alert limits saved in the settings load the same after a restart")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"supervisor.conf"_s);
    ow::AlertLimits limits;
    limits.waitSeconds = 45 * 60;
    limits.serviceSeconds = 0; // off
    limits.queueLength = 25;
    limits.syncBacklog = 300;
    {
        QSettings settings(file, QSettings::IniFormat);
        const ow::AlertLimits nothingStored = ow::loadAlertLimits(settings);
        CHECK(nothingStored.waitSeconds == ow::AlertLimits().waitSeconds);
        CHECK(nothingStored.queueLength == ow::AlertLimits().queueLength);
        ow::saveAlertLimits(settings, limits);
    }
    QSettings reopened(file, QSettings::IniFormat);
    const ow::AlertLimits loaded = ow::loadAlertLimits(reopened);
    CHECK(loaded.waitSeconds == 45 * 60);
    CHECK(loaded.serviceSeconds == 0);
    CHECK(loaded.queueLength == 25);
    CHECK(loaded.syncBacklog == 300);
}

TEST_CASE("a hand-edited alert limit that makes no sense reads as the default")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QSettings settings(dir.filePath(u"supervisor.conf"_s), QSettings::IniFormat);
    settings.setValue(u"dashboard/alertWaitSeconds"_s, u"half an hour"_s);
    settings.setValue(u"dashboard/alertServiceSeconds"_s, -60);
    settings.setValue(u"dashboard/alertQueueLength"_s, 100000); // past the dialog's 9999
    settings.setValue(u"dashboard/alertSyncBacklog"_s, u" 40 "_s);
    const ow::AlertLimits defaults;
    const ow::AlertLimits loaded = ow::loadAlertLimits(settings);
    CHECK(loaded.waitSeconds == defaults.waitSeconds);
    CHECK(loaded.serviceSeconds == defaults.serviceSeconds);
    CHECK(loaded.queueLength == defaults.queueLength);
    CHECK(loaded.syncBacklog == 40);
}
