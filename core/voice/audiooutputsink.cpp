#include "core/voice/audiooutputsink.h"

#include "core/voice/voicelog.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>
#include <QTimer>

namespace ow {

AudioOutputSink::AudioOutputSink(QObject *parent)
    : AnnouncementSink(parent),
      m_timer(new QTimer(this)),
      m_drainTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_drainTimer->setInterval(40);
    connect(m_drainTimer, &QTimer::timeout, this, &AudioOutputSink::checkDrained);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Either the silent fallback ran its course, or the device never said it was done: in both cases
        // the clip has had (more than) its time, and the queue must go on.
        if (m_sink && m_sink->state() != QAudio::StoppedState) {
            qCWarning(lcVoice) << "the audio device did not finish a clip of" << m_clipMs << "ms in time; going on";
            m_sink->stop();
        }
        finish();
    });
}

AudioOutputSink::~AudioOutputSink()
{
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
    }
}

void AudioOutputSink::dropSink()
{
    if (!m_sink)
        return;
    // Later, not now: this may run inside the sink's own stateChanged signal.
    QAudioSink *old = m_sink.release();
    old->disconnect(this);
    old->stop();
    old->deleteLater();
    m_sinkRate = 0;
}

void AudioOutputSink::play(const PcmClip &clip)
{
    m_playing = true;
    m_silentThisClip = false;
    m_clipMs = clip.durationMs();
    m_elapsed.start();

    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        if (!m_saidNoDevice)
            qCWarning(lcVoice) << "no audio output device: announcements are timed but silent";
        m_saidNoDevice = true;
        m_device = {};
        finishSilently({});
        return;
    }
    if (m_saidNoDevice) {
        qCInfo(lcVoice) << "audio output device found:" << device.description();
        m_saidNoDevice = false;
    }

    if (!m_sink || device != m_device || clip.sampleRate != m_sinkRate) {
        dropSink();
        QAudioFormat format;
        format.setSampleRate(clip.sampleRate);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
        if (!device.isFormatSupported(format)) {
            finishSilently(QStringLiteral("the device %1 does not take 16-bit mono at %2 Hz")
                               .arg(device.description())
                               .arg(clip.sampleRate));
            return;
        }
        m_device = device;
        m_sinkRate = clip.sampleRate;
        m_sink = std::make_unique<QAudioSink>(device, format);
        // A short device buffer: "idle" comes close to the real end, and stopping cannot drop much.
        m_sink->setBufferSize(format.bytesForDuration(250 * 1000));
        connect(m_sink.get(), &QAudioSink::stateChanged, this, &AudioOutputSink::onStateChanged);
    }

    m_buffer.close();
    m_bytes = clip.toBytes();
    m_buffer.setBuffer(&m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_draining = false;
    m_sink->start(&m_buffer);
    if (!m_sink)
        return; // it failed inside start() and was dropped; finishSilently() has taken over
    if (m_sink->error() != QAudio::NoError) {
        finishSilently(
            QStringLiteral("the device %1 could not start (error %2)").arg(device.description()).arg(int(m_sink->error())));
        return;
    }
    // Watchdog: a device that never reports the end must not stall the hall's announcements.
    m_timer->start(int(m_clipMs * 3 / 2 + 3000));
}

void AudioOutputSink::onStateChanged()
{
    if (!m_playing || !m_sink)
        return;
    const QAudio::Error error = m_sink->error();
    switch (m_sink->state()) {
    case QAudio::IdleState:
        // Idle means all data was handed to the sound server, not that it was heard: stopping now would
        // drop what the server still buffers (the end of the English sentence). Wait until the sink says
        // it has played the whole clip. Idle before the end of the data is an underrun: let it catch up.
        if (m_buffer.atEnd() && !m_draining) {
            m_draining = true;
            m_drainTimer->start();
            checkDrained();
        }
        break;
    case QAudio::StoppedState:
        if (error != QAudio::NoError && error != QAudio::UnderrunError)
            finishSilently(QStringLiteral("the device %1 failed (error %2)").arg(m_device.description()).arg(int(error)));
        break;
    case QAudio::ActiveState:
    case QAudio::SuspendedState: break;
    }
}

void AudioOutputSink::checkDrained()
{
    if (!m_sink || !m_playing) {
        m_drainTimer->stop();
        return;
    }
    // Played to the end by the sink's own clock; or, should that clock not move, the clip's duration plus
    // a generous device latency by the wall clock (audio cannot be played faster than real time).
    const bool played = m_sink->processedUSecs() >= m_clipMs * 1000 - 20000;
    const bool timeUp = m_elapsed.elapsed() >= m_clipMs + 1500;
    if (played || timeUp) {
        m_drainTimer->stop();
        m_sink->stop();
        finish();
    }
}

void AudioOutputSink::finishSilently(const QString &why)
{
    if (!why.isEmpty()) {
        if (!m_saidFailure)
            qCWarning(lcVoice) << why << "- announcements are timed but silent until it works";
        m_saidFailure = true;
        m_silentThisClip = true;
        dropSink(); // try a fresh one for the next clip
    }
    // The rest of the clip's time, so the pace is the same as if it had been heard.
    m_timer->start(int(std::max<qint64>(0, m_clipMs - m_elapsed.elapsed())));
}

void AudioOutputSink::finish()
{
    if (!m_playing)
        return;
    m_timer->stop();
    m_drainTimer->stop();
    m_draining = false;
    m_playing = false;
    if (!m_silentThisClip)
        m_saidFailure = false; // a clip that was heard ends the failure: the next one is logged again
    Q_EMIT finished();
}

} // namespace ow
