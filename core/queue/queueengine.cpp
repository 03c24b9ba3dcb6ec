#include "core/queue/queueengine.h"

#include "core/domain/ratingreasons.h"
#include "core/queue/queueoperation_p.h"
#include "core/queue/queuetext.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

Q_LOGGING_CATEGORY(lcQueue, "onewindow.queue", QtWarningMsg)

QString ticketStateText(TicketState state)
{
    switch (state) {
    case TicketState::Waiting: return QueueText::tr("waiting");
    case TicketState::Called: return QueueText::tr("at a window");
    case TicketState::Completed: return QueueText::tr("completed");
    case TicketState::NoShow: return QueueText::tr("dropped as a no-show");
    case TicketState::Expired: return QueueText::tr("expired");
    }
    return {};
}

// --- Operation -------------------------------------------------------------------------------------

QueueOperation::QueueOperation(QueueEngine &e, const QString &who)
    : engine(e),
      now(e.m_clock.now().toUTC()),
      actor(who)
{
    const QDate today = engine.dayOf(now);
    const QDate current = engine.m_state.day;
    if (current.isValid() && today <= current)
        return; // a clock set back over midnight never un-starts a day: numbers must not repeat
    QStringList expired;
    for (const Ticket &t : std::as_const(engine.m_state.tickets)) {
        if (t.state == TicketState::Waiting || t.state == TicketState::Called)
            expired.append(t.id);
    }
    std::sort(expired.begin(), expired.end());
    QueueEvent event;
    event.type = QueueEventType::DayStarted;
    event.seq = engine.m_state.lastSeq + 1;
    event.at = now;
    event.day = today;
    event.actor = actor;
    event.data = {{u"day"_s, today.toString(Qt::ISODate)},
                  {u"previousDay"_s, current.isValid() ? QJsonValue(current.toString(Qt::ISODate)) : QJsonValue()},
                  {u"expired"_s, QJsonArray::fromStringList(expired)}};
    engine.applyEvent(event, &result);
    result.events.append(event);
    qCInfo(lcQueue) << "day started" << today << "expired" << expired.size();
}

void QueueOperation::emitEvent(QueueEventType type, const QString &ticketId, const QString &windowId, const QJsonObject &data)
{
    QueueEvent event;
    event.seq = engine.m_state.lastSeq + 1;
    event.type = type;
    event.at = now;
    event.day = engine.m_state.day;
    event.actor = actor;
    event.ticketId = ticketId;
    event.windowId = windowId;
    event.data = data;
    engine.applyEvent(event, &result);
    result.events.append(event);
}

QueueResult QueueOperation::fail(QueueError::Kind kind, const QString &code, const QString &message)
{
    result.error = {kind, code, message};
    return std::move(result);
}

WindowState *QueueOperation::window(const QString &windowId)
{
    auto it = engine.m_state.windows.find(windowId);
    if (it == engine.m_state.windows.end() || !engine.m_config.window(windowId)) {
        result.error = {QueueError::Kind::NotFound, u"unknown_window"_s, QueueText::tr("There is no window %1.").arg(windowId)};
        return nullptr;
    }
    return &it.value();
}

WindowState *QueueOperation::openWindow(const QString &windowId)
{
    WindowState *w = window(windowId);
    if (w && w->paused) {
        result.error = {QueueError::Kind::Conflict, u"window_paused"_s,
                        QueueText::tr("Window %1 is paused.").arg(engine.m_config.windowName(windowId))};
        return nullptr;
    }
    return w;
}

Ticket *QueueOperation::currentTicket(const QString &windowId)
{
    WindowState *w = window(windowId);
    if (!w)
        return nullptr;
    auto it = engine.m_state.tickets.find(w->currentTicket);
    if (w->currentTicket.isEmpty() || it == engine.m_state.tickets.end()) {
        result.error = {QueueError::Kind::Conflict, u"no_current_ticket"_s,
                        QueueText::tr("Window %1 has no ticket at the moment.").arg(engine.m_config.windowName(windowId))};
        return nullptr;
    }
    return &it.value();
}

Ticket *QueueOperation::ticket(const QString &ref)
{
    const Ticket *found = engine.ticket(ref);
    if (!found) {
        result.error = {QueueError::Kind::NotFound, u"unknown_ticket"_s, QueueText::tr("There is no ticket %1 today.").arg(ref)};
        return nullptr;
    }
    return &engine.m_state.tickets[found->id];
}

