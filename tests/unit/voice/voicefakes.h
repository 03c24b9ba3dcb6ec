#pragma once
// Stand-ins for the announcer's tests: a synthesizer that makes a tone per sentence (and remembers the
// texts), and a sink that takes a (scaled) clip's time on a timer and writes down what happened when.

#include "core/voice/announcementsink.h"
#include "core/voice/speechsynthesizer.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QStringList>

class QTimer;

namespace owtest {

class FakeSynthesizer : public ow::SpeechSynthesizer
{
public:
    explicit FakeSynthesizer(int msPerSentence = 200, int renderDelayMs = 0)
        : m_msPerSentence(msPerSentence),
          m_renderDelayMs(renderDelayMs)
    {}
    int sampleRate() const override { return 8000; }
    ow::PcmClip synthesize(const QString &text, ow::VoiceLanguage language) override;
    QStringList texts() const;

private:
    int m_msPerSentence;
    int m_renderDelayMs;
    mutable QMutex m_lock;
    QStringList m_texts;
};

class FakeSink : public ow::AnnouncementSink
{
    Q_OBJECT
public:
    struct Played {
        qint64 startedMs = 0;
        qint64 endedMs = -1;
        qint64 clipMs = 0;
        ow::PcmClip clip;
    };
    // timeScale: a clip of D ms takes D / timeScale ms here, so a test of many announcements stays quick.
    explicit FakeSink(int timeScale = 10, QObject *parent = nullptr);
    void play(const ow::PcmClip &clip) override;
    bool isPlaying() const override { return m_playing; }

    QList<Played> played;
    int overlaps = 0; // play() while a clip was still playing: the one thing a sink must never see
    QElapsedTimer clock;
    int timeScale;

private:
    QTimer *m_timer;
    bool m_playing = false;
};

} // namespace owtest
