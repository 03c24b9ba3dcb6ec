// HallResult's accessors: the models of an answer that HallClient::track() let through.
#include "core/hall/client/hallclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

// The accessors read what track() has already checked with the same readers (hallreplies.cpp), so they
// do not fail on an answer that was let through; on any other body they give an empty (invalid) object.
namespace {

template <typename T>
T readOrEmpty(const QJsonObject &o)
{
    T value;
    T::fromJson(o, &value);
    return value;
}

// The items of a list that read as T (all of them, on an answer track() let through).
template <typename T>
QList<T> readItems(const QJsonObject &o, const QString &key)
{
    QList<T> list;
    for (const QJsonValue &v : o.value(key).toArray()) {
        T item;
        if (T::fromJson(v.toObject(), &item))
            list.append(item);
    }
    return list;
}

} // namespace

HallTicket HallResult::ticket() const
{
    return readOrEmpty<HallTicket>(body.value(u"ticket"_s).toObject());
}

HallTicket HallResult::completed() const
{
    return readOrEmpty<HallTicket>(body.value(u"completed"_s).toObject());
}

HallWindow HallResult::window() const
{
    return readOrEmpty<HallWindow>(body.value(u"window"_s).toObject());
}

HallSnapshot HallResult::snapshot() const
{
    return readOrEmpty<HallSnapshot>(body);
}

HallStatistics HallResult::statistics() const
{
    return readOrEmpty<HallStatistics>(body);
}

QList<CaseSummary> HallResult::summaries() const
{
    return readItems<CaseSummary>(body, u"summaries"_s);
}

QList<HallTicket> HallResult::tickets() const
{
    return readItems<HallTicket>(body, u"tickets"_s);
}

QList<HallEvent> HallResult::events() const
{
    return readItems<HallEvent>(body, u"events"_s);
}

HallRatingFollowUps HallResult::ratingFollowUps() const
{
    HallRatingFollowUps list;
    HallRatingFollowUps::fromJson(body, &list);
    return list;
}

qint64 HallResult::sequence() const
{
    return body.value(u"seq"_s).toInteger();
}

int HallResult::stored() const
{
    return body.value(u"stored"_s).toInt();
}

int HallResult::ignored() const
{
    return body.value(u"ignored"_s).toInt();
}

} // namespace ow
