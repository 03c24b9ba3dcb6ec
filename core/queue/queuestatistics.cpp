#include "core/queue/queuestatistics.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

QJsonObject QueueFigures::toJson() const
{
    return {{u"issued"_s, issued},
            {u"called"_s, called},
            {u"served"_s, served},
            {u"noShows"_s, noShows},
            {u"dropped"_s, dropped},
            {u"transferredIn"_s, transferredIn},
            {u"transferredOut"_s, transferredOut},
            {u"avgWaitSeconds"_s, avgWaitSeconds()},
            {u"maxWaitSeconds"_s, maxWaitSeconds()},
            {u"avgServiceSeconds"_s, avgServiceSeconds()},
            {u"ratings"_s, ratings},
            {u"avgRating"_s, avgRating()}};
}

QueueStatistics::QueueStatistics(const QDate &day)
    : m_day(day)
{}

void QueueStatistics::add(const QueueEvent &event)
{
    if (event.type == QueueEventType::DayStarted) {
        if (!m_day.isValid() || event.day > m_day) {
            *this = QueueStatistics(event.day);
        }
        return;
    }
    if (!m_day.isValid())
        m_day = event.day;
    if (event.day != m_day)
        return;

    const QJsonObject &d = event.data;
    const QString service = d.value(u"service"_s).toString();
    // Every figure goes to the service, the window (when there is one) and the hall's totals.
    const auto each = [&](const QString &serviceCode, bool withWindow, const auto &change) {
        if (!serviceCode.isEmpty())
            change(m_services[serviceCode]);
        if (withWindow && !event.windowId.isEmpty())
            change(m_windows[event.windowId]);
        change(m_totals);
    };
    switch (event.type) {
    case QueueEventType::TicketIssued: each(service, false, [](QueueFigures &f) { ++f.issued; }); break;
    case QueueEventType::TicketCalled: {
        const bool counts = d.value(u"countsWait"_s).toBool();
        const qint64 wait = d.value(u"waitMs"_s).toInteger();
        each(service, true, [&](QueueFigures &f) {
            ++f.called;
            if (counts) {
                ++f.waitCount;
                f.waitSumMs += wait;
                f.waitMaxMs = std::max(f.waitMaxMs, wait);
            }
        });
        break;
    }
    case QueueEventType::TicketNoShow: {
        const bool dropped = !d.value(u"requeued"_s).toBool();
        each(service, true, [&](QueueFigures &f) {
            ++f.noShows;
            if (dropped)
                ++f.dropped;
        });
        break;
    }
    case QueueEventType::TicketTransferred:
        each(d.value(u"fromService"_s).toString(), true, [](QueueFigures &f) { ++f.transferredOut; });
        ++m_services[d.value(u"toService"_s).toString()].transferredIn;
        ++m_totals.transferredIn;
        break;
    case QueueEventType::TicketCompleted: {
        const qint64 ms = d.value(u"serviceMs"_s).toInteger();
        each(service, true, [&](QueueFigures &f) {
            ++f.served;
            ++f.serviceCount;
            f.serviceSumMs += ms;
        });
        break;
    }
    case QueueEventType::TicketRated: {
        const int rating = d.value(u"rating"_s).toInt();
        each(service, true, [&](QueueFigures &f) {
            ++f.ratings;
            f.ratingSum += rating;
        });
        break;
    }
    default: break;
    }
}

QJsonObject QueueStatistics::toJson() const
{
    QJsonArray services;
    for (auto it = m_services.cbegin(); it != m_services.cend(); ++it) {
        QJsonObject o = it->toJson();
        o.insert(u"service"_s, it.key());
        services.append(o);
    }
    QJsonArray windows;
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
        QJsonObject o = it->toJson();
        o.insert(u"window"_s, it.key());
        windows.append(o);
    }
    return {{u"day"_s, m_day.isValid() ? QJsonValue(m_day.toString(Qt::ISODate)) : QJsonValue()},
            {u"services"_s, services},
            {u"windows"_s, windows},
            {u"totals"_s, m_totals.toJson()}};
}

} // namespace ow
