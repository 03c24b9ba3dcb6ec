#include "core/hall/server/hallcore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

constexpr int LatestCalls = 10;

bool isCall(const QJsonObject &message)
{
    const QString type = message.value(u"type"_s).toString();
    return type == queueEventTypeName(QueueEventType::TicketCalled) || type == queueEventTypeName(QueueEventType::TicketRecalled);
}

} // namespace

HallCore::HallCore(const HallConfig &config, const Clock &clock)
    : m_config(config),
      m_engine(config.queue, clock)
{}

bool HallCore::open(const QString &databasePath, QString *error)
{
    if (!m_store.open(databasePath, error))
        return false;
    QueueState state;
    if (!m_store.load(&state, error))
        return false;
    m_engine.restore(state);
    m_today = QueueStatistics(state.day);
    m_latestCalls.clear();
    if (state.day.isValid()) {
        for (const QueueEvent &e : m_store.eventsOfDay(state.day, error))
            m_today.add(e);
        m_latestCalls = m_store.latestCalls(state.day, LatestCalls, error);
    }
    qCInfo(lcHall).noquote() << "restored" << databasePath << "day" << state.day.toString(Qt::ISODate) << "seq" << state.lastSeq
                             << "tickets" << state.tickets.size();
    return true;
}

HallCore::Outcome HallCore::execute(const std::function<QueueResult(QueueEngine &)> &operation, const Writes &alsoWrite)
{
    Outcome outcome;
    outcome.result = operation(m_engine);
    if (outcome.result.events.isEmpty())
        return outcome;
    const QJsonObject waiting = waitingJson(); // after the whole operation, for each of its events
    for (const QueueEvent &e : std::as_const(outcome.result.events))
        outcome.messages.append(message(e, outcome.result, waiting));

    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::function<bool(QString *)> extra =
        alsoWrite ? std::function<bool(QString *)>([&](QString *e) { return alsoWrite(m_store, e); })
                  : std::function<bool(QString *)>();
    if (!m_store.commit(outcome.result, m_engine.state(), outcome.messages, &error, extra)) {
        // The events never happened: go back to what the disk says.
        qCWarning(lcHall).noquote() << "commit failed, reloading the queue:" << error;
        outcome.storageError = error.isEmpty() ? u"commit failed"_s : error;
        outcome.messages.clear();
        QueueState state;
        QString reloadError;
        if (m_store.load(&state, &reloadError))
            m_engine.restore(state);
        else
            qCCritical(lcHall).noquote() << "cannot reload the queue:" << reloadError;
        return outcome;
    }
    qCDebug(lcHall) << "committed" << outcome.result.events.size() << "events in" << timer.nsecsElapsed() / 1000 << "us";
    for (const QueueEvent &e : std::as_const(outcome.result.events)) {
        if (e.type == QueueEventType::DayStarted)
            m_latestCalls.clear();
        m_today.add(e);
    }
    for (const QJsonObject &m : std::as_const(outcome.messages))
        remember(m);
    return outcome;
}

bool HallCore::streamOpened(const QString &windowId)
{
    return ++m_streams[windowId] == 1;
}

bool HallCore::streamClosed(const QString &windowId)
{
    auto it = m_streams.find(windowId);
    if (it == m_streams.end())
        return false;
    if (--it.value() > 0)
        return false;
    m_streams.erase(it);
    return true;
}

void HallCore::remember(const QJsonObject &message)
{
    if (!isCall(message))
        return;
    m_latestCalls.prepend(message);
    while (m_latestCalls.size() > LatestCalls)
        m_latestCalls.removeLast();
}

QJsonObject HallCore::message(const QueueEvent &event, const QueueResult &result, const QJsonObject &waiting) const
{
    QJsonObject m = event.toJson();
    if (!event.ticketId.isEmpty()) {
        const auto it = result.tickets.constFind(event.ticketId);
        m.insert(u"ticket"_s, it != result.tickets.constEnd() ? it->toJson() : ticketJson(event.ticketId));
    }
    if (!event.windowId.isEmpty())
        m.insert(u"window"_s, windowJson(event.windowId));
    m.insert(u"waiting"_s, waiting);
    return m;
}

QJsonObject HallCore::ticketJson(const QString &ticketId) const
{
    const Ticket *t = m_engine.ticket(ticketId);
    return t ? t->toJson() : QJsonObject();
}

QJsonObject HallCore::windowJson(const QString &windowId) const
{
    // The engine's config, not ours: a supervisor's reassignment changed the engine's services.
    const WindowConfig *config = m_engine.config().window(windowId);
    const WindowState *state = m_engine.window(windowId);
    if (!config || !state)
        return {};
    QJsonObject o = state->toJson();
    o.insert(u"name"_s, config->name);
    o.insert(u"services"_s, windowServicesJson(config->services));
    o.insert(u"comprehensive"_s, config->comprehensive);
    o.insert(u"connected"_s, isConnected(windowId));
    const QJsonObject current = state->currentTicket.isEmpty() ? QJsonObject() : ticketJson(state->currentTicket);
    o.insert(u"current"_s, current.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(current));
    return o;
}

