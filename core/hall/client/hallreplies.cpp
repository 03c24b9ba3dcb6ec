#include "core/hall/client/hallreplies.h"

#include "core/hall/protocol/halltext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow::hallanswer {

namespace {

std::optional<QString> missing(const QString &field)
{
    return HallText::tr("the answer has no valid \"%1\"").arg(field);
}

bool hasTicket(const QJsonValue &v)
{
    return v.isObject() && v.toObject().value(u"id"_s).isString() && !v.toObject().value(u"id"_s).toString().isEmpty();
}

bool hasWindow(const QJsonValue &v)
{
    return v.isObject() && v.toObject().value(u"id"_s).isString() && !v.toObject().value(u"id"_s).toString().isEmpty();
}

} // namespace

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || type == "application/problem+json";
}

std::optional<QString> snapshot(const QJsonObject &body)
{
    if (!body.value(u"hall"_s).isObject())
        return missing(u"hall"_s);
    if (!body.value(u"seq"_s).isDouble())
        return missing(u"seq"_s);
    if (!body.value(u"windows"_s).isArray())
        return missing(u"windows"_s);
    if (!body.value(u"waiting"_s).isArray())
        return missing(u"waiting"_s);
    return std::nullopt;
}

std::optional<QString> ticket(const QJsonObject &body)
{
    if (!hasTicket(body.value(u"ticket"_s)))
        return missing(u"ticket"_s);
    return std::nullopt;
}

std::optional<QString> call(const QJsonObject &body)
{
    const QJsonValue t = body.value(u"ticket"_s);
    if (!t.isNull() && !hasTicket(t)) // null: nobody was waiting (call-next); absent is not null
        return missing(u"ticket"_s);
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
    if (!hasWindow(body.value(u"window"_s)))
        return missing(u"window"_s);
    return std::nullopt;
}

std::optional<QString> booking(const QJsonObject &body)
{
    if (!body.value(u"booking"_s).isObject())
        return missing(u"booking"_s);
    return std::nullopt;
}

std::optional<QString> events(const QJsonObject &body)
{
    if (!body.value(u"events"_s).isArray())
        return missing(u"events"_s);
    if (!body.value(u"seq"_s).isDouble())
        return missing(u"seq"_s);
    return std::nullopt;
}

std::optional<QString> statistics(const QJsonObject &body)
{
    if (!body.value(u"day"_s).isString())
        return missing(u"day"_s);
    if (!body.value(u"services"_s).isArray())
        return missing(u"services"_s);
    return std::nullopt;
}

std::optional<QString> tickets(const QJsonObject &body)
{
    if (!body.value(u"tickets"_s).isArray())
        return missing(u"tickets"_s);
    return std::nullopt;
}

std::optional<QString> summaries(const QJsonObject &body)
{
    if (!body.value(u"summaries"_s).isArray())
        return missing(u"summaries"_s);
    return std::nullopt;
}

std::optional<QString> stored(const QJsonObject &body)
{
    if (!body.value(u"stored"_s).isDouble())
        return missing(u"stored"_s);
    if (!body.value(u"ignored"_s).isDouble())
        return missing(u"ignored"_s);
    return std::nullopt;
}

std::optional<QString> linked(const QJsonObject &body, const QStringList &caseIds)
{
    if (auto fault = ticket(body))
        return fault;
    const QJsonValue held = body.value(u"ticket"_s).toObject().value(u"caseIds"_s);
    if (!held.isArray())
        return missing(u"ticket.caseIds"_s);
    QStringList have;
    for (const QJsonValue &v : held.toArray())
        have.append(v.toString());
    for (const QString &id : caseIds)
        if (!have.contains(id))
            return HallText::tr("the answer does not confirm the link of case %1").arg(id);
    return std::nullopt;
}

} // namespace ow::hallanswer
