// The bookings requests of the hall client (docs/hall-api.md, "Bookings"). The answers are checked by
// hallanswer:: and read with core/hall/protocol/hallbookings.h.
#include "core/hall/client/hallclient.h"
#include "core/hall/client/hallreplies.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ow {

HallReply *HallClient::fetchBookingSlots(const QString &service, const QDate &day)
{
    QUrlQuery query;
    query.addQueryItem(u"service"_s, service);
    query.addQueryItem(u"day"_s, day.toString(Qt::ISODate));
    return send("GET", u"/booking-slots"_s, {hallanswer::bookingSlots, true}, {}, &query);
}

HallReply *HallClient::createBooking(const QString &service, const QDateTime &slotStart, const QString &name,
                                     const QString &phone)
{
    return send("POST", u"/bookings"_s, {hallanswer::booking},
                {{u"service"_s, service},
                 {u"slotStart"_s, slotStart.toUTC().toString(Qt::ISODate)},
                 {u"name"_s, name},
                 {u"phone"_s, phone}});
}

HallReply *HallClient::findBookings(const QDate &day, const QString &text)
{
    QUrlQuery query;
    if (day.isValid())
        query.addQueryItem(u"day"_s, day.toString(Qt::ISODate));
    if (!text.isEmpty())
        query.addQueryItem(u"q"_s, text);
    return send("GET", u"/bookings"_s, {hallanswer::bookings, true}, {}, &query);
}

HallReply *HallClient::moveBooking(const QString &code, const QDateTime &slotStart)
{
    return send("POST", u"/bookings/"_s + QString::fromLatin1(QUrl::toPercentEncoding(code)) + u"/move"_s, {hallanswer::booking},
                {{u"slotStart"_s, slotStart.toUTC().toString(Qt::ISODate)}});
}

HallReply *HallClient::cancelBooking(const QString &code)
{
    return send("POST", u"/bookings/"_s + QString::fromLatin1(QUrl::toPercentEncoding(code)) + u"/cancel"_s,
                {hallanswer::booking});
}

} // namespace ow