QJsonObject HallCore::waitingJson() const
{
    QHash<QString, int> counts;
    for (const Ticket &t : m_engine.state().tickets) {
        if (t.state == TicketState::Waiting)
            ++counts[t.service];
    }
    QJsonObject o;
    for (const ServiceConfig &s : m_config.queue.services)
        o.insert(s.code, counts.value(s.code));
    return o;
}

QJsonObject HallCore::health() const
{
    const QueueState &s = m_engine.state();
    return {{u"status"_s, u"ok"_s},
            {u"hall"_s, m_config.queue.hallCode},
            {u"seq"_s, s.lastSeq},
            {u"day"_s, s.day.isValid() ? QJsonValue(s.day.toString(Qt::ISODate)) : QJsonValue()}};
}

QJsonObject HallCore::windowQueueJson(const QString &windowId) const
{
    if (!m_engine.window(windowId) || !m_engine.config().window(windowId))
        return {};
    const QDateTime now = m_engine.clock().now();
    const QList<const Ticket *> callable = m_engine.callOrder(windowId, now);
    QJsonArray tickets;
    for (const QList<const Ticket *> &part : {callable, m_engine.waitingLater(windowId, now)})
        for (const Ticket *t : part)
            tickets.append(t->toJson());
    return {{u"window"_s, windowId}, {u"tickets"_s, tickets}, {u"callable"_s, callable.size()}, {u"seq"_s, lastSequence()}};
}

QJsonObject HallCore::snapshot() const
{
    const QueueState &s = m_engine.state();
    const QJsonObject waiting = waitingJson();
    QJsonArray services;
    for (const ServiceConfig &c : m_config.queue.services) {
        services.append(QJsonObject{{u"code"_s, c.code},
                                    {u"name"_s, c.name},
                                    {u"waiting"_s, waiting.value(c.code)},
                                    {u"issued"_s, s.counters.value(c.code).lastNumber}});
    }
    QJsonArray windows;
    for (const WindowConfig &w : m_config.queue.windows)
        windows.append(windowJson(w.id));
    QJsonArray waitingTickets;
    for (const Ticket *t : m_engine.waitingTickets())
        waitingTickets.append(t->toJson());
    QJsonArray calls;
    for (const QJsonObject &m : m_latestCalls) {
        const QString windowId = m.value(u"windowId"_s).toString();
        calls.append(QJsonObject{{u"seq"_s, m.value(u"seq"_s)},
                                 {u"at"_s, m.value(u"at"_s)},
                                 {u"type"_s, m.value(u"type"_s)},
                                 {u"windowId"_s, windowId},
                                 {u"windowName"_s, m_config.queue.windowName(windowId)},
                                 {u"ticket"_s, m.value(u"ticket"_s)}});
    }
    QJsonArray priorities;
    for (const PriorityCategory &p : m_config.queue.priorities)
        priorities.append(QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}});
    return {
        // timeZone: a supervisor's PC may be set to another zone; the hall's days are what it counts in.
        {u"hall"_s, QJsonObject{{u"code"_s, m_config.queue.hallCode},
                                {u"name"_s, m_config.queue.hallName},
                                {u"timeZone"_s, QString::fromUtf8(m_config.queue.timeZone.id())}}},
        {u"seq"_s, s.lastSeq},
        {u"day"_s, s.day.isValid() ? QJsonValue(s.day.toString(Qt::ISODate)) : QJsonValue()},
        {u"at"_s, m_engine.clock().now().toUTC().toString(Qt::ISODateWithMs)},
        {u"policy"_s,
         QJsonObject{{u"kind"_s, m_config.queue.policy.kind}, {u"priorityPerNormal"_s, m_config.queue.policy.priorityPerNormal}}},
        {u"priorityCategories"_s, priorities},
        {u"services"_s, services},
        {u"windows"_s, windows},
        {u"waiting"_s, waitingTickets},
        {u"latestCalls"_s, calls},
    };
}

QJsonObject HallCore::statistics(const QDate &day, QString *error)
{
    if (!day.isValid() || day == m_today.day())
        return m_today.toJson();
    QueueStatistics stats(day);
    for (const QueueEvent &e : m_store.eventsOfDay(day, error))
        stats.add(e);
    return stats.toJson();
}

int HallCore::forgetOldBookingContacts()
{
    const QDate today = m_engine.dayOf(m_engine.clock().now());
    if (!today.isValid() || today == m_contactsForgottenOn)
        return 0;
    QString error;
    const int forgotten = m_store.forgetBookingContacts(today.addDays(-m_config.bookings.keepContactDays()), &error);
    if (forgotten < 0) {
        qCWarning(lcHall).noquote() << "cannot blank old bookings' names and phones:" << error;
        return -1;
    }
    m_contactsForgottenOn = today;
    if (forgotten > 0)
        qCInfo(lcHall) << "blanked the name and phone of" << forgotten << "bookings older than"
                       << m_config.bookings.keepContactDays() << "days";
    return forgotten;
}

} // namespace ow
