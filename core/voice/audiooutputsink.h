#pragma once
// The loudspeaker: a clip played through Qt Multimedia's QAudioSink on the system's default output
// (PulseAudio/PipeWire on Debian).
//
// It never blocks and never takes the board down: with no output device (CI, offscreen, a board PC
// whose speaker is unplugged) or when the device fails, it logs once and takes the clip's duration in
// silence, like NullSink, so announcements keep their order and pace. The default device is looked up
// again for every clip, so a speaker plugged in later is used from the next announcement on.

#include "core/voice/announcementsink.h"

#include <QAudioDevice>
#include <QBuffer>
#include <QElapsedTimer>

#include <memory>

class QAudioSink;
class QTimer;

namespace ow {

class AudioOutputSink : public AnnouncementSink
{
    Q_OBJECT
public:
    explicit AudioOutputSink(QObject *parent = nullptr);
    ~AudioOutputSink() override;

    void play(const PcmClip &clip) override;
    bool isPlaying() const override { return m_playing; }
    // The device of the clip playing or last played; null when none was found.
    QAudioDevice device() const { return m_device; }

private:
    void onStateChanged();
    void finishSilently(const QString &why);
    void finish();
    void dropSink();
    void checkDrained();

    QAudioDevice m_device;
    std::unique_ptr<QAudioSink> m_sink;
    int m_sinkRate = 0;
    QBuffer m_buffer;
    QByteArray m_bytes;
    QTimer *m_timer;      // the silent fallback and the watchdog
    QTimer *m_drainTimer; // after "idle": polls until the server has played the whole clip
    QElapsedTimer m_elapsed;
    qint64 m_clipMs = 0;
    bool m_playing = false;
    bool m_saidNoDevice = false;
    bool m_saidFailure = false;
    bool m_silentThisClip = false;
    bool m_draining = false;
};

} // namespace ow
