#include "core/queue/halltime.h"

#include "core/queue/queueconfig.h"

namespace ow {

HallTime::HallTime(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : hallTimeZone({}))
{}

QDateTime HallTime::local(const QDateTime &t) const
{
    return t.isValid() ? t.toTimeZone(m_zone) : QDateTime();
}

QDate HallTime::date(const QDateTime &t) const
{
    return local(t).date();
}

QString HallTime::time(const QDateTime &t, const QLocale &locale) const
{
    return t.isValid() ? locale.toString(local(t).time(), QLocale::ShortFormat) : QString();
}

QString HallTime::dateTime(const QDateTime &t) const
{
    return t.isValid() ? local(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString HallTime::shortDateTime(const QDateTime &t, const QLocale &locale) const
{
    // The short format carries no zone: the converted date and time are all it prints.
    return t.isValid() ? locale.toString(local(t), QLocale::ShortFormat) : QString();
}

} // namespace ow
