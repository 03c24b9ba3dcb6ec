#pragma once
// The day's figures, folded from its events only (never from the current state), so they can be
// recomputed for any past day from the stored events and agree with what the boards were told.
// Wait = called − entered the queue (issue or transfer), once per visit; service = completed − called.

#include "core/queue/queueevent.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace ow {

struct QueueFigures {
    int issued = 0;
    int called = 0;
    int served = 0;  // completed
    int noShows = 0; // every no-show, re-queued or not
    int dropped = 0; // second no-shows
    int transferredIn = 0;
    int transferredOut = 0;
    qint64 waitCount = 0;
    qint64 waitSumMs = 0;
    qint64 waitMaxMs = 0;
    qint64 serviceCount = 0;
    qint64 serviceSumMs = 0;
    int ratings = 0;
    int ratingSum = 0;

    double avgWaitSeconds() const { return waitCount ? double(waitSumMs) / double(waitCount) / 1000.0 : 0; }
    double maxWaitSeconds() const { return double(waitMaxMs) / 1000.0; }
    double avgServiceSeconds() const { return serviceCount ? double(serviceSumMs) / double(serviceCount) / 1000.0 : 0; }
    double avgRating() const { return ratings ? double(ratingSum) / double(ratings) : 0; }
    QJsonObject toJson() const;
};

class QueueStatistics
{
public:
    explicit QueueStatistics(const QDate &day = {});

    // Adds one event. Events of another day are ignored, except that a day_started for a later day
    // starts that day afresh (so an accumulator can follow the hall across midnight).
    void add(const QueueEvent &event);

    QDate day() const { return m_day; }
    const QMap<QString, QueueFigures> &services() const { return m_services; }
    const QMap<QString, QueueFigures> &windows() const { return m_windows; }
    QueueFigures totals() const { return m_totals; }
    QueueFigures service(const QString &code) const { return m_services.value(code); }
    QueueFigures window(const QString &id) const { return m_windows.value(id); }

    QJsonObject toJson() const; // docs/hall-api.md, "Statistics"

private:
    QDate m_day;
    QMap<QString, QueueFigures> m_services;
    QMap<QString, QueueFigures> m_windows;
    QueueFigures m_totals;
};

} // namespace ow
