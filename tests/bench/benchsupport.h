#pragma once
// Small helpers for the benchmark programs: percentiles and the process's resident memory.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <vector>

namespace owbench {

// The p-th percentile (0-100) of the samples, nearest-rank.
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::size_t(std::max(0.0, std::ceil(p / 100.0 * double(samples.size())) - 1));
    return samples[std::min(rank, samples.size() - 1)];
}

// "p50 1.23 ms  p95 2.34 ms  max 3.45 ms": the given percentiles of the samples (100 is called max).
inline QString percentileLine(const std::vector<double> &samples, std::initializer_list<int> percentiles, int decimals)
{
    QStringList parts;
    for (const int p : percentiles) {
        const QString name = p == 100 ? QStringLiteral("max") : QStringLiteral("p%1").arg(p);
        parts << QStringLiteral("%1 %2 ms").arg(name).arg(percentile(samples, p), 0, 'f', decimals);
    }
    return parts.join(QStringLiteral("  "));
}

// A memory field of /proc/PID/status ("VmRSS", "VmHWM"), in KiB; 0 where not available. pid 0: this process.
inline long statusKiB(qint64 pid, const QByteArray &field)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // procfs files report size 0, so read everything at once rather than testing atEnd().
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLong();
    }
    return 0;
}

// This process's VmRSS, in KiB; 0 where not available.
inline long residentKiB()
{
    return statusKiB(0, "VmRSS");
}

} // namespace owbench
