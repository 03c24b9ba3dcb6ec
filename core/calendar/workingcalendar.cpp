#include "core/calendar/workingcalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringList>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

Q_LOGGING_CATEGORY(lcCalendar, "onewindow.core.calendar")

const QString kFormat = u"onewindow-calendar/1"_s;

// One year's file, checked but not yet merged: a file with any error changes nothing.
struct YearData {
    int year = 0;
    QString source;
    QHash<QDate, QString> holidays;
    QHash<QDate, QString> workdays;
};

QDate parseDate(const QJsonValue &v)
{
    // Only the one spelling the format documents, so "2026-2-1" or "2026/02/01" are caught early.
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString s = v.toString();
    if (!shape.match(s).hasMatch())
        return {};
    return QDate::fromString(s, Qt::ISODate);
}

// A value as it is written in the file, quotes included, so "2026" and 2026 are told apart.
QString shown(const QJsonValue &v)
{
    if (v.isUndefined())
        return QCoreApplication::translate("ow::WorkingCalendar", "(missing)");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

int lineOf(const QByteArray &json, qsizetype offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

// Checks keys against the documented ones: a misspelt "form" instead of "from" must not pass silently.
void checkKeys(const QJsonObject &o, const QStringList &allowed, const QString &where, QStringList &errors)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            errors << QCoreApplication::translate("ow::WorkingCalendar", "%1: unknown key \"%2\" (allowed: %3)")
                          .arg(where, it.key(), allowed.join(u", "));
    }
}

void parseHolidays(const QJsonArray &list, YearData &data, QStringList &errors)
{
    const QDate first(data.year, 1, 1);
    const QDate last(data.year, 12, 31);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"holidays[%1]"_s.arg(i);
        if (!list.at(i).isObject()) {
            errors << QCoreApplication::translate("ow::WorkingCalendar",
                                                  "%1: must be an object with \"name\", \"from\" and \"to\"")
                          .arg(where);
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        checkKeys(o, {u"name"_s, u"from"_s, u"to"_s, u"note"_s}, where, errors);
        const QString name = o.value(u"name").toString().trimmed();
        const QDate from = parseDate(o.value(u"from"));
        const QDate to = parseDate(o.value(u"to"));
        bool ok = true;
        if (name.isEmpty()) {
            errors << QCoreApplication::translate("ow::WorkingCalendar", "%1: \"name\" is missing or empty").arg(where);
            ok = false;
        }
        for (const auto &[key, date] : {std::pair{u"from"_s, from}, std::pair{u"to"_s, to}}) {
            if (!date.isValid()) {
                errors << QCoreApplication::translate("ow::WorkingCalendar",
                                                      "%1: \"%2\" is %3, not a date in the form \"YYYY-MM-DD\"")
                              .arg(where, key, shown(o.value(key)));
                ok = false;
            }
        }
        if (!ok)
            continue;
        if (from > to) {
            errors << QCoreApplication::translate("ow::WorkingCalendar", "%1 (%2): \"from\" %3 is after \"to\" %4")
                          .arg(where, name, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
            continue;
        }
        // New Year's Day holidays sometimes start on 30 or 31 December (2019: 2018-12-30 to
        // 2019-01-01); the notice for the new year announces them, so a holiday may begin in the
        // previous December.
        const bool fromOk = from >= first || (from.year() == data.year - 1 && from.month() == 12);
        if (!fromOk || to < first || to > last) {
            errors << QCoreApplication::translate("ow::WorkingCalendar", "%1 (%2): %3 to %4 is not inside the year %5")
                          .arg(where, name, from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                          .arg(data.year);
            continue;
        }
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (data.holidays.contains(d)) {
                errors << QCoreApplication::translate("ow::WorkingCalendar", "%1 (%2): %3 is already a day of the holiday %4")
                              .arg(where, name, d.toString(Qt::ISODate), data.holidays.value(d));
                continue;
            }
            data.holidays.insert(d, name);
        }
    }
}

void parseWorkdays(const QJsonArray &list, YearData &data, QStringList &errors)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"workdays[%1]"_s.arg(i);
        if (!list.at(i).isObject()) {
            errors << QCoreApplication::translate("ow::WorkingCalendar", "%1: must be an object with \"date\" and \"name\"")
                          .arg(where);
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        checkKeys(o, {u"date"_s, u"name"_s, u"note"_s}, where, errors);
        const QDate date = parseDate(o.value(u"date"));
        QString name = o.value(u"name").toString().trimmed();
        if (name.isEmpty())
            name = u"调休上班"_s;
        if (!date.isValid()) {
            errors << QCoreApplication::translate("ow::WorkingCalendar",
                                                  "%1: \"date\" is %2, not a date in the form \"YYYY-MM-DD\"")
                          .arg(where, shown(o.value(u"date")));
            continue;
        }
        const QString day = date.toString(Qt::ISODate);
        // Same December exception as for holidays: 2018-12-29 was a working day of the 2019 notice.
        const bool inYear = date.year() == data.year || (date.year() == data.year - 1 && date.month() == 12);
        if (!inYear) {
            errors << QCoreApplication::translate("ow::WorkingCalendar", "%1: %2 is not inside the year %3")
                          .arg(where, day)
                          .arg(data.year);
        } else if (date.dayOfWeek() < 6) {
            // Monday to Friday are working days anyway; a weekday here is a typo in the date.
            errors << QCoreApplication::translate("ow::WorkingCalendar", "%1: %2 is a weekday, but an adjusted working day "
                                                                         "must be a Saturday or a Sunday")
                          .arg(where, day);
        } else if (data.holidays.contains(date)) {
            errors << QCoreApplication::translate("ow::WorkingCalendar",
                                                  "%1: %2 is both a working day and a day of the holiday %3")
                          .arg(where, day, data.holidays.value(date));
        } else if (data.workdays.contains(date)) {
            errors << QCoreApplication::translate("ow::WorkingCalendar", "%1: %2 is listed twice").arg(where, day);
        } else {
            data.workdays.insert(date, name);
        }
    }
}

