#include "core/voice/chime.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ow {

namespace {

// One bell-like stroke: a fundamental with weak upper partials, a short raised-cosine attack (a step from
// silence to full amplitude clicks) and an exponential decay.
double stroke(double hz, double t)
{
    if (t < 0)
        return 0;
    constexpr double attack = 0.008;
    constexpr double decay = 0.32; // seconds to fall to 1/e
    const double twoPi = 2 * std::numbers::pi;
    const double rise = t < attack ? 0.5 - 0.5 * std::cos(std::numbers::pi * t / attack) : 1.0;
    const double envelope = rise * std::exp(-t / decay);
    const double tone = std::sin(twoPi * hz * t) + 0.25 * std::sin(twoPi * 2 * hz * t) + 0.08 * std::sin(twoPi * 3 * hz * t);
    return envelope * tone / 1.33;
}

} // namespace

PcmClip Chime::render(int sampleRate)
{
    PcmClip clip;
    clip.sampleRate = sampleRate;
    const qsizetype count = qsizetype(qint64(sampleRate) * lengthMs / 1000);
    const qsizetype fade = sampleRate * 40 / 1000; // the tail is brought to exactly zero: no click at the cut
    clip.samples.resize(size_t(count));
    for (qsizetype i = 0; i < count; ++i) {
        const double t = double(i) / sampleRate;
        double v = 0.5 * stroke(dingHz, t) + 0.5 * stroke(dongHz, t - dongStartMs / 1000.0);
        if (i >= count - fade)
            v *= 0.5 + 0.5 * std::cos(std::numbers::pi * double(i - (count - fade)) / double(fade));
        clip.samples[size_t(i)] = qint16(std::lround(std::clamp(v, -1.0, 1.0) * 32767.0));
    }
    return clip;
}

double toneLevel(const PcmClip &clip, double hz, qsizetype from, qsizetype count)
{
    const qsizetype size = qsizetype(clip.samples.size());
    from = std::clamp<qsizetype>(from, 0, size);
    const qsizetype n = std::min(count, size - from);
    if (n <= 0 || clip.sampleRate <= 0)
        return 0;
    const double w = 2 * std::numbers::pi * hz / clip.sampleRate;
    const double coeff = 2 * std::cos(w);
    double s1 = 0, s2 = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double s0 = clip.samples[size_t(from + i)] / 32768.0 + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    return 2 * std::sqrt(std::max(0.0, power)) / double(n);
}

} // namespace ow
