#include "tests/support/test_support.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

namespace owtest {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(ONEWINDOW_SOURCE_DIR)).filePath(relative);
}

QString binPath(const QString &program)
{
    return QDir(QStringLiteral(ONEWINDOW_BIN_DIR)).filePath(program);
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

namespace {

// Runs program to its end; input, when given (not null), is written to its standard input, then closed.
ProgramRun run(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    ProgramRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs)
{
    return run(program, args, {}, timeoutMs);
}

ProgramRun runProgramWithInput(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    return run(program, args, input, timeoutMs);
}

QString toolOutput(const QString &tool, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " is not installed: scripts/deps.sh installs it");
    REQUIRE_FALSE(exe.isEmpty());
    const ProgramRun r = runProgram(exe, args, 60000);
    INFO(tool.toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QString pdfText(const QString &path)
{
    return toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // procfs files report size 0: read everything at once rather than testing atEnd().
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

bool waitFor(const std::function<bool()> &pred, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!pred()) {
        if (deadline.hasExpired())
            return pred();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace owtest
