#pragma once
// onewindow's composition root: builds the face the options ask for (roles/roles.h) and runs it.

#include "app/onewindow/commandline.h"

#include <QNetworkAccessManager>

namespace ow {

class Application
{
public:
    explicit Application(CommandLine options);
    int run(); // the exit code; says why in a message box when the face cannot start

private:
    CommandLine m_options;
    QNetworkAccessManager m_network; // outlives every client a role makes
};

} // namespace ow
