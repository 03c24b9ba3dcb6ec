#include "ui/queue/ticketcaselinker.h"

#include "ui/queue/callingpanel.h"

#include <QTimer>

namespace ow {

TicketCaseLinker::TicketCaseLinker(HallClient *client, CallingPanel *panel, TicketLinkStore *store, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_panel(panel),
      m_store(store),
      m_retry(new QTimer(this))
{
    // A refusal of the database (503) or a timeout while the stream stays up has no state change to wait
    // for: try again after a while.
    m_retry->setSingleShot(true);
    m_retry->setInterval(30000);
    connect(m_retry, &QTimer::timeout, this, &TicketCaseLinker::retryPending);
    if (m_panel) {
        connect(m_panel, &CallingPanel::currentTicketChanged, this, &TicketCaseLinker::followTicket);
        followTicket(m_panel->currentTicket());
    }
    if (m_client)
        connect(m_client, &HallClient::stateChanged, this, [this](HallClient::State state) {
            if (state == HallClient::State::Online)
                retryPending();
        });
    // Links an earlier run of the window program could not deliver: sent as soon as the hall is there.
    if (m_store) {
        m_pending = m_store->pending();
        if (!m_pending.isEmpty() && m_client && m_client->isOnline())
            QTimer::singleShot(0, this, &TicketCaseLinker::retryPending);
    }
}

void TicketCaseLinker::forget(const Link &link)
{
    if (m_store)
        m_store->remove(link.caseNumbers); // a failure is logged; the worst case is one idempotent resend
}

void TicketCaseLinker::setRetryInterval(int ms)
{
    m_retry->setInterval(ms);
}

QString TicketCaseLinker::outcomeFor(const QList<Decision> &decisions)
{
    if (decisions.contains(Decision::AcceptWithDeficiency))
        return QStringLiteral("accepted_deficiency");
    if (decisions.contains(Decision::Accept))
        return QStringLiteral("accepted");
    if (decisions.contains(Decision::OneTimeNotice))
        return QStringLiteral("one_time_notice");
    if (decisions.contains(Decision::NotAccepted))
        return QStringLiteral("not_accepted");
    return QStringLiteral("consulted");
}

void TicketCaseLinker::followTicket(const HallTicket &ticket)
{
    if (ticket.id == m_ticketId)
        return;
    // A new visit: its outcome starts as a consultation until the intake decides something.
    m_ticketId = ticket.id;
    m_decisions.clear();
    if (m_panel && ticket.isValid())
        m_panel->setOutcome(outcomeFor({}));
}

void TicketCaseLinker::recordDecision(const QString &caseId, Decision decision)
{
    if (!m_panel)
        return;
    const HallTicket ticket = m_panel->currentTicket();
    if (!ticket.isValid())
        return; // a walk-in without a ticket (or the hall was never reached): nothing to link
    followTicket(ticket);
    m_decisions.append(decision);
    m_panel->setOutcome(outcomeFor(m_decisions));
    const Link link{ticket.id, ticket.code, {caseId}};
    if (m_store)
        m_store->add(link); // a failure is logged; the link is still sent, only a restart before it arrives loses it
    send(link);
}

void TicketCaseLinker::send(const Link &link)
{
    if (!m_client) {
        m_pending.append(link);
        return;
    }
    connect(m_client->linkCases(link.ticketId, link.caseNumbers), &HallReply::finished, this, [this, link](const HallResult &r) {
        if (r.ok()) {
            forget(link);
            if (m_panel)
                m_panel->showMessage(
                    tr("Case %1 linked to ticket %2").arg(link.caseNumbers.join(QStringLiteral(", ")), link.ticketCode), false);
            Q_EMIT linked(link.ticketId, link.caseNumbers);
            return;
        }
        const bool transient = r.httpStatus == 0 || r.httpStatus == 503;
        if (transient) {
            m_pending.append(link);
            if (m_panel)
                m_panel->showMessage(tr("The hall queue is not reachable: case %1 will be linked to ticket %2 when it is back. "
                                        "Intake goes on as usual.")
                                         .arg(link.caseNumbers.join(QStringLiteral(", ")), link.ticketCode),
                                     true);
            if (m_client && m_client->isOnline())
                m_retry->start();
            return;
        }
        const QString reason = r.errorMessage.isEmpty() ? r.errorCode : r.errorMessage;
        forget(link);
        if (m_panel)
            m_panel->showMessage(tr("Case %1 could not be linked to ticket %2 (%3). The case itself is saved.")
                                     .arg(link.caseNumbers.join(QStringLiteral(", ")), link.ticketCode, reason),
                                 true);
        Q_EMIT linkDropped(link.ticketId, link.caseNumbers, reason);
    });
}

void TicketCaseLinker::retryPending()
{
    const QList<Link> again = std::exchange(m_pending, {});
    for (const Link &link : again)
        send(link);
}

} // namespace ow
