#include "core/voice/announcer.h"

#include "core/voice/announcementsink.h"
#include "core/voice/speechsynthesizer.h"
#include "core/voice/voicelog.h"

#include <QThread>

namespace ow {

// Renders on the worker thread. Requests arrive as queued calls and are handled one at a time in the
// order they were posted, so rendered() comes back in arrival order.
class AnnouncementWorker : public QObject
{
    Q_OBJECT
public:
    AnnouncementWorker(std::unique_ptr<SpeechSynthesizer> synthesizer, const AnnouncementRenderer::Options &options)
        : m_synthesizer(std::move(synthesizer)),
          m_renderer(*m_synthesizer, options)
    {}

    void render(quint64 serial, Announcement announcement)
    {
        const PcmClip clip = m_renderer.render(announcement);
        qCDebug(lcVoice) << "rendered" << announcement.ticketCode << clip.durationMs() << "ms, rms" << rootMeanSquare(clip);
        Q_EMIT rendered(serial, announcement, clip);
    }

Q_SIGNALS:
    void rendered(quint64 serial, const ow::Announcement &announcement, const ow::PcmClip &clip);

private:
    std::unique_ptr<SpeechSynthesizer> m_synthesizer;
    AnnouncementRenderer m_renderer;
};

Announcer::Announcer(std::unique_ptr<SpeechSynthesizer> synthesizer, AnnouncementSink *sink, const Options &options,
                     QObject *parent)
    : QObject(parent),
      m_options(options),
      m_thread(new QThread(this)),
      m_worker(new AnnouncementWorker(std::move(synthesizer), options)),
      m_sink(sink)
{
    qRegisterMetaType<ow::Announcement>();
    qRegisterMetaType<ow::PcmClip>();
    m_thread->setObjectName(QStringLiteral("onewindow-voice"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &AnnouncementWorker::rendered, this, &Announcer::onRendered, Qt::QueuedConnection);
    if (m_sink) {
        m_sink->setParent(this);
        // Queued: the sink's finished() may come from inside its own device callback; the next clip starts
        // from the event loop, not from there.
        connect(m_sink, &AnnouncementSink::finished, this, &Announcer::onSinkFinished, Qt::QueuedConnection);
    }
    m_thread->start();
}

Announcer::~Announcer()
{
    // The worker finishes the sentence it is on (espeak-ng cannot be interrupted safely), then goes.
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has ended: nothing else can touch it now
}

void Announcer::announceCall(const HallCall &call)
{
    announce(Announcement::fromCall(call));
}

void Announcer::announce(Announcement announcement)
{
    if (m_options.languages.isOff() && !m_options.chime)
        return;
    announcement.serial = m_nextSerial++;
    if (announcement.lines.isEmpty())
        announcement.lines = sentences(announcement, m_options.languages);
    m_queue.push_back(Entry{announcement, std::nullopt});
    if (m_queue.size() > 10)
        qCInfo(lcVoice) << m_queue.size() << "announcements waiting: calls come faster than they can be spoken";
    const quint64 serial = announcement.serial;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial, announcement] { worker->render(serial, announcement); }, Qt::QueuedConnection);
}

void Announcer::setLanguages(VoiceLanguages languages)
{
    m_options.languages = languages;
}

void Announcer::onRendered(quint64 serial, const Announcement &announcement, const PcmClip &clip)
{
    for (Entry &entry : m_queue) {
        if (entry.announcement.serial == serial) {
            entry.announcement = announcement;
            entry.clip = clip;
            break;
        }
    }
    playNext();
}

void Announcer::onSinkFinished()
{
    if (!m_playing)
        return;
    const Announcement done = *m_playing;
    m_playing.reset();
    Q_EMIT announcementFinished(done);
    playNext();
}

void Announcer::playNext()
{
    // Only the head of the queue may play, and only when nothing plays: a later announcement that is
    // rendered first waits for the earlier one.
    if (m_playing || m_queue.empty() || !m_queue.front().clip)
        return;
    Entry entry = std::move(m_queue.front());
    m_queue.pop_front();
    if (!m_sink || entry.clip->isEmpty()) {
        Q_EMIT announcementStarted(entry.announcement);
        Q_EMIT announcementFinished(entry.announcement);
        playNext();
        return;
    }
    m_playing = entry.announcement;
    Q_EMIT announcementStarted(entry.announcement);
    Q_EMIT clipStarted(entry.announcement, *entry.clip);
    m_sink->play(*entry.clip);
}

} // namespace ow

#include "announcer.moc"
