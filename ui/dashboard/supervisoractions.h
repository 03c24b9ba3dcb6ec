#pragma once
// What the supervisor does to a window from the dashboard: pause or resume it, reassign its services,
// call a specific waiting ticket to it. Each goes to the hall with the supervisor's token, so the hall's
// event log records it as "supervisor:DEVICE" (the audit trail, docs/hall-api.md). The outcome comes back
// as one plain sentence: what was done, or the hall's reason for refusing.

#include "core/hall/client/hallclient.h"

#include <QObject>
#include <QPointer>

namespace ow {

class SupervisorActions : public QObject
{
    Q_OBJECT

public:
    explicit SupervisorActions(HallClient *client, QObject *parent = nullptr);

    void pause(const QString &windowId, const QString &reason = {});
    void resume(const QString &windowId);
    void setServices(const QString &windowId, const QList<WindowService> &services);
    void callTicket(const QString &windowId, const QString &ticketCode);

Q_SIGNALS:
    // ok: done; otherwise message says why not (the hall's translated detail, or that it is unreachable).
    void finished(bool ok, const QString &message);

private:
    void follow(HallReply *reply, const QString &done);
    QPointer<HallClient> m_client;
};

} // namespace ow
