#include "core/queue/queueevent.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

const std::array<std::pair<QueueEventType, const char16_t *>, 18> &names()
{
    static const std::array<std::pair<QueueEventType, const char16_t *>, 18> table{{
        {QueueEventType::DayStarted, u"day_started"},
        {QueueEventType::BookingRegistered, u"booking_registered"},
        {QueueEventType::TicketIssued, u"ticket_issued"},
        {QueueEventType::TicketCalled, u"ticket_called"},
        {QueueEventType::TicketRecalled, u"ticket_recalled"},
        {QueueEventType::TicketNoShow, u"ticket_no_show"},
        {QueueEventType::TicketTransferred, u"ticket_transferred"},
        {QueueEventType::TicketCompleted, u"ticket_completed"},
        {QueueEventType::TicketCasesLinked, u"ticket_cases_linked"},
        {QueueEventType::TicketRated, u"ticket_rated"},
        {QueueEventType::WindowPaused, u"window_paused"},
        {QueueEventType::WindowResumed, u"window_resumed"},
        {QueueEventType::CaseReported, u"case_reported"},
        {QueueEventType::WindowServicesChanged, u"window_services_changed"},
        {QueueEventType::WindowConnected, u"window_connected"},
        {QueueEventType::WindowDisconnected, u"window_disconnected"},
        {QueueEventType::BookingMoved, u"booking_moved"},
        {QueueEventType::BookingCancelled, u"booking_cancelled"},
    }};
    return table;
}

} // namespace

QString queueEventTypeName(QueueEventType type)
{
    for (const auto &[t, name] : names()) {
        if (t == type)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<QueueEventType> queueEventTypeFromName(const QString &name)
{
    for (const auto &[t, n] : names()) {
        if (name == QStringView(n))
            return t;
    }
    return std::nullopt;
}

QJsonObject QueueEvent::toJson() const
{
    return {{u"seq"_s, seq},
            {u"type"_s, queueEventTypeName(type)},
            {u"at"_s, at.toUTC().toString(Qt::ISODateWithMs)},
            {u"day"_s, day.toString(Qt::ISODate)},
            {u"actor"_s, actor},
            {u"ticketId"_s, ticketId},
            {u"windowId"_s, windowId},
            {u"data"_s, data}};
}

std::optional<QueueEvent> QueueEvent::fromJson(const QJsonObject &o)
{
    const auto type = queueEventTypeFromName(o.value(u"type"_s).toString());
    if (!type)
        return std::nullopt;
    QueueEvent e;
    e.seq = o.value(u"seq"_s).toInteger();
    e.type = *type;
    e.at = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs).toUTC();
    e.day = QDate::fromString(o.value(u"day"_s).toString(), Qt::ISODate);
    e.actor = o.value(u"actor"_s).toString();
    e.ticketId = o.value(u"ticketId"_s).toString();
    e.windowId = o.value(u"windowId"_s).toString();
    e.data = o.value(u"data"_s).toObject();
    if (e.seq <= 0 || !e.at.isValid())
        return std::nullopt;
    return e;
}

} // namespace ow
