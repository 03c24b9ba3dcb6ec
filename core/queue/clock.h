#pragma once
// Time comes into the queue through this interface, never from QDateTime::currentDateTime() inside the
// engine: tests drive a ManualClock through a whole day (and over midnight) in microseconds, and the same
// operations give the same events every time.

#include <QDateTime>
#include <QMutex>

namespace ow {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that moves only when told. Thread-safe, so a test may move it while a server thread reads it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);
    QDateTime now() const override;
    void set(const QDateTime &t);
    void advanceSeconds(qint64 seconds);
    void advanceMs(qint64 ms);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace ow
