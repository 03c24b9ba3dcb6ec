#include "test_support.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
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