// --- QueueEngine -----------------------------------------------------------------------------------

QueueEngine::QueueEngine(QueueConfig config, const Clock &clock)
    : m_config(std::move(config)),
      m_clock(clock),
      m_policy(QueuePolicy::create(m_config.policy))
{
    if (!m_policy) // QueueConfig::fromJson refuses unknown kinds; a hand-made config falls back to the default
        m_policy = std::make_unique<WeightedAlternationPolicy>(m_config.policy.priorityPerNormal);
    if (!m_config.timeZone.isValid())
        m_config.timeZone = hallTimeZone({});
    ensureWindows();
}

QueueEngine::~QueueEngine() = default;

void QueueEngine::ensureWindows()
{
    for (auto it = m_state.windows.begin(); it != m_state.windows.end();) {
        if (!m_config.window(it.key()))
            it = m_state.windows.erase(it);
        else
            ++it;
    }
    for (const WindowConfig &w : m_config.windows) {
        if (!m_state.windows.contains(w.id))
            m_state.windows.insert(w.id, WindowState{w.id, false, {}, {}, {}, 0, {}});
    }
}

void QueueEngine::restore(QueueState state)
{
    m_state = std::move(state);
    ensureWindows();
    // A supervisor's reassignment outlives a restart: it is kept with the window's record.
    for (WindowConfig &w : m_config.windows) {
        const QList<WindowService> &assigned = m_state.windows.value(w.id).services;
        if (!assigned.isEmpty())
            w.services = assigned;
    }
}

QueueResult QueueEngine::startDayIfNeeded(const QString &actor)
{
    QueueOperation op(*this, actor);
    return op.done();
}

QueueResult QueueEngine::issue(const IssueRequest &request, const QString &actor)
{
    QueueOperation op(*this, actor);
    QString service = request.service;
    Appointment appointment;
    if (!request.bookingCode.isEmpty()) {
        const QString code = request.bookingCode.trimmed().toUpper();
        const auto it = m_state.bookings.constFind(code);
        if (it == m_state.bookings.constEnd())
            return op.fail(QueueError::Kind::NotFound, u"booking_not_found"_s,
                           QueueText::tr("There is no booking %1.").arg(code));
        const Booking &b = it.value();
        const auto local = [this](const QDateTime &t) { return t.toTimeZone(m_config.timeZone).toString(u"HH:mm"_s); };
        if (b.day != m_state.day)
            return op.fail(QueueError::Kind::Conflict, u"booking_other_day"_s,
                           QueueText::tr("Booking %1 is for %2, not today.").arg(code, b.day.toString(Qt::ISODate)));
        if (b.cancelled)
            return op.fail(QueueError::Kind::Conflict, u"booking_cancelled"_s,
                           QueueText::tr("Booking %1 was cancelled; please take a normal ticket.").arg(code));
        if (!b.ticketId.isEmpty())
            return op.fail(QueueError::Kind::Conflict, u"booking_used"_s,
                           QueueText::tr("Booking %1 was already checked in as ticket %2.").arg(code, b.ticketId));
        const QDateTime opens = b.slotStart.addSecs(-60LL * m_config.rules.appointmentEarlyMinutes);
        const QDateTime closes = b.slotEnd.addSecs(60LL * m_config.rules.appointmentLateMinutes);
        if (op.now < opens)
            return op.fail(QueueError::Kind::Conflict, u"booking_too_early"_s,
                           QueueText::tr("Booking %1 can be checked in from %2.").arg(code, local(opens)));
        if (op.now > closes)
            return op.fail(
                QueueError::Kind::Conflict, u"booking_missed"_s,
                QueueText::tr("The slot of booking %1 ended at %2; please take a normal ticket.").arg(code, local(b.slotEnd)));
        service = b.service;
        appointment = {b.code, b.slotStart, b.slotEnd};
    }
    const ServiceConfig *s = m_config.service(service);
    if (!s)
        return op.fail(QueueError::Kind::Invalid, u"unknown_service"_s, QueueText::tr("There is no service %1.").arg(service));
    if (!request.priority.isEmpty() && !m_config.hasPriority(request.priority))
        return op.fail(QueueError::Kind::Invalid, u"unknown_priority"_s,
                       QueueText::tr("There is no priority category %1.").arg(request.priority));
    const int number = m_state.counters.value(service).lastNumber + 1;
    if (s->dailyLimit > 0 && number > s->dailyLimit)
        return op.fail(QueueError::Kind::Conflict, u"service_full"_s,
                       QueueText::tr("%1 has issued all %2 tickets for today.").arg(s->name).arg(s->dailyLimit));

    const QString code = service + QString::number(number).rightJustified(3, u'0');
    const QString id = m_state.day.toString(u"yyyyMMdd"_s) + u'-' + code;
    QJsonValue appointmentValue;
    if (appointment.isValid()) {
        appointmentValue = QJsonObject{{u"bookingCode"_s, appointment.bookingCode},
                                       {u"slotStart"_s, appointment.slotStart.toUTC().toString(Qt::ISODateWithMs)},
                                       {u"slotEnd"_s, appointment.slotEnd.toUTC().toString(Qt::ISODateWithMs)}};
    }
    op.emitEvent(QueueEventType::TicketIssued, id, {},
                 {{u"service"_s, service},
                  {u"number"_s, number},
                  {u"code"_s, code},
                  {u"priority"_s, request.priority},
                  {u"order"_s, m_state.nextOrder},
                  {u"appointment"_s, appointmentValue}});
    op.result.ticketId = id;
    op.result.waitingAhead = std::max(0, placeInLine(m_state.tickets.value(id), op.now));
    return op.done();
}

