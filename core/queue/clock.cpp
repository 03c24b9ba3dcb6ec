#include "core/queue/clock.h"

namespace ow {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime &t)
{
    QMutexLocker lock(&m_mutex);
    m_now = t.toUTC();
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    advanceMs(seconds * 1000);
}

void ManualClock::advanceMs(qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(ms);
}

} // namespace ow
