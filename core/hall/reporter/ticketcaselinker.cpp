#include "core/hall/reporter/ticketcaselinker.h"

#include <QTimer>

namespace ow {

TicketCaseLinker::TicketCaseLinker(HallClient *client, TicketLinkStore *store, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_store(store),
      m_retry(new QTimer(this))
{
    // A refusal of the database (503) or a timeout while the stream stays up has no state change to wait
    // for: try again after a while.
    m_retry->setSingleShot(true);
    m_retry->setInterval(30000);
    connect(m_retry, &QTimer::timeout, this, &TicketCaseLinker::retryPending);
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

void TicketCaseLinker::setCurrentTicket(const HallTicket &ticket)
{
    if (ticket.id == m_ticket.id)
        return;
    // A new visit: its outcome starts as a consultation until the intake decides something.
    m_ticket = ticket;
    m_decisions.clear();
    if (ticket.isValid())
        Q_EMIT outcomeChanged(outcomeFor({}));
}

bool TicketCaseLinker::recordDecision(const QString &caseId, Decision decision)
{
    if (!m_ticket.isValid())
        return false; // a walk-in without a ticket (or the hall was never reached): nothing to link
    m_decisions.append(decision);
    Q_EMIT outcomeChanged(outcomeFor(m_decisions));
    const Link link{m_ticket.id, m_ticket.code, {caseId}};
    if (m_store)
        m_store->add(link); // a failure is logged; the link is still sent, only a restart before it arrives loses it
    send(link);
    return true;
}

void TicketCaseLinker::send(const Link &link)
{
    if (!m_client) {
        m_pending.append(link);
        return;
    }
    connect(m_client->linkCases(link.ticketId, link.caseNumbers), &HallReply::finished, this,
            [this, link](const HallResult &r) { settle(link, r); });
}

void TicketCaseLinker::settle(const Link &link, const HallResult &r)
{
    const QString cases = link.caseNumbers.join(QStringLiteral(", "));
    if (r.ok()) {
        forget(link);
        Q_EMIT message(tr("Case %1 linked to ticket %2").arg(cases, link.ticketCode), false);
        Q_EMIT linked(link.ticketId, link.caseNumbers);
        return;
    }
    // No answer, or the service could not reach its database: the link is right, the moment was not.
    const bool transient = r.httpStatus == 0 || r.httpStatus == 503;
    if (transient) {
        m_pending.append(link);
        Q_EMIT message(tr("The hall queue is not reachable: case %1 will be linked to ticket %2 when it is back. "
                          "Intake goes on as usual.")
                           .arg(cases, link.ticketCode),
                       true);
        if (m_client && m_client->isOnline())
            m_retry->start();
        Q_EMIT linkDeferred(link.ticketId, link.caseNumbers);
        return;
    }
    const QString reason = r.errorMessage.isEmpty() ? r.errorCode : r.errorMessage;
    forget(link);
    Q_EMIT message(
        tr("Case %1 could not be linked to ticket %2 (%3). The case itself is saved.").arg(cases, link.ticketCode, reason), true);
    Q_EMIT linkDropped(link.ticketId, link.caseNumbers, reason);
}

void TicketCaseLinker::forget(const Link &link)
{
    if (m_store)
        m_store->remove(link.caseNumbers); // a failure is logged; the worst case is one idempotent resend
}

void TicketCaseLinker::retryPending()
{
    const QList<Link> again = std::exchange(m_pending, {});
    for (const Link &link : again)
        send(link);
}

} // namespace ow
