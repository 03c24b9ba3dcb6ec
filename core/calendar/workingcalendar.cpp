#include "core/calendar/workingcalendar.h"

#include "core/json/jsonreader.h"

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
#include <optional>

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

// A year's file is a few KiB; anything past this is not a calendar, and is refused before it is parsed.
constexpr qsizetype MaxFileBytes = 256 * 1024;
constexpr qsizetype MaxNameLength = 100;

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

// Each entry of a list is read by a reader of its own: an administrator fixing the file sees the first
// problem of every entry at once, not one per attempt. Null when the entry is not an object.
std::optional<JsonReader> entryReader(const QJsonArray &list, qsizetype i, const QString &listName, const char *shape,
                                      QStringList &errors)
{
    const QString where = listName + u'[' + QString::number(i) + u']';
    if (!list.at(i).isObject()) {
        errors << QCoreApplication::translate("ow::WorkingCalendar", "%1: must be an object with %2")
                      .arg(where, QCoreApplication::translate("ow::WorkingCalendar", shape));
        return std::nullopt;
    }
    return JsonReader(list.at(i).toObject(), QString(), where);
}

void parseHolidays(const QJsonArray &list, YearData &data, QStringList &errors)
{
    const QDate first(data.year, 1, 1);
    const QDate last(data.year, 12, 31);
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto o = entryReader(list, i, u"holidays"_s, QT_TRANSLATE_NOOP("ow::WorkingCalendar", "\"name\", \"from\" and \"to\""),
                             errors);
        if (!o)
            continue;
        o->onlyKeys({u"name", u"from", u"to", u"note"});
        const QString name = o->string(u"name", {Need::Required, MaxNameLength, true});
        const QDate from = o->date(u"from", Need::Required);
        const QDate to = o->date(u"to", Need::Required);
        o->string(u"note", {Need::Optional, 1000});
        if (!o->ok()) {
            errors << o->error();
            continue;
        }
        const QString where = o->path();
        if (from > to) {
            errors << QCoreApplication::translate("ow::WorkingCalendar", "%1 (%2): \"from\" %3 is after \"to\" %4")
                          .arg(where, name, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
            continue;
        }
        // New Year's Day holidays sometimes start on 30 or 31 December (2019: 2018-12-30 to
        // 2019-01-01); the notice for the new year announces them, so a holiday may begin in the
        // previous December. The check also bounds the loop below to one year and a month.
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
        auto o = entryReader(list, i, u"workdays"_s, QT_TRANSLATE_NOOP("ow::WorkingCalendar", "\"date\" and \"name\""), errors);
        if (!o)
            continue;
        o->onlyKeys({u"date", u"name", u"note"});
        const QDate date = o->date(u"date", Need::Required);
        QString name = o->string(u"name", {Need::Optional, MaxNameLength, true});
        o->string(u"note", {Need::Optional, 1000});
        if (!o->ok()) {
            errors << o->error();
            continue;
        }
        if (name.isEmpty())
            name = u"调休上班"_s;
        const QString where = o->path();
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
    if (json.size() > MaxFileBytes) {
        errors << QCoreApplication::translate("ow::WorkingCalendar", "the file is larger than %1 KiB; a year's calendar "
                                                                     "is a few KiB")
                      .arg(MaxFileBytes / 1024);
        return false;
    }
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
    JsonReader top(doc.object());
    const QString format = top.string(u"format", {Need::Required, 64});
    if (top.ok() && format != kFormat) {
        errors << QCoreApplication::translate("ow::WorkingCalendar", "\"format\" is %1; it must be \"%2\"")
                      .arg(shown(top.object().value(u"format")), kFormat);
        return false;
    }
    top.onlyKeys({u"format", u"year", u"source", u"holidays", u"workdays", u"note"});
    data.year = top.integer(u"year", {Need::Required, 1900, 2200});
    data.source = top.string(u"source", {Need::Optional, 500});
    top.string(u"note", {Need::Optional, 1000});
    // A year has a few dozen days off and adjusted working days; the bounds only stop a runaway file.
    const QJsonArray holidays = top.array(u"holidays", {Need::Required, 100});
    const QJsonArray workdays = top.array(u"workdays", {Need::Optional, 100});
    if (!top.ok()) {
        errors << top.error();
        return false;
    }
    parseHolidays(holidays, data, errors);
    // Holidays first, so a working day inside a holiday is reported whatever the order in the file.
    parseWorkdays(workdays, data, errors);
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
    const QByteArray json = file.read(MaxFileBytes + 1); // one byte more tells a file that is too large
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
