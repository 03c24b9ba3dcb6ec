#pragma once
// The hall's queue: tickets numbered per service per day, windows serving sets of services with weights,
// 绿色通道 priorities and appointments ordered by a pluggable policy, and the operations of a window.
//
// Pure: no I/O and no clock of its own (time comes from the injected Clock). Every operation checks the
// request against the state, then produces events and applies them; applying is the only way the state
// changes, so replaying the events on a fresh engine rebuilds it exactly. Persisting the result (events
// plus the records they changed) is the caller's business (core/hall). Not thread-safe: one owner.

#include "core/queue/clock.h"
#include "core/queue/queueconfig.h"
#include "core/queue/queueevent.h"
#include "core/queue/queuepolicy.h"
#include "core/queue/queuetypes.h"

#include <QHash>
#include <QList>
#include <QLoggingCategory>

#include <memory>

namespace ow {

Q_DECLARE_LOGGING_CATEGORY(lcQueue)

class QueueOperation;

struct QueueError {
    enum class Kind { None, Invalid, NotFound, Conflict };
    Kind kind = Kind::None;
    QString code;    // stable, for programs: "window_paused"
    QString message; // translated, for people
};

// What an operation did. Events may be present even when error is set: an operation on a new day first
// starts the day (day_started), and that stays done even if the operation itself is refused.
struct QueueResult {
    QueueError error;
    QList<QueueEvent> events;
    QString ticketId;          // the ticket the operation is about; empty when call-next found nobody
    QString completedTicketId; // call-next / call with completeCurrent
    bool requeued = false;     // no-show: back in the queue (first) or dropped (second)
    int waitingAhead = 0;      // issue: the calls before this ticket's turn (QueueEngine::placeInLine)
    // Every record the events changed, as it is after the operation: what persistence writes.
    QHash<QString, Ticket> tickets;
    QHash<QString, WindowState> windows;
    QHash<QString, Booking> bookings;

    bool ok() const { return error.kind == QueueError::Kind::None; }
};

struct IssueRequest {
    QString service;     // ignored for a booking check-in (the booking names it)
    QString priority;    // 绿色通道 category id or empty
    QString bookingCode; // non-empty: check in this booking
};

struct TransferRequest {
    QString toService;     // empty: stay in the same service
    QString toWindow;      // empty: any window serving the service; may be the same window ("come back")
    bool priority = false; // a priority-class ticket at the destination
    QString note = {};     // for the window that calls it next (at most MaxTransferNote characters)
};

class QueueEngine
{
public:
    QueueEngine(QueueConfig config, const Clock &clock);
    ~QueueEngine();
    QueueEngine(const QueueEngine &) = delete;
    QueueEngine &operator=(const QueueEngine &) = delete;

    const QueueConfig &config() const { return m_config; }
    const QueueState &state() const { return m_state; }
    const QueuePolicy &policy() const { return *m_policy; }
    const Clock &clock() const { return m_clock; }

    // Replaces the state with one restored from storage. Windows the config no longer has are dropped;
    // windows it added start free and open.
    void restore(QueueState state);
    // Applies an event produced by another engine (replay). False, and nothing changes, when the event
    // does not follow the state (its seq is not lastSeq + 1) or names what does not exist.
    bool apply(const QueueEvent &event);

    // Starts the hall's current day if the clock has passed midnight (a no-op result otherwise).
    QueueResult startDayIfNeeded(const QString &actor);

    QueueResult issue(const IssueRequest &request, const QString &actor);
    QueueResult registerBooking(const Booking &booking, const QString &actor);
    // Before check-in only (queueengine_bookings.cpp). The slot's capacity is the hall's to check: the
    // engine knows bookings, not the hall's slots.
    QueueResult moveBooking(const QString &code, const QDateTime &slotStart, const QDateTime &slotEnd, const QString &actor);
    QueueResult cancelBooking(const QString &code, const QString &actor);
    QueueResult callNext(const QString &windowId, const QString &actor, const QString &completeOutcome = {});
    QueueResult callTicket(const QString &windowId, const QString &ticketRef, const QString &actor,
                           const QString &completeOutcome = {});
    QueueResult recall(const QString &windowId, const QString &actor);
    QueueResult noShow(const QString &windowId, const QString &actor);
    QueueResult transfer(const QString &windowId, const TransferRequest &request, const QString &actor);
    QueueResult complete(const QString &windowId, const QString &outcome, const QString &actor);
    QueueResult pause(const QString &windowId, const QString &reason, const QString &actor);
    QueueResult resume(const QString &windowId, const QString &actor);
    QueueResult linkCases(const QString &ticketRef, const QStringList &caseIds, const QString &actor);
    QueueResult rate(const QString &ticketRef, int rating, const QString &comment, const QString &actor,
                     const QStringList &reasons = {}); // reasons: core/domain/ratingreasons.h, for 1 and 2 only
    // A supervisor's reassignment: the window calls from these services from now on (window_services_changed).
    QueueResult setWindowServices(const QString &windowId, const QList<WindowService> &services, const QString &actor);
    // Logs an event that changes nothing in the queue (case_reported, window_connected, window_disconnected),
    // so it takes its place in the one sequence every client follows.
    QueueResult record(QueueEventType type, const QString &windowId, const QJsonObject &data, const QString &actor);

    // Queries.
    const Ticket *ticket(const QString &idOrCode) const; // an id, or a code of today ("A017", any case)
    const WindowState *window(const QString &id) const;
    QList<const Ticket *> waitingTickets() const; // in queue order
    int waitingCount(const QString &service) const;
    int waitingAhead(const Ticket &ticket) const; // waiting of its service issued earlier (not the calling order)
    // How many calls come before this waiting ticket's, by the hall's policy: the calls of the window that
    // reaches it first (the fewest), each chosen as callNext chooses (same candidates, same policy, the
    // window's priority streak carried on). So a 绿色通道 ticket the policy calls next hears "0 ahead", not
    // the number of people issued before it. Scores are taken at `now` (an appointment at its slot): the
    // figure is a promise of order, not of minutes. -1 when the ticket is not waiting.
    int placeInLine(const Ticket &ticket, const QDateTime &now) const;
    // The tickets this window would call one after another by call-next if nothing else happened: call-next
    // replayed on a copy of its candidates with the hall's policy and the window's priority streak carried
    // on (placeInLine counts in this order). At most `limit` tickets (all when negative). Tickets the window
    // cannot call by call-next now (an appointment before its slot, a held no-show) are not in it.
    QList<const Ticket *> callOrder(const QString &windowId, const QDateTime &now, qsizetype limit = -1) const;
    // The waiting tickets this window may call but call-next would not call now (an appointment before its
    // slot, a no-show held back), in queue order: what the calling panel lists after callOrder().
    QList<const Ticket *> waitingLater(const QString &windowId, const QDateTime &now) const;
    QDate dayOf(const QDateTime &t) const; // the hall's local day
    TicketClass classOf(const Ticket &ticket, const QDateTime &now) const;
    // The candidates window may call now by call-next, unordered (the policy orders them).
    QList<QueueCandidate> candidates(const QString &windowId, const QDateTime &now) const;

private:
    friend class QueueOperation;

    void applyEvent(const QueueEvent &event, QueueResult *changes);
    void applyDayStarted(const QueueEvent &event, QueueResult *changes);
    void applyTicketEvent(const QueueEvent &event, QueueResult *changes);
    void applyWindowEvent(const QueueEvent &event, QueueResult *changes);
    bool canApply(const QueueEvent &event) const;
    void ensureWindows();

    QueueConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<QueuePolicy> m_policy;
    QueueState m_state;
};

} // namespace ow
