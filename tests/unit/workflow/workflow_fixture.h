#pragma once
// A temporary database with the demo catalog imported, and a window at it.

#include "calendar/workingcalendar.h"
#include "catalog/catalogloader.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "test_support.h"
#include "workflow/intakeservice.h"

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
        ow::IntakeService service(db, calendar, ow::EngineSettings{}, ow::Station{QStringLiteral("XH"), number, QStringLiteral("clerk01")});
        REQUIRE(service.reloadCatalog());
        return service;
    }
};

} // namespace owtest
