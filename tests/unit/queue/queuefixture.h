#pragma once
// A small hall for the engine tests: services A (综合), B (不动产), E (出件); windows W1 (A×1, E×1),
// W2 (B), W3 (A×3, B×1); elderly/disabled priorities; a manual clock at 09:00 Beijing time.

#include "core/queue/clock.h"
#include "core/queue/queueengine.h"

#include <memory>

namespace owtest {

ow::QueueConfig smallHall(const QString &policy = QStringLiteral("weighted"), int priorityPerNormal = 2);

// 2026-11-28 09:00 in the hall's zone (UTC+8), as UTC.
QDateTime morning();

struct Hall {
    explicit Hall(const ow::QueueConfig &config = smallHall());
    ow::ManualClock clock;
    ow::QueueEngine engine;
    QList<ow::QueueEvent> log; // every event of every operation, for replay and statistics checks

    // Runs an operation's result through the log; returns it.
    ow::QueueResult keep(ow::QueueResult result);
    QString issue(const QString &service, const QString &priority = {}); // ticket code, "" on error
    QString next(const QString &window);                                 // code called, "" for nobody
    ow::QueueResult done(const QString &window, const QString &outcome = QStringLiteral("accepted"));
    const ow::Ticket &ticket(const QString &code) const; // today's, must exist
    QString current(const QString &window) const;        // code at the window, "" if none
};

} // namespace owtest
