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
        {u"materialsByCommitment"_s, materialsByCommitment},
        {u"trips"_s, trips},
        {u"instant"_s, instant},
        {u"promisedDate"_s, dateValue(promisedDate)},
        {u"supplementDueDate"_s, dateValue(supplementDueDate)},
        {u"synced"_s, synced},
        {u"status"_s, status},
        {u"delivery"_s, delivery},
        {u"readyDate"_s, dateValue(readyDate)},
    };
}

bool CaseSummary::fromJson(JsonReader &r, CaseSummary *out)
{
    const TextRule id{.need = Need::Required, .maxLength = MaxIdLength};
    const TextRule optionalId{.maxLength = MaxIdLength};
    const TextRule text{.maxLength = MaxTextLength};
    const IntRule count{.need = Need::NotNull, .min = 0, .max = MaxCount};
    CaseSummary s;
    s.caseId = r.string(u"caseId", {.need = Need::Required, .maxLength = MaxIdLength, .trim = true});
    s.windowId = r.string(u"windowId", id);
    s.ticketId = r.string(u"ticketId", optionalId);
    s.day = r.date(u"day", Need::Required);
    s.decidedAt = r.dateTime(u"decidedAt", Need::Required);
    // Absent: the first version (decidedAt); null is no time.
    s.updatedAt = r.object().contains(u"updatedAt") ? r.dateTime(u"updatedAt", Need::Required) : s.decidedAt;
    s.decision = r.string(u"decision", {.need = Need::Required, .maxLength = MaxIdLength});
    if (!isDecision(s.decision))
        r.unknownWord(u"decision", s.decision);
    r.forEachItem(u"matters", {.need = Need::Required, .maxItems = MaxMatters}, [&](JsonReader &m) {
        s.matters.append({m.string(u"code", id), m.string(u"name", text), m.string(u"department", text)});
    });
    s.bundle = r.string(u"bundle", optionalId);
    s.materialsListed = r.integer(u"materialsListed", count);
    s.materialsCollected = r.integer(u"materialsCollected", count);
    s.supplementsOutstanding = r.integer(u"supplementsOutstanding", count);
    s.materialsByCommitment = r.integer(u"materialsByCommitment", count);
    s.trips = r.integer(u"trips", {.need = Need::NotNull, .min = 1, .max = MaxCount, .fallback = 1});
    s.instant = r.boolean(u"instant");
    s.promisedDate = r.date(u"promisedDate");
    s.supplementDueDate = r.date(u"supplementDueDate");
    s.synced = r.boolean(u"synced");
    // Optional (older windows do not send it), but a string when it is there. Any word is taken: a newer
    // window may know statuses this hall does not; only the finished ones change a figure.
    s.status = r.string(u"status", {.need = Need::NotNull, .maxLength = MaxStatusLength});
    // Both optional for older windows; a delivery is one of the two words when it is there.
    s.delivery = r.string(u"delivery", {.need = Need::NotNull, .maxLength = MaxStatusLength});
    if (!s.delivery.isEmpty() && s.delivery != DeliveryWindow && s.delivery != DeliveryPost)
        r.unknownWord(u"delivery", s.delivery);
    s.readyDate = r.date(u"readyDate");
    return r.finish(out, std::move(s), nullptr);
}

bool CaseSummary::fromJson(const QJsonObject &o, CaseSummary *out, QString *error)
{
    JsonReader r(o);
    if (fromJson(r, out))
        return true;
    if (error)
        *error = r.error();
    return false;
}

} // namespace ow