bool parseYear(const QByteArray &json, YearData &data, QStringList &errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors << QCoreApplication::translate("ow::WorkingCalendar", "line %1: not valid JSON: %2")
                      .arg(lineOf(json, parseError.offset))
                      .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        errors << QCoreApplication::translate("ow::WorkingCalendar", "the file must contain one JSON object");
        return false;
    }
    const QJsonObject top = doc.object();
    checkKeys(top, {u"format"_s, u"year"_s, u"source"_s, u"holidays"_s, u"workdays"_s, u"note"_s},
              QCoreApplication::translate("ow::WorkingCalendar", "top level"), errors);
    if (top.value(u"format").toString() != kFormat) {
        errors << QCoreApplication::translate("ow::WorkingCalendar", "\"format\" is %1; it must be \"%2\"")
                      .arg(shown(top.value(u"format")), kFormat);
        return false;
    }
    const QJsonValue year = top.value(u"year");
    const double y = year.toDouble(-1);
    if (!year.isDouble() || y != int(y) || y < 1900 || y > 2200) {
        errors << QCoreApplication::translate("ow::WorkingCalendar", "\"year\" is %1; it must be a whole number such as 2026")
                      .arg(shown(year));
        return false;
    }
    data.year = int(y);
    data.source = top.value(u"source").toString();
    if (!top.value(u"holidays").isArray()) {
        errors << QCoreApplication::translate("ow::WorkingCalendar", "\"holidays\" must be a list (it may be empty)");
        return false;
    }
    parseHolidays(top.value(u"holidays").toArray(), data, errors);
    // Holidays first, so a working day inside a holiday is reported whatever the order in the file.
    const QJsonValue workdays = top.value(u"workdays");
    if (!workdays.isUndefined() && !workdays.isArray())
        errors << QCoreApplication::translate("ow::WorkingCalendar", "\"workdays\" must be a list");
    else
        parseWorkdays(workdays.toArray(), data, errors);
    return errors.isEmpty();
}

} // namespace

