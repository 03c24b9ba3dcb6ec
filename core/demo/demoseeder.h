#pragma once
// seed-demo: realistic decisions made through the real engine and the real commit path, spread over the
// last working days of a hall, for demos, training, benchmarks and load tests.

#include "core/calendar/workingcalendar.h"
#include "core/domain/case.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace ow {

class Database;

struct SeedOptions {
    int cases = 100;
    quint32 seed = 20261128;
    QString hallCode = QStringLiteral("DEMO");
    int windows = 6;
    QDate lastDay = QDate::currentDate(); // decisions fall on the working days up to this one
    int workingDays = 10;                 // how many working days back they are spread
    // Every revision confirmed by the platform a minute after it was made, as a hall's history is: for the
    // store's benchmarks (size after retention). The demo leaves it off, so its platform receives them.
    bool delivered = false;
};

struct SeedReport {
    bool ok = false;
    QString error;
    int committed = 0;
    QMap<Decision, int> byDecision;
    int bundleCases = 0;
    int organisationCases = 0;
    int returnVisits = 0; // cases that followed a one-time notice (second trip)
    int supplements = 0;  // 容缺 return trips recorded
    int reusedLines = 0;  // checklist lines not asked again thanks to an earlier case
};

class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(ow::DemoSeeder)

public:
    DemoSeeder(Database &database, const WorkingCalendar &calendar);
    // progress(done) is called after each commit.
    SeedReport run(const SeedOptions &options, const std::function<void(int)> &progress = {});

private:
    bool deliver(const QString &caseId, const QDateTime &sentAt, QString *error);

    Database &m_database;
    WorkingCalendar m_calendar;
};

} // namespace ow
