#include "tests/unit/voice/voicefakes.h"

#include <QThread>
#include <QTimer>

#include <cmath>
#include <numbers>

namespace owtest {

ow::PcmClip FakeSynthesizer::synthesize(const QString &text, ow::VoiceLanguage language)
{
    if (m_renderDelayMs > 0)
        QThread::msleep(m_renderDelayMs);
    {
        QMutexLocker locker(&m_lock);
        m_texts << text;
    }
    // A 300 Hz (Chinese) or 400 Hz (English) tone: audible, and unlike the chime's frequencies.
    ow::PcmClip clip;
    clip.sampleRate = sampleRate();
    const double hz = language == ow::VoiceLanguage::Chinese ? 300 : 400;
    const int n = sampleRate() * m_msPerSentence / 1000;
    for (int i = 0; i < n; ++i)
        clip.samples.push_back(qint16(8000 * std::sin(2 * std::numbers::pi * hz * i / sampleRate())));
    return clip;
}

QStringList FakeSynthesizer::texts() const
{
    QMutexLocker locker(&m_lock);
    return m_texts;
}

FakeSink::FakeSink(int scale, QObject *parent)
    : ow::AnnouncementSink(parent),
      timeScale(scale),
      m_timer(new QTimer(this))
{
    clock.start();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_playing = false;
        played.last().endedMs = clock.elapsed();
        Q_EMIT finished();
    });
}

void FakeSink::play(const ow::PcmClip &clip)
{
    if (m_playing)
        ++overlaps;
    m_playing = true;
    played.append(Played{clock.elapsed(), -1, clip.durationMs(), clip});
    m_timer->start(int(clip.durationMs() / timeScale));
}

} // namespace owtest
