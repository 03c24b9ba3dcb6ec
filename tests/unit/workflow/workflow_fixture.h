#pragma once
// A temporary database with the demo catalog imported, and a window at it.

#include "core/calendar/workingcalendar.h"
#include "core/catalog/catalogloader.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"
#include "core/workflow/intakeservice.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>

namespace owtest {

struct DemoHall {
    QTemporaryDir dir;
    ow::Database db;
    ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();

    DemoHall()
    {
        REQUIRE(dir.isValid());
        QString error;
        REQUIRE(db.open(dir.filePath(QStringLiteral("hall.db")), &error));
        const ow::CatalogLoadResult demo = ow::CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
        INFO(demo.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(demo.ok);
        REQUIRE(ow::CatalogRepository(db).importCatalog(demo.data).ok);
    }

    ow::IntakeService window(int number = 3)
    {
        ow::IntakeService service(db, calendar, ow::EngineSettings{},
                                  ow::Station{QStringLiteral("XH"), number, QStringLiteral("clerk01")});
        REQUIRE(service.reloadCatalog());
        return service;
    }
};

} // namespace owtest
