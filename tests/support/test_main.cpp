// The one main() every Catch2 test program shares.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>
#ifdef ONEWINDOW_TEST_GUI
#include <QApplication>
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
#ifdef ONEWINDOW_TEST_GUI
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTests"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-tests"));
    return Catch::Session().run(argc, argv);
}
