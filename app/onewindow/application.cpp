#include "app/onewindow/application.h"

#include "app/onewindow/apptext.h"
#include "app/onewindow/roles/roles.h"
#include "core/files/logfile.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTextStream>

namespace ow {

namespace {

// A message box for the person at the screen, the same line on standard error for scripts and logs.
int fail(const QString &message)
{
    QTextStream(stderr) << "onewindow: " << message << '\n';
    QMessageBox::critical(nullptr, AppText::tr("OneWindow"), message);
    return 1;
}

using RoleFactory = bool (*)(RoleContext &, QString *);

RoleFactory factoryFor(const CommandLine &options)
{
    // The hall's faces need no database: a kiosk, a board, a rating screen or a dashboard is a client of
    // the hall service only. --demo opens the clerk's window with the whole hall around it.
    if (options.role == QLatin1String("kiosk"))
        return buildKiosk;
    if (options.role == QLatin1String("board"))
        return buildBoard;
    if (options.role == QLatin1String("rating"))
        return buildRating;
    if (options.role == QLatin1String("supervisor"))
        return buildSupervisor;
    return options.demo ? buildDemo : buildClerk;
}

// The desktop faces keep a size-capped log in their data folder, one file per face (a PC runs one; the
// demo runs them all in one process): support asks for it, and a window has no journal to write to.
void installLog(const CommandLine &options)
{
    const QString face = options.demo ? QStringLiteral("demo") : options.role.isEmpty() ? QStringLiteral("clerk") : options.role;
    const QString path = QDir(dataDirectory()).filePath(QStringLiteral("logs/onewindow-%1.log").arg(face));
    QString error;
    if (!LogFile::install({path}, &error))
        QTextStream(stderr) << "onewindow: "
                            << AppText::tr("Cannot write the log file %1: %2").arg(QDir::toNativeSeparators(path), error) << '\n';
}

} // namespace

Application::Application(CommandLine options)
    : m_options(std::move(options))
{}

int Application::run()
{
    installLog(m_options);
    if (!m_options.configProblems.isEmpty())
        return fail(AppText::tr("The configuration needs fixing first (onewindowctl config check says the same):\n%1")
                        .arg(m_options.configProblems.join(u'\n')));
    if (!m_options.voice)
        return fail(AppText::tr("--voice takes zh, en, zh+en or off."));
    RoleObjects objects; // destroyed before the network the clients use
    RoleContext context{m_options, &m_network, objects};
    QString error;
    if (!factoryFor(m_options)(context, &error))
        return error.isEmpty() ? 0 : fail(error);
    return QApplication::exec();
}

} // namespace ow
