#pragma once
// Where the programs' log messages go. The desktop programs write a size-capped, rotating file in their
// data folder (owner-only: support may ask for it, and it must stay small on a counter PC's disk); the
// hall service writes to standard error, where systemd's journal takes it. Every line is redacted first
// (logredaction.h). Installed once by each program's composition root, before anything logs.

#include <QString>

namespace ow::LogFile {

struct Options {
    QString path;                      // the log file; empty: standard error only
    qint64 maxBytes = 4 * 1024 * 1024; // the file is rotated when a line would take it past this
    int keep = 3;                      // path.1 ... path.keep are kept; older ones go
    bool alsoStandardError = true;     // warnings and worse also to stderr (a terminal, the journal)
};

// Installs the handler. False and *error when the file cannot be created (then messages go to stderr
// only, still redacted, and the caller decides whether to tell anyone).
bool install(const Options &options, QString *error = nullptr);
// Restores Qt's default handler and closes the file (tests; a program simply exits).
void uninstall();

// The file a rotation would give the n-th older generation: path.n.
QString generation(const QString &path, int n);

} // namespace ow::LogFile
