// ConnectionRegistry: every open connection of the hall service, the cap on their number and who is evicted
// to make room. The guard of each connection is in connectionguard.cpp.
#include "core/hall/protocol/halllog.h"
#include "core/hall/server/connectionguard.h"
#include "core/hall/server/filelimit.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace ow {

ConnectionRegistry::ConnectionRegistry(const ConnectionLimits &limits, RequestPolicy policy, QObject *parent)
    : QObject(parent),
      m_limits(limits),
      m_policy(std::move(policy)),
      m_cap(filelimit::connectionCap(limits.maxConnections))
{
    if (m_cap < limits.maxConnections)
        qCWarning(lcHallLimits).noquote() << "at most" << m_cap << "connections instead of" << limits.maxConnections
                                          << "under the file descriptor limit" << filelimit::soft();
    m_clock.start();
    m_sweep = new QTimer(this);
    const int shortest = std::min({limits.headerTimeoutMs, limits.bodyTimeoutMs, limits.idleTimeoutMs, limits.lingerMs});
    m_sweep->setInterval(std::clamp(shortest / 4, 20, 500));
    connect(m_sweep, &QTimer::timeout, this, &ConnectionRegistry::sweep);
    m_sweep->start();
}

ConnectionRegistry::~ConnectionRegistry() = default;

bool ConnectionRegistry::makeRoom()
{
    if (openCount() < m_cap)
        return true;
    if (evictOne())
        return true;
    ++m_refused;
    return false;
}

bool ConnectionRegistry::evictOne()
{
    // The victim: a connection already refused, else the one idle longest, else the oldest unfinished
    // request (a legitimate one takes milliseconds, a slowloris one forever). Never a stream.
    ConnectionGuard *victim = nullptr;
    int victimRank = INT_MAX;
    for (ConnectionGuard *guard : std::as_const(m_open)) {
        int rank = 0;
        switch (guard->state()) {
        case ConnectionGuard::State::Closing: rank = 0; break;
        case ConnectionGuard::State::Idle: rank = 1; break;
        case ConnectionGuard::State::Head:
        case ConnectionGuard::State::Upgrading: rank = 2; break;
        case ConnectionGuard::State::Body: rank = 3; break;
        case ConnectionGuard::State::Stream:
        case ConnectionGuard::State::Closed: continue;
        }
        if (rank < victimRank || (rank == victimRank && guard->since() < victim->since())) {
            victim = guard;
            victimRank = rank;
        }
    }
    if (!victim)
        return false;
    ++m_evictions;
    victim->evict();
    return true;
}

void ConnectionRegistry::adopt(QTcpSocket *socket)
{
    new ConnectionGuard(socket, this);
}

ConnectionGuard *ConnectionRegistry::find(const QHostAddress &address, quint16 port) const
{
    for (ConnectionGuard *guard : m_open)
        if (guard->peerPort() == port && guard->peerAddress().isEqual(address, QHostAddress::TolerantConversion))
            return guard;
    return nullptr;
}

void ConnectionRegistry::streamOpened(const QHostAddress &address, quint16 port)
{
    if (ConnectionGuard *guard = find(address, port))
        guard->becameStream();
}

void ConnectionRegistry::streamClosed(const QHostAddress &address, quint16 port)
{
    if (ConnectionGuard *guard = find(address, port))
        guard->streamEnded();
}

void ConnectionRegistry::sweep()
{
    const qint64 t = now();
    const QList<ConnectionGuard *> open = m_open; // a deadline closes, which changes m_open
    for (ConnectionGuard *guard : open)
        guard->checkDeadline(t);
}

} // namespace ow
