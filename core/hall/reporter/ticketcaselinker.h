#pragma once
// Ties the intake to the queue at one clerk's window: a decision recorded while a ticket is at the window
// links the new case to that ticket in the hall (HallClient::linkCases), and the ticket's completion
// outcome defaults from the decisions taken for it (F4 / F1 then send it), so the hall's statistics say
// what each visit achieved without the clerk choosing it twice.
//
// Offline hall: links are kept and retried, not dropped. Linking is idempotent on the service (the same
// case again is no event) and allowed after the ticket completed, so sending late is harmless, while a
// dropped link would leave the supervisor's figures short for a visit that did take a case in. A link the
// service refuses (the ticket expired at the day's end, or was transferred away before the decision) is
// dropped with a message, since retrying cannot make it right. With a TicketLinkStore the links not yet
// confirmed are kept in the window's database and sent again after a restart.
//
// No widgets: the calling panel tells it which ticket is at the window (setCurrentTicket) and shows what
// it says (outcomeChanged, message); CallingPanel::follow() makes those connections.

#include "core/domain/case.h"
#include "core/hall/client/hallclient.h"
#include "core/hall/reporter/ticketlinkstore.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace ow {

class TicketCaseLinker : public QObject
{
    Q_OBJECT

public:
    // Neither is owned. The store, when given, keeps unconfirmed links across restarts, and those it holds
    // are sent again once the hall is reachable.
    explicit TicketCaseLinker(HallClient *client, TicketLinkStore *store = nullptr, QObject *parent = nullptr);

    // The ticket at this window now (none: an invalid ticket). A new ticket starts a new visit.
    void setCurrentTicket(const ow::HallTicket &ticket);
    HallTicket currentTicket() const { return m_ticket; }

    // Connect IntakePage::caseSaved here. caseId is the case number the hall shows
    // (HALL-YYYYMMDD-WW-NNNN): people read it on the supervisor's screen, and it names the case in the
    // window's records and on its documents. False when no ticket is at the window (a walk-in, or the
    // hall was never reached): nothing is linked then.
    bool recordDecision(const QString &caseId, ow::Decision decision);

    // The ticket outcome for the decisions taken during one visit (docs/hall-api.md's keys): something
    // taken in beats nothing taken in; among cases taken in, an outstanding 容缺 material is what the hall
    // follows up, so it wins; without a case taken in, a notice (the applicant comes back with a list)
    // says more than a refusal; no decision at all is a consultation.
    static QString outcomeFor(const QList<Decision> &decisions);

    int pendingLinks() const { return int(m_pending.size()); }
    void setRetryInterval(int ms);

Q_SIGNALS:
    // The default completion outcome of the visit at the window changed (a new ticket, a decision).
    void outcomeChanged(const QString &outcome);
    // A sentence for the clerk about a link: done, kept for later (error), or refused (error).
    void message(const QString &text, bool error);
    void linked(const QString &ticketId, const QStringList &caseIds);
    void linkDeferred(const QString &ticketId, const QStringList &caseIds); // kept, sent again later
    void linkDropped(const QString &ticketId, const QStringList &caseIds, const QString &reason);

private:
    using Link = PendingTicketLink;
    void send(const Link &link);
    void settle(const Link &link, const HallResult &result);
    void forget(const Link &link); // confirmed or refused for good: out of the store
    void retryPending();

    QPointer<HallClient> m_client;
    HallTicket m_ticket;         // the visit the decisions belong to
    QList<Decision> m_decisions; // taken during that visit
    TicketLinkStore *m_store = nullptr;
    QList<Link> m_pending; // waiting for the service
    QTimer *m_retry;
};

} // namespace ow
