#include "core/hall/client/hallreplies.h"

#include "core/hall/protocol/hallbookings.h"
#include "core/hall/protocol/hallmodels.h"
#include "core/hall/protocol/halltext.h"
#include "core/json/jsonreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow::hallanswer {

namespace {

constexpr ArrayRule List{.need = Need::Required, .maxItems = 100000};

// Nothing when the reader found all it looked for; else the field it missed, in the hall's words.
std::optional<QString> verdict(const JsonReader &r)
{
    if (r.ok())
        return std::nullopt;
    return HallText::tr("the answer has no valid \"%1\"").arg(r.problem().name);
}

// The verdict on the whole answer read as one model.
template <typename Model>
std::optional<QString> whole(const QJsonObject &body)
{
    JsonReader r(body);
    Model model;
    Model::read(r, &model);
    return verdict(r);
}

// The verdict on one required member object, read as its model reads it.
template <typename Model>
std::optional<QString> member(const QJsonObject &body, QStringView key)
{
    JsonReader r(body);
    JsonReader m = r.object(key, Need::Required);
    Model model;
    Model::read(m, &model);
    return verdict(r);
}

} // namespace

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || type == "application/problem+json";
}

std::optional<QString> snapshot(const QJsonObject &body)
{
    return whole<HallSnapshot>(body);
}

std::optional<QString> ticket(const QJsonObject &body)
{
    return member<HallTicket>(body, u"ticket");
}

std::optional<QString> call(const QJsonObject &body)
{
    // null: nobody was waiting (call-next); absent is not null
    if (!body.value(u"ticket").isNull()) {
        if (auto fault = ticket(body))
            return fault;
    }
    return window(body);
}

std::optional<QString> ticketAndWindow(const QJsonObject &body)
{
    if (auto fault = ticket(body))
        return fault;
    return window(body);
}

std::optional<QString> window(const QJsonObject &body)
{
    return member<HallWindow>(body, u"window");
}

std::optional<QString> booking(const QJsonObject &body)
{
    QString error;
    HallBooking b;
    return readBooking(body, &b, &error) ? std::nullopt : std::optional<QString>(error);
}

std::optional<QString> bookings(const QJsonObject &body)
{
    QString error;
    QList<HallBooking> list;
    return readBookings(body, &list, &error) ? std::nullopt : std::optional<QString>(error);
}

std::optional<QString> bookingSlots(const QJsonObject &body)
{
    QString error;
    HallBookingDay day;
    return readBookingDay(body, &day, &error) ? std::nullopt : std::optional<QString>(error);
}

std::optional<QString> events(const QJsonObject &body)
{
    JsonReader r(body);
    r.items<HallEvent>(u"events", List);
    r.number(u"seq", Need::Required);
    return verdict(r);
}

std::optional<QString> statistics(const QJsonObject &body)
{
    JsonReader r(body);
    r.string(u"day", {.need = Need::Required, .maxLength = 10});
    HallStatistics statistics;
    HallStatistics::read(r, &statistics);
    return verdict(r);
}

std::optional<QString> tickets(const QJsonObject &body)
{
    JsonReader r(body);
    r.items<HallTicket>(u"tickets", List);
    return verdict(r);
}

std::optional<QString> ratingFollowUps(const QJsonObject &body)
{
    return whole<HallRatingFollowUps>(body);
}

std::optional<QString> followUp(const QJsonObject &body)
{
    JsonReader r(body);
    r.string(u"ticketId", {.need = Need::Required, .maxLength = 256});
    JsonReader f = r.object(u"followUp", Need::Required);
    f.string(u"kind", {.need = Need::Required, .maxLength = 16});
    return verdict(r);
}

std::optional<QString> summaries(const QJsonObject &body)
{
    JsonReader r(body);
    r.array(u"summaries", List);
    return verdict(r);
}

std::optional<QString> stored(const QJsonObject &body)
{
    JsonReader r(body);
    r.number(u"stored", Need::Required);
    r.number(u"ignored", Need::Required);
    return verdict(r);
}

std::optional<QString> linked(const QJsonObject &body, const QStringList &caseIds)
{
    JsonReader r(body);
    JsonReader t = r.object(u"ticket", Need::Required);
    HallTicket ticket;
    HallTicket::read(t, &ticket);
    if (!t.has(u"caseIds"))
        t.fail({JsonProblem::Kind::Missing, t.pathOf(u"caseIds")});
    if (auto fault = verdict(r))
        return fault;
    for (const QString &id : caseIds)
        if (!ticket.caseIds.contains(id))
            return HallText::tr("the answer does not confirm the link of case %1").arg(id);
    return std::nullopt;
}

} // namespace ow::hallanswer
