#include "core/hall/protocol/casesummary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool fail(QString *error, const QString &field)
{
    if (error)
        *error = u"missing or invalid field: %1"_s.arg(field);
    return false;
}

bool tooLong(QString *error, int *bound, const QString &field, int limit)
{
    if (error)
        *error = u"field over its bound of %1: %2"_s.arg(limit).arg(field);
    if (bound)
        *bound = limit;
    return false;
}

// A date field that may be null or absent; false when it is there but not a date.
bool optionalDate(const QJsonObject &o, QLatin1StringView key, QDate *out)
{
    const QJsonValue v = o.value(key);
    if (v.isNull() || v.isUndefined()) {
        *out = {};
        return true;
    }
    *out = QDate::fromString(v.toString(), Qt::ISODate);
    return out->isValid();
}

bool count(const QJsonObject &o, QLatin1StringView key, int *out, int defaultValue)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        *out = defaultValue;
        return true;
    }
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0 || v.toInt() > CaseSummary::MaxCount)
        return false;
    *out = v.toInt();
    return true;
}

} // namespace

bool CaseSummary::isDecision(const QString &value)
{
    return value == Accepted || value == AcceptedDeficiency || value == OneTimeNotice || value == NotAccepted;
}

QJsonObject CaseSummary::toJson() const
{
    QJsonArray matterArray;
    for (const CaseSummaryMatter &m : matters)
        matterArray.append(QJsonObject{{u"code"_s, m.code}, {u"name"_s, m.name}, {u"department"_s, m.department}});
    return QJsonObject{
        {u"caseId"_s, caseId},
        {u"windowId"_s, windowId},
        {u"ticketId"_s, ticketId},
        {u"day"_s, day.toString(Qt::ISODate)},
        {u"decidedAt"_s, timeText(decidedAt)},
        {u"updatedAt"_s, timeText(updatedAt)},
        {u"decision"_s, decision},
        {u"matters"_s, matterArray},
        {u"bundle"_s, bundle},
        {u"materialsListed"_s, materialsListed},
        {u"materialsCollected"_s, materialsCollected},
        {u"supplementsOutstanding"_s, supplementsOutstanding},
        {u"trips"_s, trips},
        {u"instant"_s, instant},
        {u"promisedDate"_s, dateValue(promisedDate)},
        {u"supplementDueDate"_s, dateValue(supplementDueDate)},
        {u"synced"_s, synced},
        {u"status"_s, status},
    };
}

bool CaseSummary::fromJson(const QJsonObject &o, CaseSummary *out, QString *error, int *bound)
{
    CaseSummary s;
    s.caseId = o.value("caseId"_L1).toString().trimmed();
    if (s.caseId.isEmpty())
        return fail(error, u"caseId"_s);
    if (s.caseId.size() > MaxIdLength)
        return tooLong(error, bound, u"caseId"_s, MaxIdLength);
    s.windowId = o.value("windowId"_L1).toString();
    if (s.windowId.isEmpty())
        return fail(error, u"windowId"_s);
    if (s.windowId.size() > MaxIdLength)
        return tooLong(error, bound, u"windowId"_s, MaxIdLength);
    s.ticketId = o.value("ticketId"_L1).toString();
    if (s.ticketId.size() > MaxIdLength)
        return tooLong(error, bound, u"ticketId"_s, MaxIdLength);
    s.day = QDate::fromString(o.value("day"_L1).toString(), Qt::ISODate);
    if (!s.day.isValid())
        return fail(error, u"day"_s);
    s.decidedAt = QDateTime::fromString(o.value("decidedAt"_L1).toString(), Qt::ISODateWithMs).toUTC();
    if (!s.decidedAt.isValid())
        return fail(error, u"decidedAt"_s);
    const QJsonValue updated = o.value("updatedAt"_L1);
    s.updatedAt = updated.isUndefined() ? s.decidedAt : QDateTime::fromString(updated.toString(), Qt::ISODateWithMs).toUTC();
    if (!s.updatedAt.isValid())
        return fail(error, u"updatedAt"_s);
    s.decision = o.value("decision"_L1).toString();
    if (!isDecision(s.decision))
        return fail(error, u"decision"_s);
    const QJsonValue matterValue = o.value("matters"_L1);
    if (!matterValue.isArray())
        return fail(error, u"matters"_s);
    const QJsonArray matterArray = matterValue.toArray();
    if (matterArray.size() > MaxMatters)
        return tooLong(error, bound, u"matters"_s, MaxMatters);
    for (const QJsonValue &v : matterArray) {
        const QJsonObject m = v.toObject();
        const QString code = m.value("code"_L1).toString();
        if (code.isEmpty())
            return fail(error, u"matters[].code"_s);
        const CaseSummaryMatter matter{code, m.value("name"_L1).toString(), m.value("department"_L1).toString()};
        if (matter.code.size() > MaxIdLength)
            return tooLong(error, bound, u"matters[].code"_s, MaxIdLength);
        if (matter.name.size() > MaxTextLength)
            return tooLong(error, bound, u"matters[].name"_s, MaxTextLength);
        if (matter.department.size() > MaxTextLength)
            return tooLong(error, bound, u"matters[].department"_s, MaxTextLength);
        s.matters.append(matter);
    }
    s.bundle = o.value("bundle"_L1).toString();
    if (s.bundle.size() > MaxIdLength)
        return tooLong(error, bound, u"bundle"_s, MaxIdLength);
    if (!count(o, "materialsListed"_L1, &s.materialsListed, 0))
        return fail(error, u"materialsListed"_s);
    if (!count(o, "materialsCollected"_L1, &s.materialsCollected, 0))
        return fail(error, u"materialsCollected"_s);
    if (!count(o, "supplementsOutstanding"_L1, &s.supplementsOutstanding, 0))
        return fail(error, u"supplementsOutstanding"_s);
    if (!count(o, "trips"_L1, &s.trips, 1) || s.trips < 1)
        return fail(error, u"trips"_s);
    s.instant = o.value("instant"_L1).toBool();
    if (!optionalDate(o, "promisedDate"_L1, &s.promisedDate))
        return fail(error, u"promisedDate"_s);
    if (!optionalDate(o, "supplementDueDate"_L1, &s.supplementDueDate))
        return fail(error, u"supplementDueDate"_s);
    s.synced = o.value("synced"_L1).toBool();
    // Optional (older windows do not send it), but a string when it is there. Any key is taken: a newer
    // window may know statuses this hall does not; only the finished ones change a figure.
    const QJsonValue status = o.value("status"_L1);
    if (!status.isUndefined() && !status.isString())
        return fail(error, u"status"_s);
    if (status.toString().size() > MaxStatusLength)
        return tooLong(error, bound, u"status"_s, MaxStatusLength);
    s.status = status.toString();
    *out = s;
    return true;
}

} // namespace ow
