#pragma once
// "onewindow-hall backup --db PATH --to FILE": the hall server's own backup, so the nightly timer of the
// hall package needs no program of the counter's package (core/storage/databasebackup.h does the work;
// onewindowctl restore puts a copy back).

#include <QStringList>

namespace ow {

// arguments: the program's arguments from "backup" on. Returns the exit code (0 done, 1 failed, 2 usage).
int runHallBackup(const QStringList &arguments);

} // namespace ow
