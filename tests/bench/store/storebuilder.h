#pragma once
// Builds a counter PC's store of many cases quickly for onewindow-bench-store: a few thousand real
// decisions through the demo seeder (the engine, the real commit path), then every further case a copy
// of one of them with its own applicant, case number, query code, times and official number, written in
// large transactions with the schema's triggers and indexes in place. Building 1,000,000 cases takes
// minutes, not the hours one decision at a time would.

#include <QDate>
#include <QString>

#include <functional>

namespace ow {
class Database;
}

namespace owbench {

struct StoreShape {
    int cases = 20000;
    int templates = 2000;   // real decisions made through the seeder; the rest are copies
    int casesPerDay = 1200; // a busy hall with six windows
    QDate lastDay;          // the newest copies fall on this day (default: yesterday)
    quint32 seed = 20261205;
    int batch = 20000;         // cases per transaction
    int officialPercent = 90;  // of cases older than two days: the platform has given a number
    int returningPercent = 25; // applicants who come back
    int organisationPercent = 20;
};

// Fills an empty, migrated database. progress(done, total) after each batch.
bool buildStore(ow::Database &db, const StoreShape &shape, QString *error, const std::function<void(int, int)> &progress = {});

} // namespace owbench
