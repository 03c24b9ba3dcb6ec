#pragma once
// Ties the intake to the queue at one clerk's window: a decision recorded while a ticket is at the window
// links the new case to that ticket in the hall (HallClient::linkCases), and the ticket's completion
// outcome in the calling panel defaults from the decisions taken for it (F4 / F1 then send it), so the
// hall's statistics say what each visit achieved without the clerk choosing it twice.
//
// Offline hall: links are kept and retried, not dropped. Linking is idempotent on the service (the same
// case again is no event) and allowed after the ticket completed, so sending late is harmless, while a
// dropped link would leave the supervisor's figures short for a visit that did take a case in. A link the
// service refuses (the ticket expired at the day's end, or was transferred away before the decision) is
// dropped with a note in the panel, since retrying cannot make it right. With a TicketLinkStore the
// links not yet confirmed are kept in the window's database and sent again after a restart.

#include "core/domain/case.h"
#include "core/hall/client/hallclient.h"
#include "core/hall/reporter/ticketlinkstore.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace ow {

class CallingPanel;

class TicketCaseLinker : public QObject
{
    Q_OBJECT

public:
    // None is owned. The panel names the ticket at the window and shows the notes; the store, when given,
    // keeps unconfirmed links across restarts, and those it holds are sent again once the hall is reachable.
    TicketCaseLinker(HallClient *client, CallingPanel *panel, TicketLinkStore *store = nullptr, QObject *parent = nullptr);

    // Connect IntakePage::caseSaved here. caseId is the case number the hall shows
    // (HALL-YYYYMMDD-WW-NNNN): people read it on the supervisor's screen, and it names the case in the
    // window's records and on its documents.
    void recordDecision(const QString &caseId, ow::Decision decision);

    // The ticket outcome for the decisions taken during one visit (docs/hall-api.md's keys): something
    // taken in beats nothing taken in; among cases taken in, an outstanding 容缺 material is what the hall
    // follows up, so it wins; without a case taken in, a notice (the applicant comes back with a list)
    // says more than a refusal; no decision at all is a consultation.
    static QString outcomeFor(const QList<Decision> &decisions);

    int pendingLinks() const { return int(m_pending.size()); }
    void setRetryInterval(int ms);

Q_SIGNALS:
    void linked(const QString &ticketId, const QStringList &caseIds);
    void linkDropped(const QString &ticketId, const QStringList &caseIds, const QString &reason);

private:
    using Link = PendingTicketLink;
    void followTicket(const HallTicket &ticket);
    void send(const Link &link);
    void forget(const Link &link); // confirmed or refused for good: out of the store
    void retryPending();

    QPointer<HallClient> m_client;
    QPointer<CallingPanel> m_panel;
    QString m_ticketId; // the visit the decisions belong to
    QList<Decision> m_decisions;
    TicketLinkStore *m_store = nullptr;
    QList<Link> m_pending; // waiting for the service
    QTimer *m_retry;
};

} // namespace ow
