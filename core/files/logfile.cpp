#include "core/files/logfile.h"

#include "core/files/logredaction.h"
#include "core/files/privatefiles.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ow::LogFile {

namespace {

struct State {
    QMutex mutex;
    Options options;
    QFile file;
    bool installed = false;
    bool journal = false; // stderr is systemd's journal: lines carry its priority prefix
};

State &state()
{
    static State s;
    return s;
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 'D';
    case QtInfoMsg: return 'I';
    case QtWarningMsg: return 'W';
    case QtCriticalMsg: return 'C';
    case QtFatalMsg: return 'F';
    }
    return '?';
}

// sd-daemon(3): "<N>" at the start of a line sets the journal's priority (3 err, 4 warning, 6 info, 7 debug).
const char *journalPrefix(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "<7>";
    case QtInfoMsg: return "<6>";
    case QtWarningMsg: return "<4>";
    case QtCriticalMsg:
    case QtFatalMsg: return "<3>";
    }
    return "";
}

bool openFile(State &s, QString *error)
{
    s.file.setFileName(s.options.path);
    const bool created = !s.file.exists();
    if (!PrivateFiles::makeFolder(QFileInfo(s.options.path).absolutePath()) || !s.file.open(QIODevice::Append)
        || (created && !PrivateFiles::restrict(s.file))) {
        if (error)
            *error = s.file.errorString();
        s.file.close();
        return false;
    }
    return true;
}

// path.keep is dropped, path.(n) becomes path.(n+1), the current file path.1; a new one is begun.
void rotate(State &s)
{
    s.file.close();
    const QString &path = s.options.path;
    QFile::remove(generation(path, s.options.keep));
    for (int n = s.options.keep - 1; n >= 1; --n)
        QFile::rename(generation(path, n), generation(path, n + 1));
    if (s.options.keep >= 1)
        QFile::rename(path, generation(path, 1));
    else
        QFile::remove(path);
    openFile(s, nullptr);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    const QString text = LogRedaction::redact(message);
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray("default");
    QMutexLocker lock(&s.mutex);
    if (s.file.isOpen()) {
        const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelLetter(type)
                                + ' ' + category + ": " + text.toUtf8() + '\n';
        if (s.file.size() > 0 && s.file.size() + line.size() > s.options.maxBytes)
            rotate(s);
        if (s.file.isOpen()) {
            s.file.write(line);
            s.file.flush(); // a crash right after must still leave the line that explains it
        }
    }
    const bool toStandardError =
        !s.file.isOpen()
        || (s.options.alsoStandardError && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg));
    if (toStandardError) {
        const QByteArray line =
            (s.journal ? QByteArray(journalPrefix(type)) : QByteArray()) + category + ": " + text.toLocal8Bit() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
}

} // namespace

QString generation(const QString &path, int n)
{
    return path + u'.' + QString::number(n);
}

bool install(const Options &options, QString *error)
{
    State &s = state();
    bool ok = true;
    {
        QMutexLocker lock(&s.mutex);
        s.file.close();
        s.options = options;
        s.options.maxBytes = qMax<qint64>(options.maxBytes, 4096);
        s.options.keep = qBound(0, options.keep, 20);
        s.journal = qEnvironmentVariableIsSet("JOURNAL_STREAM");
        if (!s.options.path.isEmpty())
            ok = openFile(s, error);
        s.installed = true;
    }
    qInstallMessageHandler(handler);
    return ok;
}

void uninstall()
{
    State &s = state();
    qInstallMessageHandler(nullptr);
    QMutexLocker lock(&s.mutex);
    s.file.close();
    s.installed = false;
}

} // namespace ow::LogFile
