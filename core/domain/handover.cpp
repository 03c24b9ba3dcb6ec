#include "core/domain/handover.h"

#include "core/domain/enumkeys.h"
#include "core/domain/identifiers.h"

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Longer than any carrier's tracking number or name; a longer field is a typing accident.
constexpr qsizetype MaxField = 64;
constexpr qsizetype MaxAddress = 200;

constexpr EnumKeys<HandoverMethod, 2> HandoverMethodKeys{
    {{HandoverMethod::InPerson, u"in_person"}, {HandoverMethod::ByPost, u"post"}}};
constexpr EnumKeys<Collector, 2> CollectorKeys{{{Collector::Applicant, u"applicant"}, {Collector::Agent, u"agent"}}};

} // namespace

OW_ENUM_KEY_FUNCTIONS(HandoverMethod, handoverMethodKey, handoverMethodFromKey, HandoverMethodKeys)
OW_ENUM_KEY_FUNCTIONS(Collector, collectorKey, collectorFromKey, CollectorKeys)

QString handoverProblem(const Handover &h)
{
    if (h.method == HandoverMethod::ByPost) {
        if (h.carrier.trimmed().isEmpty() || h.carrier.size() > MaxField)
            return QCoreApplication::translate("ow::Handover", "Enter the carrier (for example EMS).");
        if (h.trackingNumber.trimmed().isEmpty() || h.trackingNumber.size() > MaxField)
            return QCoreApplication::translate("ow::Handover", "Enter the tracking number.");
        if (h.address.trimmed().isEmpty() || h.address.size() > MaxAddress)
            return QCoreApplication::translate("ow::Handover", "Enter the address the result was posted to.");
        return {};
    }
    if (h.collector == Collector::Applicant)
        return {};
    if (h.agentName.trimmed().isEmpty() || h.agentName.size() > MaxField)
        return QCoreApplication::translate("ow::Handover", "Enter the name of the person collecting.");
    const IdCheck check = checkIdentifier(h.agentIdNumber);
    if (!check.valid)
        return QCoreApplication::translate("ow::Handover", "The agent's ID number is not valid: %1").arg(check.reason);
    if (check.kind == IdKind::CreditCode)
        return QCoreApplication::translate("ow::Handover", "An agent is a person: enter a resident ID number.");
    return {};
}

QJsonObject handoverPayload(const Handover &h)
{
    QJsonObject o{{u"schema"_s, u"onewindow-handover/1"_s},
                  {u"caseId"_s, h.caseId},
                  {u"revision"_s, h.revision},
                  {u"method"_s, handoverMethodKey(h.method)},
                  {u"hallCode"_s, h.hallCode},
                  {u"window"_s, h.window},
                  {u"clerk"_s, h.clerk},
                  {u"handedOverAt"_s, h.at.toUTC().toString(Qt::ISODateWithMs)}};
    if (h.method == HandoverMethod::ByPost) {
        o.insert(u"carrier"_s, h.carrier);
        o.insert(u"trackingNumber"_s, h.trackingNumber);
    } else {
        // The agent's ID number stays in the hall: the platform learns only that an agent collected it.
        o.insert(u"collector"_s, collectorKey(h.collector));
    }
    return o;
}

} // namespace ow
