#pragma once
// A piece of sound as the voice module passes it around: 16-bit signed mono PCM at one sample rate.
// Everything an announcement is made of (chime, speech, gaps) is rendered at the synthesizer's rate, so
// clips are joined by appending and never resampled.

#include <QtGlobal>

#include <vector>

namespace ow {

struct PcmClip {
    int sampleRate = 22050;
    std::vector<qint16> samples;

    bool isEmpty() const { return samples.empty(); }
    qint64 durationMs() const;
    // Appends another clip of the same rate (a different rate is a programming error: asserted, skipped).
    void append(const PcmClip &other);
    void appendSilence(int milliseconds);
    // Little-endian bytes, as QAudioSink and WAV files want them.
    QByteArray toBytes() const;
};

// Loudness helpers, for logging a rendered announcement and for tests that must tell sound from silence.
double rootMeanSquare(const PcmClip &clip, qsizetype from = 0, qsizetype count = -1);

} // namespace ow
