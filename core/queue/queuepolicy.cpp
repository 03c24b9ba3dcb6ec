#include "core/queue/queuepolicy.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace ow {

std::unique_ptr<QueuePolicy> QueuePolicy::create(const PolicyConfig &config)
{
    if (config.kind == u"strict"_s)
        return std::make_unique<StrictPriorityPolicy>();
    if (config.kind == u"weighted"_s)
        return std::make_unique<WeightedAlternationPolicy>(config.priorityPerNormal);
    if (config.kind == u"appointment_first"_s)
        return std::make_unique<AppointmentFirstPolicy>();
    return nullptr;
}

const QueueCandidate *QueuePolicy::best(const QList<QueueCandidate> &candidates, std::initializer_list<TicketClass> classes)
{
    const QueueCandidate *winner = nullptr;
    for (const QueueCandidate &c : candidates) {
        if (std::find(classes.begin(), classes.end(), c.cls) == classes.end())
            continue;
        if (!winner) {
            winner = &c;
            continue;
        }
        const auto key = [](const QueueCandidate &x) { return std::make_tuple(-x.score, x.ticket->order, x.ticket->id); };
        if (key(c) < key(*winner))
            winner = &c;
    }
    return winner;
}

const QueueCandidate *QueuePolicy::bestInOrder(const QList<QueueCandidate> &candidates, std::initializer_list<TicketClass> order)
{
    for (TicketClass cls : order) {
        if (const QueueCandidate *c = best(candidates, {cls}))
            return c;
    }
    return nullptr;
}

QString StrictPriorityPolicy::kind() const
{
    return u"strict"_s;
}

const QueueCandidate *StrictPriorityPolicy::choose(const QList<QueueCandidate> &candidates, int) const
{
    return bestInOrder(candidates, {TicketClass::Priority, TicketClass::Appointment, TicketClass::Normal});
}

WeightedAlternationPolicy::WeightedAlternationPolicy(int priorityPerNormal)
    : m_priorityPerNormal(std::max(1, priorityPerNormal))
{}

QString WeightedAlternationPolicy::kind() const
{
    return u"weighted"_s;
}

const QueueCandidate *WeightedAlternationPolicy::choose(const QList<QueueCandidate> &candidates, int priorityStreak) const
{
    if (priorityStreak >= m_priorityPerNormal) {
        if (const QueueCandidate *c = best(candidates, {TicketClass::Normal}))
            return c;
    }
    if (const QueueCandidate *c = best(candidates, {TicketClass::Priority, TicketClass::Appointment}))
        return c;
    return best(candidates, {TicketClass::Normal});
}

QString AppointmentFirstPolicy::kind() const
{
    return u"appointment_first"_s;
}

const QueueCandidate *AppointmentFirstPolicy::choose(const QList<QueueCandidate> &candidates, int) const
{
    return bestInOrder(candidates, {TicketClass::Appointment, TicketClass::Priority, TicketClass::Normal});
}

} // namespace ow
