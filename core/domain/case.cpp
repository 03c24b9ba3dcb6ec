#include "core/domain/case.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ow {

namespace {

// One table per enum keeps the key spelling in one place; keys are stored and sent, so never rename them.
constexpr std::array<std::pair<Decision, const char *>, 4> kDecisionKeys{{
    {Decision::Accept, "accept"},
    {Decision::AcceptWithDeficiency, "accept_with_deficiency"},
    {Decision::OneTimeNotice, "one_time_notice"},
    {Decision::NotAccepted, "not_accepted"},
}};

constexpr std::array<std::pair<CaseStatus, const char *>, 8> kStatusKeys{{
    {CaseStatus::Accepted, "accepted"},
    {CaseStatus::AwaitingSupplement, "awaiting_supplement"},
    {CaseStatus::Notified, "notified"},
    {CaseStatus::Rejected, "rejected"},
    {CaseStatus::Completed, "completed"},
    {CaseStatus::InProgress, "in_progress"},
    {CaseStatus::ReadyForPickup, "ready_for_pickup"},
    {CaseStatus::HandedOver, "handed_over"},
}};

constexpr std::array<std::pair<DeliveryMethod, const char *>, 2> kDeliveryKeys{{
    {DeliveryMethod::AtWindow, "window"},
    {DeliveryMethod::ByPost, "post"},
}};

constexpr std::array<std::pair<LineStatus, const char *>, 5> kLineKeys{{
    {LineStatus::ToCollect, "to_collect"},
    {LineStatus::Reused, "reused"},
    {LineStatus::DataSharing, "data_sharing"},
    {LineStatus::DeficiencyAllowed, "deficiency_allowed"},
    {LineStatus::Commitment, "commitment"},
}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, key] : table)
        if (e == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename Enum, std::size_t N>
bool fromKey(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key, Enum *out)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k)) {
            if (out)
                *out = e;
            return true;
        }
    }
    return false;
}

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

QString decisionKey(Decision decision)
{
    return keyOf(kDecisionKeys, decision);
}
bool decisionFromKey(const QString &key, Decision *out)
{
    return fromKey(kDecisionKeys, key, out);
}
QString caseStatusKey(CaseStatus status)
{
    return keyOf(kStatusKeys, status);
}
bool caseStatusFromKey(const QString &key, CaseStatus *out)
{
    return fromKey(kStatusKeys, key, out);
}
QString lineStatusKey(LineStatus status)
{
    return keyOf(kLineKeys, status);
}
bool lineStatusFromKey(const QString &key, LineStatus *out)
{
    return fromKey(kLineKeys, key, out);
}

QString deliveryMethodName(DeliveryMethod method)
{
    return method == DeliveryMethod::ByPost ? QCoreApplication::translate("ow::Case", "By post")
                                            : QCoreApplication::translate("ow::Case", "Pick up at the window");
}
QString deliveryMethodKey(DeliveryMethod method)
{
    return keyOf(kDeliveryKeys, method);
}
bool deliveryMethodFromKey(const QString &key, DeliveryMethod *out)
{
    return fromKey(kDeliveryKeys, key, out);
}

} // namespace ow
