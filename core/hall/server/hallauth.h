#pragma once
// Who may do what (docs/hall-api.md, "Authentication and roles"): a device token names a role, a window
// token also its window. The checks live here, away from the routes, so the table is in one place.

#include "core/hall/server/hallconfig.h"

#include <QHash>

#include <optional>

namespace ow {

enum class HallAction {
    Read,     // snapshot, events, a ticket
    Issue,    // issue a ticket, check in a booking
    WindowOp, // call, recall, no-show, transfer, complete, pause, resume
    LinkCases,
    Rate,
    Statistics,
    Bookings,        // see slots, make, find, move and cancel bookings (not check in: that is Issue)
    ReportCases,     // post case summaries (a window only its own)
    ReadCases,       // list case summaries
    ReadTickets,     // list every ticket of some days
    ManageWindows,   // reassign a window's services
    FollowUpRatings, // list bad ratings, record call-backs and rectifications
};

class HallAuth
{
public:
    explicit HallAuth(const QList<HallToken> &tokens = {});
    // From an "Authorization: Bearer TOKEN" header value; nullopt for none or an unknown token.
    std::optional<HallDevice> fromHeader(const QByteArray &authorization) const;
    std::optional<HallDevice> fromToken(const QByteArray &token) const;

    // Whether the device may do the action at all (the role table).
    static bool allows(const HallDevice &device, HallAction action);
    // Whether it may do it at this window: a window token only at its own window.
    static bool allowsAt(const HallDevice &device, HallAction action, const QString &windowId);

private:
    QHash<QByteArray, HallDevice> m_devices; // by token digest
};

} // namespace ow
