#pragma once
// onewindow-hall once its options are read: the server, what it says on standard output (its first
// line is its address: the demo and the tests read the port from it), until SIGTERM or SIGINT.

#include "core/hall/server/hallserver.h"

class QCoreApplication;

namespace ow {

class HallProgram
{
public:
    explicit HallProgram(HallServer::Options options);
    int run(QCoreApplication &app); // the exit code; 1 with the reason on standard error

private:
    HallServer::Options m_options;
    HallServer m_server;
};

} // namespace ow
