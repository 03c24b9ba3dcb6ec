#include "core/hall/server/hallauth.h"

namespace ow {

HallAuth::HallAuth(const QList<HallToken> &tokens)
{
    for (const HallToken &t : tokens)
        m_devices.insert(t.sha256, t.device);
}

std::optional<HallDevice> HallAuth::fromHeader(const QByteArray &authorization) const
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 8 || qstrnicmp(value.constData(), "bearer ", 7) != 0)
        return std::nullopt;
    return fromToken(value.mid(7).trimmed());
}

std::optional<HallDevice> HallAuth::fromToken(const QByteArray &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    // Looked up by digest: no token is kept in memory, and the lookup does not compare secrets byte by byte.
    const auto it = m_devices.constFind(HallConfig::digest(token));
    if (it == m_devices.constEnd())
        return std::nullopt;
    return it.value();
}

bool HallAuth::allows(const HallDevice &device, HallAction action)
{
    switch (action) {
    case HallAction::Read: return true;
    case HallAction::Issue: return device.role == HallRole::Kiosk || device.role == HallRole::Supervisor;
    case HallAction::WindowOp:
    case HallAction::LinkCases:
    case HallAction::ReportCases:
    case HallAction::ReadCases: return device.role == HallRole::Window || device.role == HallRole::Supervisor;
    case HallAction::Rate: return device.role != HallRole::Board;
    case HallAction::Statistics: return device.role != HallRole::Kiosk;
    case HallAction::Bookings: return device.role == HallRole::Window || device.role == HallRole::Supervisor;
    case HallAction::ReadTickets:
    case HallAction::ManageWindows:
    case HallAction::FollowUpRatings: return device.role == HallRole::Supervisor;
    }
    return false;
}

bool HallAuth::allowsAt(const HallDevice &device, HallAction action, const QString &windowId)
{
    if (!allows(device, action))
        return false;
    return device.role != HallRole::Window || device.windowId == windowId;
}

} // namespace ow
