#pragma once
// The process's file descriptor limit and the connection cap under it. Every connection is a descriptor;
// at the limit accept() fails with EMFILE and QTcpServer's notifier fires again at once, so the service
// spins and answers nobody. The service raises its soft limit to the hard one at start and keeps its
// connection cap below the limit with room for the database, the journal and the event loop's pipes.

namespace ow::filelimit {

// Raises RLIMIT_NOFILE's soft limit to its hard limit; returns the soft limit now in force (-1: unknown).
long raiseToHard();
// The soft limit in force (-1: unknown).
long soft();
// Descriptors kept free for everything that is not a connection.
constexpr long Reserve = 64;
// wanted, lowered so that the descriptors open now plus the cap plus Reserve stay under the soft limit.
int connectionCap(int wanted);

} // namespace ow::filelimit
