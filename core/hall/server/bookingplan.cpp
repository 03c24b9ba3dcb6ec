#include "core/hall/server/bookingplan.h"

#include "core/hall/protocol/halltext.h"
#include "core/json/jsonreader.h"
#include "core/queue/queueconfig.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// "09:00-11:30" cut into slots of `minutes`; false (with r's problem) if it does not parse or divide evenly.
bool cutPeriods(JsonReader &r, QStringView key, int minutes, QList<BookingSlot> *out)
{
    static const QRegularExpression pattern(u"^([0-2][0-9]:[0-5][0-9])-([0-2][0-9]:[0-5][0-9])$"_s);
    const QStringList periods = r.strings(key, {.maxItems = 24}, {.need = Need::Required, .maxLength = 16, .trim = true});
    if (!r.ok())
        return false;
    QList<BookingSlot> daySlots;
    for (const QString &p : periods) {
        const auto m = pattern.match(p);
        const QTime from = m.hasMatch() ? QTime::fromString(m.captured(1), u"HH:mm"_s) : QTime();
        const QTime to = m.hasMatch() ? QTime::fromString(m.captured(2), u"HH:mm"_s) : QTime();
        if (!from.isValid() || !to.isValid() || to <= from) {
            r.fail(HallText::tr("%1: \"%2\" is not a period like 09:00-11:30.").arg(r.pathOf(key), p));
            return false;
        }
        if (from.secsTo(to) % (60 * minutes) != 0) {
            r.fail(HallText::tr("%1: %2 is not a whole number of %3-minute slots.").arg(r.pathOf(key), p).arg(minutes));
            return false;
        }
        for (QTime t = from; t < to; t = t.addSecs(60 * minutes))
            daySlots.append({t, t.addSecs(60 * minutes)});
        if (daySlots.size() > BookingPlan::MaxSlotsPerDay) {
            r.fail(HallText::tr("%1 makes more than %2 slots a day.").arg(r.pathOf(key)).arg(BookingPlan::MaxSlotsPerDay));
            return false;
        }
    }
    std::sort(daySlots.begin(), daySlots.end(), [](const BookingSlot &a, const BookingSlot &b) { return a.start < b.start; });
    for (qsizetype i = 1; i < daySlots.size(); ++i) {
        if (daySlots.at(i).start < daySlots.at(i - 1).end) {
            r.fail(HallText::tr("%1: the periods overlap at %2.").arg(r.pathOf(key), daySlots.at(i).start.toString(u"HH:mm"_s)));
            return false;
        }
    }
    *out = daySlots;
    return true;
}

} // namespace

bool BookingPlan::read(JsonReader &root, const QueueConfig &queue)
{
    JsonReader r = root.object(u"bookings");
    if (!r.onlyKeys({u"services", u"keepContactDays"}))
        return false;
    const int keepContactDays = r.integer(u"keepContactDays", {.min = 1, .max = 3650, .fallback = DefaultKeepContactDays});
    const QJsonArray array = r.array(u"services", {.maxItems = 100});
    QHash<QString, ServiceBookings> services;
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        JsonReader o = r.item(u"services", array, i);
        if (!o.onlyKeys({u"service", u"slotMinutes", u"capacity", u"periods", u"saturdayPeriods"}))
            return false;
        ServiceBookings s;
        s.service = o.string(u"service", {.need = Need::Required, .maxLength = 16, .trim = true});
        const int minutes = o.integer(u"slotMinutes", {.need = Need::Required, .min = 5, .max = 240});
        s.capacity = o.integer(u"capacity", {.need = Need::Required, .min = 1, .max = 1000});
        if (!o.ok())
            return false;
        if (!queue.service(s.service)) {
            o.fail(HallText::tr("%1: there is no service %2.").arg(o.pathOf(u"service"), s.service));
            return false;
        }
        if (services.contains(s.service)) {
            o.fail(HallText::tr("%1: service %2 is listed twice.").arg(o.pathOf(u"service"), s.service));
            return false;
        }
        if (!cutPeriods(o, u"periods", minutes, &s.weekday) || !cutPeriods(o, u"saturdayPeriods", minutes, &s.saturday))
            return false;
        if (s.weekday.isEmpty() && s.saturday.isEmpty()) {
            o.fail(HallText::tr("%1 needs \"periods\" or \"saturdayPeriods\".").arg(o.path()));
            return false;
        }
        services.insert(s.service, s);
    }
    if (!r.ok())
        return false;
    m_services = services;
    m_keepContactDays = keepContactDays;
    m_calendar = WorkingCalendar::builtIn();
    m_calendar.setSaturdayService(false);
    return true;
}

const ServiceBookings *BookingPlan::service(const QString &code) const
{
    const auto it = m_services.constFind(code);
    return it == m_services.constEnd() ? nullptr : &it.value();
}

QList<BookingSlot> BookingPlan::slotsOn(const QString &service, QDate day) const
{
    const ServiceBookings *s = this->service(service);
    if (!s || !day.isValid())
        return {};
    if (m_calendar.isWorkingDay(day)) // Monday to Friday, or a Saturday/Sunday worked in lieu (调休上班)
        return s->weekday;
    if (day.dayOfWeek() == Qt::Saturday && !m_calendar.isHoliday(day))
        return s->saturday;
    return {};
}

} // namespace ow
