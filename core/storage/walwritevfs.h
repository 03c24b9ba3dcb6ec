#pragma once
// An SQLite VFS that writes a transaction's write-ahead-log frames in one system call instead of two per
// page (docs/adr/0009-decision-pages.md).
//
// SQLite appends each frame to the WAL with two writes, its 24-byte header and the page, then syncs once
// at commit. A decision changes some twenty pages: forty-odd small writes into the file system, which on
// a fast disk cost as much as the sync itself. This VFS wraps the platform's default one; for WAL files
// only it gathers writes that continue each other in memory and hands them to the file system as one
// write at the latest when SQLite syncs, reads, truncates, asks the size or closes the log, or when a
// write does not continue the previous one. Every other file, and every other call, passes straight through.
//
// Durability is unchanged: with synchronous=FULL (Database insists on it) SQLite syncs the log before it
// publishes a commit in the shared index, and the sync writes everything gathered first. A process
// killed before the sync loses only a transaction nobody was told had committed.

#include <QString>

class QSqlDatabase;

namespace ow::WalWriteVfs {

// The VFS's name, for "file:…?vfs=" URIs. Registered (not as the default) on first use.
const char *name();
// Registers the VFS once per process; false when SQLite has no default VFS to wrap.
bool ensureRegistered();
// An SQLite URI opening path through this VFS (for QSQLITE_OPEN_URI).
QString uriFor(const QString &path);
// Whether db's main database was opened through this VFS.
bool isInUse(const QSqlDatabase &db);

} // namespace ow::WalWriteVfs
