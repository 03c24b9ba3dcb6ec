#pragma once
// The ordering between classes of waiting tickets is a policy, chosen per hall, because "priority
// always jumps" is what users of other systems complain about: with many elderly applicants a strict
// 绿色通道 starves everyone else. Inside one class every policy takes the most urgent candidate (highest
// weighted wait); the policies differ only in which class goes first.

#include "core/queue/queueconfig.h"
#include "core/queue/queuetypes.h"

#include <QList>

#include <memory>

namespace ow {

struct QueueCandidate {
    const Ticket *ticket = nullptr;
    TicketClass cls = TicketClass::Normal;
    double score = 0; // waited ms × the window's weight for the ticket's service
};

class QueuePolicy
{
public:
    virtual ~QueuePolicy() = default;
    virtual QString kind() const = 0;
    // Picks the ticket a window calls from a non-empty list of eligible candidates. priorityStreak is how
    // many priority or appointment tickets this window called in a row (WindowState::priorityStreak).
    virtual const QueueCandidate *choose(const QList<QueueCandidate> &candidates, int priorityStreak) const = 0;

    // The policy a config names; nullptr for an unknown kind (QueueConfig::fromJson refuses those).
    static std::unique_ptr<QueuePolicy> create(const PolicyConfig &config);

    // The most urgent candidate of the given classes: highest score, then earliest order, then id, so
    // the choice never depends on the order of the list. nullptr when none is of those classes.
    static const QueueCandidate *best(const QList<QueueCandidate> &candidates, std::initializer_list<TicketClass> classes);
    // The best of the first class in `order` that has a candidate.
    static const QueueCandidate *bestInOrder(const QList<QueueCandidate> &candidates, std::initializer_list<TicketClass> order);
};

// Priority, then appointment, then normal.
class StrictPriorityPolicy final : public QueuePolicy
{
public:
    QString kind() const override;
    const QueueCandidate *choose(const QList<QueueCandidate> &candidates, int priorityStreak) const override;
};

// N priority-or-appointment calls, then one normal call when a normal ticket waits (N:1).
class WeightedAlternationPolicy final : public QueuePolicy
{
public:
    explicit WeightedAlternationPolicy(int priorityPerNormal);
    QString kind() const override;
    const QueueCandidate *choose(const QList<QueueCandidate> &candidates, int priorityStreak) const override;

private:
    int m_priorityPerNormal;
};

// Appointments whose slot has started, then priority, then normal.
class AppointmentFirstPolicy final : public QueuePolicy
{
public:
    QString kind() const override;
    const QueueCandidate *choose(const QList<QueueCandidate> &candidates, int priorityStreak) const override;
};

} // namespace ow
