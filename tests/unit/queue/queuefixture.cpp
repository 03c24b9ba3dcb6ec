#include "tests/unit/queue/queuefixture.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace owtest {

ow::QueueConfig smallHall(const QString &policy, int priorityPerNormal)
{
    ow::QueueConfig c;
    c.hallCode = u"TEST"_s;
    c.hallName = u"测试大厅"_s;
    c.timeZone = QTimeZone(8 * 3600);
    c.policy = {policy, priorityPerNormal};
    c.rules = {30, 3, 60, 15};
    c.priorities = {{u"elderly"_s, u"老年人"_s}, {u"disabled"_s, u"残疾人"_s}};
    c.services = {{u"A"_s, u"综合受理"_s, 0}, {u"B"_s, u"不动产登记"_s, 0}, {u"E"_s, u"出件"_s, 0}};
    c.windows = {{u"W1"_s, u"1号窗口"_s, {{u"A"_s, 1}, {u"E"_s, 1}}},
                 {u"W2"_s, u"2号窗口"_s, {{u"B"_s, 1}}},
                 {u"W3"_s, u"3号窗口"_s, {{u"A"_s, 3}, {u"B"_s, 1}}}};
    return c;
}

QDateTime morning()
{
    return QDateTime(QDate(2026, 11, 28), QTime(1, 0), Qt::UTC);
}

Hall::Hall(const ow::QueueConfig &config)
    : clock(morning()),
      engine(config, clock)
{}

ow::QueueResult Hall::keep(ow::QueueResult result)
{
    log.append(result.events);
    return result;
}

QString Hall::issue(const QString &service, const QString &priority)
{
    const ow::QueueResult r = keep(engine.issue({service, priority, {}}, u"kiosk:test"_s));
    return r.ok() ? engine.state().tickets.value(r.ticketId).code : QString();
}

QString Hall::next(const QString &window)
{
    const ow::QueueResult r = keep(engine.callNext(window, u"window:"_s + window));
    REQUIRE(r.ok());
    return r.ticketId.isEmpty() ? QString() : engine.state().tickets.value(r.ticketId).code;
}

ow::QueueResult Hall::done(const QString &window, const QString &outcome)
{
    return keep(engine.complete(window, outcome, u"window:"_s + window));
}

const ow::Ticket &Hall::ticket(const QString &code) const
{
    const ow::Ticket *t = engine.ticket(code);
    REQUIRE(t);
    return *t;
}

QString Hall::current(const QString &window) const
{
    const ow::WindowState *w = engine.window(window);
    if (!w || w->currentTicket.isEmpty())
        return {};
    return engine.state().tickets.value(w->currentTicket).code;
}

} // namespace owtest
