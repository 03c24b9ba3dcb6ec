#pragma once
// The hall's wall clock. Every time a face or a report shows is the hall's local time, whatever zone the
// PC that shows it is set to: a board or kiosk PC left at UTC once said 14:25 next to a dashboard's 22:26.
// One converter, so no screen calls toLocalTime() and no two screens can disagree (ADR 0030).

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace ow {

class HallTime
{
public:
    // The hall's zone: the config's hall.timeZone, as the hall's snapshot carries it. An invalid zone (an
    // older hall that does not say, a PC not told) is the hall config's own default (hallTimeZone()),
    // never this PC's zone.
    explicit HallTime(const QTimeZone &zone = {});

    QTimeZone zone() const { return m_zone; }
    QDateTime local(const QDateTime &t) const; // the same instant on the hall's clock; invalid stays invalid
    QDate date(const QDateTime &t) const;

    // "14:25" (the locale's short time), "2026-11-28 14:25", the locale's short date and time; "" for invalid.
    QString time(const QDateTime &t, const QLocale &locale = QLocale()) const;
    QString dateTime(const QDateTime &t) const;
    QString shortDateTime(const QDateTime &t, const QLocale &locale = QLocale()) const;

private:
    QTimeZone m_zone;
};

} // namespace ow