QueueResult QueueEngine::registerBooking(const Booking &booking, const QString &actor)
{
    QueueOperation op(*this, actor);
    static const QRegularExpression codePattern(u"^[A-Z0-9-]{1,32}$"_s);
    const QString code = booking.code.trimmed().toUpper();
    const QDate day = dayOf(booking.slotStart);
    if (!codePattern.match(code).hasMatch() || !booking.slotStart.isValid() || !booking.slotEnd.isValid()
        || booking.slotEnd <= booking.slotStart || day < m_state.day)
        return op.fail(QueueError::Kind::Invalid, u"invalid_booking"_s,
                       QueueText::tr("A booking needs a code (capital letters, digits, '-'), a service and a slot of "
                                     "today or later that ends after it starts."));
    if (!m_config.service(booking.service))
        return op.fail(QueueError::Kind::Invalid, u"unknown_service"_s,
                       QueueText::tr("There is no service %1.").arg(booking.service));
    if (m_state.bookings.contains(code))
        return op.fail(QueueError::Kind::Conflict, u"booking_exists"_s,
                       QueueText::tr("Booking %1 is already registered.").arg(code));
    op.emitEvent(QueueEventType::BookingRegistered, {}, {},
                 bookingSlotData(code, booking.service, booking.slotStart, booking.slotEnd, day));
    return op.done();
}

QueueResult QueueEngine::linkCases(const QString &ticketRef, const QStringList &caseIds, const QString &actor)
{
    QueueOperation op(*this, actor);
    Ticket *t = op.ticket(ticketRef);
    if (!t)
        return op.done();
    if (t->state != TicketState::Called && t->state != TicketState::Completed)
        return op.fail(QueueError::Kind::Conflict, u"ticket_not_served"_s,
                       QueueText::tr("Ticket %1 is %2; cases are linked to a ticket at or after its window.")
                           .arg(t->code, ticketStateText(t->state)));
    QStringList fresh;
    for (const QString &raw : caseIds) {
        const QString id = raw.trimmed();
        if (id.isEmpty() || id.size() > 64)
            return op.fail(QueueError::Kind::Invalid, u"invalid_cases"_s,
                           QueueText::tr("A case id has 1 to 64 characters; a ticket has at most 20."));
        if (!t->caseIds.contains(id) && !fresh.contains(id))
            fresh.append(id);
    }
    if (t->caseIds.size() + fresh.size() > 20 || caseIds.isEmpty())
        return op.fail(QueueError::Kind::Invalid, u"invalid_cases"_s,
                       QueueText::tr("A case id has 1 to 64 characters; a ticket has at most 20."));
    op.result.ticketId = t->id;
    if (!fresh.isEmpty()) // linking the same case again is not an error and not an event
        op.emitEvent(QueueEventType::TicketCasesLinked, t->id, t->windowId, {{u"caseIds"_s, QJsonArray::fromStringList(fresh)}});
    return op.done();
}

