#pragma once
// Working days of the service hall: time limits (法定/承诺时限) are counted in working days, and the
// State Council moves them around every year (放假 and 调休上班). The arrangements are data, one JSON
// file per year (docs/calendar-format.md); this class only applies them.

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace ow {

class WorkingCalendar
{
public:
    // An empty calendar: weekends off, no holidays, no year covered.
    WorkingCalendar() = default;

    // Every year embedded in the program (:/calendar/cn-YYYY.json). Loaded once and copied, so it is
    // cheap to call; a broken embedded file is logged and skipped (the tests keep them clean).
    static WorkingCalendar builtIn();

    // Merge one year from a file or from JSON bytes. Loading a year again replaces that year.
    // On failure nothing changes and *error lists every problem, each prefixed with the source name.
    bool loadFile(const QString &path, QString *error = nullptr);
    bool loadJson(const QByteArray &json, const QString &sourceName, QString *error = nullptr);

    // "5+X": with Saturday service on, ordinary Saturdays are working days for the hall.
    // A Saturday inside a public holiday stays off either way.
    void setSaturdayService(bool on) { m_saturdayService = on; }
    bool saturdayService() const { return m_saturdayService; }

    bool isWorkingDay(QDate date) const;
    bool isHoliday(QDate date) const { return m_holidays.contains(date); }         // 放假
    bool isAdjustedWorkday(QDate date) const { return m_workdays.contains(date); } // 调休上班
    // The holiday's name (春节) on a day off, the adjusted day's name (春节调休上班) on a shifted
    // working day, empty otherwise.
    QString holidayName(QDate date) const;

    // The workingDays-th working day after start; start itself is never counted, so a case accepted
    // on a Friday with a limit of 1 is due the next working day. 0 returns start unchanged; a negative
    // count goes backwards (-1: the last working day before start). Invalid start: invalid date.
    QDate dueDate(QDate start, int workingDays) const;

    // The number of working days in the half-open range (from, to]: from is not counted, to is.
    // So workingDaysBetween(d, dueDate(d, n)) == n for every n >= 0, and a case checked on its due
    // date has 0 days left. Reversed ranges give the negative count: f(a, b) == -f(b, a).
    int workingDaysBetween(QDate from, QDate to) const;

    // Whether a data file for this year is loaded. Without one the calendar falls back to weekends
    // only, and callers should warn that due dates may be wrong.
    bool coversYear(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    // The "source" of the year's file, e.g. the title of the State Council notice.
    QString sourceOf(int year) const { return m_years.value(year); }

private:
    struct Entry {
        QString name;
        int year = 0; // the file that declared it, so reloading a year replaces exactly its days
    };

    QHash<QDate, Entry> m_holidays;
    QHash<QDate, Entry> m_workdays;
    QMap<int, QString> m_years; // year -> source
    bool m_saturdayService = false;
};

} // namespace ow
