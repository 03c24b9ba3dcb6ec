#include "app/onewindow-hall/hallprogram.h"

#include "app/common/quitonsignals.h"
#include "core/hall/server/filelimit.h"
#include "core/hall/server/hallcore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace ow {

HallProgram::HallProgram(HallServer::Options options)
    : m_options(std::move(options))
{}

int HallProgram::run(QCoreApplication &app)
{
    QString error;
    if (!m_server.start(m_options, &error)) {
        QTextStream(stderr) << "onewindow-hall: " << error << '\n';
        return 1;
    }
    // Nothing is lost on a signal either way: every operation was committed before it was answered; a
    // clean exit only closes the connections politely.
    quitOnSignals(app);

    QTextStream out(stdout);
    const QueueState &state = m_server.core()->engine().state();
    out << "onewindow-hall: listening on " << m_server.baseUrl().toString() << '\n'
        << "onewindow-hall: at most " << m_server.connectionCap() << " connections (file limit " << filelimit::soft() << ")\n"
        << "onewindow-hall: hall " << m_options.config.queue.hallCode << ", database "
        << QDir::toNativeSeparators(m_options.databasePath) << ", day " << state.day.toString(Qt::ISODate) << ", event "
        << state.lastSeq << ", " << state.tickets.size() << " tickets today, " << m_options.config.queue.windows.size()
        << " windows\n";
    out.flush();
    const int code = QCoreApplication::exec();
    m_server.stop();
    return code;
}

} // namespace ow
