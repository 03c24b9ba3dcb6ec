#pragma once
// SIGTERM (systemd stop, a parent stopping its demo services) and SIGINT end the event loop normally, so
// destructors run: a service closes its connections politely, the demo stops its child processes.

class QCoreApplication;

namespace ow {

void quitOnSignals(QCoreApplication &app);

} // namespace ow
