#pragma once
// What both hall benchmarks do with the onewindow-hall process they start: read its start banner and its
// memory from /proc.

#include "tests/bench/benchsupport.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace owbench {

// Starts program with args (its errors go to ours) and returns what it printed until its first `lines`
// lines were out, or 10 s passed.
inline QByteArray startHallProcess(QProcess &hall, const QString &program, const QStringList &args, int lines)
{
    hall.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    hall.start(program, args);
    QByteArray banner;
    for (int i = 0; i < 100 && banner.count('\n') < lines; ++i) {
        hall.waitForReadyRead(100);
        banner += hall.readAllStandardOutput();
    }
    return banner;
}

// The service's resident and peak memory, in KiB.
struct HallMemory {
    long rssKiB = 0, peakKiB = 0;
};

inline HallMemory hallMemory(qint64 pid)
{
    return {statusKiB(pid, "VmRSS"), statusKiB(pid, "VmHWM")};
}

} // namespace owbench
