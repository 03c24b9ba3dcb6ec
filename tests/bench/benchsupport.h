#pragma once
// Small helpers for the benchmark programs: percentiles and the process's resident memory.

#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>
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

// VmRSS from /proc/self/status, in KiB; 0 where not available.
inline long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // procfs files report size 0, so read everything at once rather than testing atEnd().
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

} // namespace owbench