WorkingCalendar WorkingCalendar::builtIn()
{
    static const WorkingCalendar calendar = [] {
        WorkingCalendar c;
        const QDir dir(u":/calendar"_s);
        const QStringList files = dir.entryList({u"cn-*.json"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            QString error;
            if (!c.loadFile(dir.filePath(file), &error))
                qCWarning(lcCalendar).noquote() << error;
        }
        if (c.m_years.isEmpty())
            qCWarning(lcCalendar) << "no embedded calendar data found; only weekends are days off";
        return c;
    }();
    return calendar;
}

bool WorkingCalendar::loadFile(const QString &path, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("ow::WorkingCalendar", "%1: cannot be read: %2").arg(shownPath, file.errorString());
        return false;
    }
    const QByteArray json = file.readAll();
    // The file name carries the year (cn-2026.json); a copied file whose content was not updated
    // would otherwise silently replace the wrong year.
    static const QRegularExpression yearInName(u"-(\\d{4})$"_s);
    const auto match = yearInName.match(QFileInfo(path).completeBaseName());
    if (match.hasMatch()) {
        const int fromJson = QJsonDocument::fromJson(json).object().value(u"year").toInt(-1);
        if (fromJson != -1 && fromJson != match.captured(1).toInt()) {
            if (error)
                *error = QCoreApplication::translate("ow::WorkingCalendar", "%1: the file name says %2, but \"year\" is %3")
                             .arg(shownPath, match.captured(1))
                             .arg(fromJson);
            return false;
        }
    }
    return loadJson(json, shownPath, error);
}

bool WorkingCalendar::loadJson(const QByteArray &json, const QString &sourceName, QString *error)
{
    YearData data;
    QStringList errors;
    if (parseYear(json, data, errors)) {
        // Days declared by another year's file (a December start of a New Year holiday) must agree.
        auto clash = [&](const QHash<QDate, Entry> &existing, const QHash<QDate, QString> &incoming) {
            for (auto it = incoming.begin(); it != incoming.end(); ++it) {
                const auto found = existing.constFind(it.key());
                if (found != existing.constEnd() && found->year != data.year)
                    errors << QCoreApplication::translate("ow::WorkingCalendar", "%1 is already set by the calendar of %2")
                                  .arg(it.key().toString(Qt::ISODate))
                                  .arg(found->year);
            }
        };
        clash(m_holidays, data.workdays);
        clash(m_workdays, data.holidays);
        clash(m_holidays, data.holidays);
        clash(m_workdays, data.workdays);
    }
    if (!errors.isEmpty()) {
        if (error) {
            for (QString &e : errors)
                e = sourceName + u": " + e;
            *error = errors.join(u'\n');
        }
        return false;
    }

    auto replace = [&](QHash<QDate, Entry> &target, const QHash<QDate, QString> &incoming) {
        target.removeIf([&](const auto &it) { return it.value().year == data.year; });
        for (auto it = incoming.begin(); it != incoming.end(); ++it)
            target.insert(it.key(), Entry{it.value(), data.year});
    };
    replace(m_holidays, data.holidays);
    replace(m_workdays, data.workdays);
    m_years.insert(data.year, data.source);
    if (error)
        error->clear();
    return true;
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    if (m_workdays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    switch (date.dayOfWeek()) {
    case Qt::Saturday: return m_saturdayService;
    case Qt::Sunday: return false;
    default: return true;
    }
}

QString WorkingCalendar::holidayName(QDate date) const
{
    if (const auto it = m_holidays.constFind(date); it != m_holidays.constEnd())
        return it->name;
    return m_workdays.value(date).name;
}

QDate WorkingCalendar::dueDate(QDate start, int workingDays) const
{
    if (!start.isValid())
        return {};
    const int step = workingDays < 0 ? -1 : 1;
    int left = std::abs(workingDays);
    QDate d = start;
    // Terminates: holidays are finite, so working days keep coming in either direction.
    while (left > 0) {
        d = d.addDays(step);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d))
            ++count;
    }
    return count;
}

} // namespace ow
