#include "app/onewindow/demo/serviceprocess.h"

#include "app/onewindow/apptext.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDemoServices, "onewindow.demo")

namespace ow {

namespace {

constexpr qsizetype ErrorTailBytes = 2000;
constexpr qsizetype MaxLineBytes = 64 * 1024; // a service line is a log line; past this it is no line at all

} // namespace

ServiceProcess::ServiceProcess(QString program, QStringList arguments, QObject *parent)
    : QObject(parent),
      m_program(std::move(program)),
      m_arguments(std::move(arguments))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ServiceProcess::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &ServiceProcess::readErrors);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(AppText::tr("%1 could not be run: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        readErrors();
        if (m_url.isValid()) // the window goes on and says the service cannot be reached, as for a real one
            qCWarning(lcDemoServices).noquote() << m_program << "ended with exit code" << code;
        fail(AppText::tr("%1 ended before it was listening (exit code %2).\n%3")
                 .arg(m_program)
                 .arg(code)
                 .arg(QString::fromLocal8Bit(m_errorTail).trimmed()));
    });
}

ServiceProcess::~ServiceProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate(); // both services end cleanly on SIGTERM
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ServiceProcess::start()
{
    // The service speaks the window's language: its messages reach the clerk (hall errors, parked items).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QLocale().uiLanguages().join(u':'));
    m_process.setProcessEnvironment(environment);
    const pid_t parent = ::getpid();
    m_process.setChildProcessModifier([parent] {
        // Runs in the child between fork and exec: SIGTERM when this program dies, however it dies; and
        // if it died before this line, the service must not start at all.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
    m_process.start(QDir(QCoreApplication::applicationDirPath()).filePath(m_program), m_arguments);
}

void ServiceProcess::readOutput()
{
    m_pendingLine += m_process.readAllStandardOutput();
    if (m_pendingLine.size() > MaxLineBytes && !m_pendingLine.contains('\n'))
        m_pendingLine.clear(); // output without line ends is never the listening line: do not keep it
    qsizetype end;
    while ((end = m_pendingLine.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pendingLine.left(end)).trimmed();
        m_pendingLine.remove(0, end + 1);
        qCInfo(lcDemoServices).noquote() << m_program << line;
        // "onewindow-hall: listening on http://127.0.0.1:PORT", "onewindow-platform listening on http://…"
        // (translated around the address): the first address in a line says it is ready.
        static const QRegularExpression address(QStringLiteral("https?://[^\\s/]+:\\d+"));
        if (const QRegularExpressionMatch m = address.match(line); m.hasMatch() && !isSettled()) {
            m_url = QUrl(m.captured());
            emit settled();
        }
    }
}

void ServiceProcess::readErrors()
{
    // The service's log goes on to this program's standard error, as it did when the services ran inside.
    const QByteArray bytes = m_process.readAllStandardError();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    m_errorTail = QByteArray(m_errorTail + bytes).right(ErrorTailBytes);
}

void ServiceProcess::fail(const QString &why)
{
    if (isSettled())
        return;
    m_failure = why;
    emit settled();
}

bool ServiceProcess::waitUntilListening(const QList<ServiceProcess *> &services, std::chrono::milliseconds timeout)
{
    const auto allSettled = [&services] {
        return std::all_of(services.begin(), services.end(), [](const ServiceProcess *s) { return s->isSettled(); });
    };
    if (!allSettled()) {
        QEventLoop loop;
        for (ServiceProcess *s : services)
            connect(s, &ServiceProcess::settled, &loop, [&] {
                if (allSettled())
                    loop.quit();
            });
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        loop.exec();
    }
    for (ServiceProcess *s : services) {
        if (!s->isSettled())
            s->fail(AppText::tr("%1 did not say it was listening within %2 seconds.")
                        .arg(s->m_program)
                        .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()));
    }
    return std::all_of(services.begin(), services.end(), [](const ServiceProcess *s) { return s->url().isValid(); });
}

} // namespace ow
