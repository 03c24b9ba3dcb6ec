#pragma once
// onewindow-hall's command line: the server's options, checked (docs/hall-api.md, README "hall service").

#include "core/hall/server/hallserver.h"

#include <QCoreApplication>

namespace ow {

struct HallProgramText {
    Q_DECLARE_TR_FUNCTIONS(onewindow_hall)
};

// Exits on --help and --version; false with the reason when an option is wrong.
bool parseHallCommandLine(const QCoreApplication &app, HallServer::Options *options, QString *error);

} // namespace ow
