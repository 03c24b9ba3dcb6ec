#include "core/voice/pcmclip.h"

#include <QByteArray>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace ow {

qint64 PcmClip::durationMs() const
{
    return sampleRate > 0 ? qint64(samples.size()) * 1000 / sampleRate : 0;
}

void PcmClip::append(const PcmClip &other)
{
    if (other.samples.empty())
        return;
    if (samples.empty())
        sampleRate = other.sampleRate;
    Q_ASSERT(other.sampleRate == sampleRate);
    if (other.sampleRate != sampleRate)
        return;
    samples.insert(samples.end(), other.samples.begin(), other.samples.end());
}

void PcmClip::appendSilence(int milliseconds)
{
    if (milliseconds > 0)
        samples.insert(samples.end(), size_t(qint64(sampleRate) * milliseconds / 1000), qint16(0));
}

QByteArray PcmClip::toBytes() const
{
    QByteArray bytes(qsizetype(samples.size() * sizeof(qint16)), Qt::Uninitialized);
    qToLittleEndian<qint16>(samples.data(), qsizetype(samples.size()), bytes.data());
    return bytes;
}

double rootMeanSquare(const PcmClip &clip, qsizetype from, qsizetype count)
{
    const qsizetype size = qsizetype(clip.samples.size());
    from = std::clamp<qsizetype>(from, 0, size);
    const qsizetype end = count < 0 ? size : std::min(size, from + count);
    if (end <= from)
        return 0;
    double sum = 0;
    for (qsizetype i = from; i < end; ++i)
        sum += double(clip.samples[size_t(i)]) * clip.samples[size_t(i)];
    return std::sqrt(sum / double(end - from));
}

} // namespace ow
