#include "ui/dashboard/supervisoractions.h"

namespace ow {

SupervisorActions::SupervisorActions(HallClient *client, QObject *parent)
    : QObject(parent),
      m_client(client)
{}

void SupervisorActions::follow(HallReply *reply, const QString &done)
{
    connect(reply, &HallReply::finished, this, [this, done](const HallResult &r) {
        if (r.ok())
            Q_EMIT finished(true, done);
        else if (r.httpStatus == 0)
            Q_EMIT finished(false, tr("The hall service did not answer; nothing was changed. (%1)").arg(r.errorMessage));
        else
            Q_EMIT finished(false, tr("The hall refused: %1").arg(r.errorMessage));
    });
}

void SupervisorActions::pause(const QString &windowId, const QString &reason)
{
    if (m_client)
        follow(m_client->pause(windowId, reason), tr("%1 is paused.").arg(windowId));
}

void SupervisorActions::resume(const QString &windowId)
{
    if (m_client)
        follow(m_client->resume(windowId), tr("%1 is open again.").arg(windowId));
}

void SupervisorActions::setServices(const QString &windowId, const QList<WindowService> &services)
{
    if (!m_client)
        return;
    QStringList codes;
    for (const WindowService &s : services)
        codes << (s.weight == 1 ? s.service : tr("%1×%2").arg(s.service).arg(s.weight));
    follow(m_client->setWindowServices(windowId, services),
           tr("%1 now serves %2.").arg(windowId, codes.join(QStringLiteral(", "))));
}

void SupervisorActions::callTicket(const QString &windowId, const QString &ticketCode)
{
    if (m_client)
        follow(m_client->callTicket(windowId, ticketCode), tr("%1 is called to %2.").arg(ticketCode, windowId));
}

} // namespace ow
