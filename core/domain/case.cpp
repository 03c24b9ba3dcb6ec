#include "core/domain/case.h"

#include "core/domain/enumkeys.h"

#include <QCoreApplication>

namespace ow {

namespace {

// One table per enum keeps the key spelling in one place; keys are stored and sent, so never rename them.
constexpr EnumKeys<Decision, 4> kDecisionKeys{{
    {Decision::Accept, u"accept"},
    {Decision::AcceptWithDeficiency, u"accept_with_deficiency"},
    {Decision::OneTimeNotice, u"one_time_notice"},
    {Decision::NotAccepted, u"not_accepted"},
}};

constexpr EnumKeys<CaseStatus, 8> kStatusKeys{{
    {CaseStatus::Accepted, u"accepted"},
    {CaseStatus::AwaitingSupplement, u"awaiting_supplement"},
    {CaseStatus::Notified, u"notified"},
    {CaseStatus::Rejected, u"rejected"},
    {CaseStatus::Completed, u"completed"},
    {CaseStatus::InProgress, u"in_progress"},
    {CaseStatus::ReadyForPickup, u"ready_for_pickup"},
    {CaseStatus::HandedOver, u"handed_over"},
}};

constexpr EnumKeys<DeliveryMethod, 2> kDeliveryKeys{{
    {DeliveryMethod::AtWindow, u"window"},
    {DeliveryMethod::ByPost, u"post"},
}};

constexpr EnumKeys<LineStatus, 5> kLineKeys{{
    {LineStatus::ToCollect, u"to_collect"},
    {LineStatus::Reused, u"reused"},
    {LineStatus::DataSharing, u"data_sharing"},
    {LineStatus::DeficiencyAllowed, u"deficiency_allowed"},
    {LineStatus::Commitment, u"commitment"},
}};

} // namespace

QString decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Accept: return QCoreApplication::translate("ow::Case", "Accept");
    case Decision::AcceptWithDeficiency: return QCoreApplication::translate("ow::Case", "Accept with deficiency");
    case Decision::OneTimeNotice: return QCoreApplication::translate("ow::Case", "One-time notice");
    case Decision::NotAccepted: return QCoreApplication::translate("ow::Case", "Not accepted");
    }
    return {};
}

QString caseStatusName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Accepted: return QCoreApplication::translate("ow::Case", "Accepted");
    case CaseStatus::AwaitingSupplement: return QCoreApplication::translate("ow::Case", "Awaiting supplement");
    case CaseStatus::Notified: return QCoreApplication::translate("ow::Case", "Notified of missing materials");
    case CaseStatus::Rejected: return QCoreApplication::translate("ow::Case", "Not accepted");
    case CaseStatus::Completed: return QCoreApplication::translate("ow::Case", "Completed");
    case CaseStatus::InProgress: return QCoreApplication::translate("ow::Case", "In progress");
    case CaseStatus::ReadyForPickup: return QCoreApplication::translate("ow::Case", "Ready for pick-up");
    case CaseStatus::HandedOver: return QCoreApplication::translate("ow::Case", "Handed over");
    }
    return {};
}

QString lineStatusName(LineStatus status)
{
    switch (status) {
    case LineStatus::ToCollect: return QCoreApplication::translate("ow::Case", "To collect");
    case LineStatus::Reused: return QCoreApplication::translate("ow::Case", "Reused");
    case LineStatus::DataSharing: return QCoreApplication::translate("ow::Case", "By data sharing");
    case LineStatus::DeficiencyAllowed: return QCoreApplication::translate("ow::Case", "Deficiency allowed");
    case LineStatus::Commitment: return QCoreApplication::translate("ow::Case", "Replaced by commitment");
    }
    return {};
}

OW_ENUM_KEY_FUNCTIONS(Decision, decisionKey, decisionFromKey, kDecisionKeys)
OW_ENUM_KEY_FUNCTIONS(CaseStatus, caseStatusKey, caseStatusFromKey, kStatusKeys)
OW_ENUM_KEY_FUNCTIONS(LineStatus, lineStatusKey, lineStatusFromKey, kLineKeys)

QString deliveryMethodName(DeliveryMethod method)
{
    return method == DeliveryMethod::ByPost ? QCoreApplication::translate("ow::Case", "By post")
                                            : QCoreApplication::translate("ow::Case", "Pick up at the window");
}
OW_ENUM_KEY_FUNCTIONS(DeliveryMethod, deliveryMethodKey, deliveryMethodFromKey, kDeliveryKeys)

} // namespace ow
