#pragma once
// onewindow-platform's two commands once their options are read: serving the reference platform (its
// first line on standard output is its address: the demo and the tests read the port from it), and
// moving one case on ("advance").

#include "app/common/console.h"
#include "core/platform/platformserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

namespace ow {

struct PlatformText {
    Q_DECLARE_TR_FUNCTIONS(onewindow_platform)
};

QString defaultPlatformDatabase();
// Parses with --help; false when the program ends here, with *exitCode (0 after --help, 2 on an error).
bool parsePlatformArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

class PlatformProgram
{
public:
    struct Options {
        QHostAddress address;
        quint16 port = 8080;
        QString databasePath;
        QStringList tokens;
        QString catalogPath; // a file or a resource
        int advanceEvery = 0;
        PlatformFaults faults;
        QString tlsCertificate; // both or neither
        QString tlsKey;
    };
    // Exits with the code in *exitCode when false: --help (0), a wrong option (2).
    static bool parseServe(const QStringList &arguments, Options *options, int *exitCode);

    explicit PlatformProgram(Options options);
    int serve(); // until the process is ended; 1 with the reason on standard error

private:
    Options m_options;
};

// "onewindow-platform advance CASE [--to STATUS] [--department NAME] [--db PATH]"
int advanceCase(const QStringList &arguments);

} // namespace ow