QueueResult QueueEngine::rate(const QString &ticketRef, int rating, const QString &comment, const QString &actor,
                              const QStringList &reasons)
{
    QueueOperation op(*this, actor);
    Ticket *t = op.ticket(ticketRef);
    if (!t)
        return op.done();
    if (rating < 1 || rating > 5)
        return op.fail(QueueError::Kind::Invalid, u"invalid_rating"_s, QueueText::tr("A rating is a whole number from 1 to 5."));
    if (comment.size() > 200)
        return op.fail(QueueError::Kind::Invalid, u"invalid_rating"_s,
                       QueueText::tr("A rating comment has at most 200 characters."));
    if (QString why; !checkRatingReasons(rating, reasons, &why))
        return op.fail(QueueError::Kind::Invalid, u"invalid_rating"_s, why);
    if (t->state != TicketState::Completed)
        return op.fail(QueueError::Kind::Conflict, u"ticket_not_completed"_s,
                       QueueText::tr("Ticket %1 can be rated once it is completed.").arg(t->code));
    if (t->rating > 0)
        return op.fail(QueueError::Kind::Conflict, u"already_rated"_s,
                       QueueText::tr("Ticket %1 was already rated.").arg(t->code));
    op.result.ticketId = t->id;
    QJsonObject data{{u"service"_s, t->service}, {u"rating"_s, rating}, {u"comment"_s, comment.trimmed()}};
    if (!reasons.isEmpty()) // absent otherwise: the events of older halls read the same
        data.insert(u"reasons"_s, QJsonArray::fromStringList(reasons));
    op.emitEvent(QueueEventType::TicketRated, t->id, t->windowId, data);
    return op.done();
}

QueueResult QueueEngine::setWindowServices(const QString &windowId, const QList<WindowService> &services, const QString &actor)
{
    QueueOperation op(*this, actor);
    if (!op.window(windowId))
        return op.done();
    QJsonArray accepted;
    for (const WindowService &s : services) {
        if (!m_config.service(s.service))
            return op.fail(QueueError::Kind::Invalid, u"unknown_service"_s,
                           QueueText::tr("There is no service %1.").arg(s.service));
        if (s.weight < 1 || s.weight > 10)
            return op.fail(QueueError::Kind::Invalid, u"bad_request"_s,
                           QueueText::tr("A service's weight is a whole number from 1 to 10."));
        accepted.append(QJsonObject{{u"service"_s, s.service}, {u"weight"_s, s.weight}});
    }
    if (services.isEmpty())
        return op.fail(QueueError::Kind::Invalid, u"bad_request"_s, QueueText::tr("A window serves at least one service."));
    op.emitEvent(QueueEventType::WindowServicesChanged, {}, windowId,
                 {{u"services"_s, accepted}, {u"previous"_s, windowServicesJson(m_config.window(windowId)->services)}});
    return op.done();
}

QueueResult QueueEngine::record(QueueEventType type, const QString &windowId, const QJsonObject &data, const QString &actor)
{
    QueueOperation op(*this, actor);
    Q_ASSERT(type == QueueEventType::CaseReported || type == QueueEventType::WindowConnected
             || type == QueueEventType::WindowDisconnected);
    op.emitEvent(type, {}, windowId, data);
    return op.done();
}

QueueResult QueueEngine::pause(const QString &windowId, const QString &reason, const QString &actor)
{
    QueueOperation op(*this, actor);
    WindowState *w = op.window(windowId);
    if (!w)
        return op.done();
    if (reason.size() > 100)
        return op.fail(QueueError::Kind::Invalid, u"bad_request"_s, QueueText::tr("A pause reason has at most 100 characters."));
    if (w->paused)
        return op.fail(QueueError::Kind::Conflict, u"window_paused"_s,
                       QueueText::tr("Window %1 is paused.").arg(m_config.windowName(windowId)));
    // A window may pause with a ticket still at it: the clerk finishes that one and calls nobody new.
    op.emitEvent(QueueEventType::WindowPaused, {}, windowId, {{u"reason"_s, reason.trimmed()}});
    return op.done();
}

QueueResult QueueEngine::resume(const QString &windowId, const QString &actor)
{
    QueueOperation op(*this, actor);
    WindowState *w = op.window(windowId);
    if (!w)
        return op.done();
    if (!w->paused)
        return op.fail(QueueError::Kind::Conflict, u"window_not_paused"_s,
                       QueueText::tr("Window %1 is not paused.").arg(m_config.windowName(windowId)));
    op.emitEvent(QueueEventType::WindowResumed, {}, windowId, {});
    return op.done();
}

} // namespace ow
