#pragma once
// The board's voice: calls in, announcements out, strictly one after the other.
//
// - A strict FIFO: announcements play in the order announce() was called, each to its end before the
//   next starts; a burst of calls waits its turn, nothing is cut off, dropped or reordered.
// - A recall is announced again ("再次呼叫…" / "Calling again: …"), behind whatever is already waiting.
// - Rendering (espeak-ng, tens of milliseconds a sentence) runs on a worker thread in arrival order, ahead
//   of playing, so the UI thread never waits and the next announcement is usually ready when the sink
//   finishes the current one.
//
// Usage (a board):
//   Announcer voice(std::make_unique<EspeakSynthesizer>(), new AudioOutputSink, {});
//   connect(&client, &HallClient::ticketCalled, &voice, &Announcer::announceCall);
//   connect(&client, &HallClient::ticketRecalled, &voice, &Announcer::announceCall);

#include "core/voice/announcement.h"
#include "core/voice/announcementrenderer.h"
#include "core/voice/announcementsink.h"
#include "core/voice/pcmclip.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>
#include <optional>

class QThread;

namespace ow {

class SpeechSynthesizer;
class AnnouncementWorker;

class Announcer : public QObject
{
    Q_OBJECT
public:
    using Options = AnnouncementRenderer::Options;

    // Takes the synthesizer (it moves to the worker thread) and the sink (re-parented to the announcer).
    Announcer(std::unique_ptr<SpeechSynthesizer> synthesizer, AnnouncementSink *sink, const Options &options,
              QObject *parent = nullptr);
    ~Announcer() override;

    // Waiting to be played, the one playing not counted.
    int pendingCount() const { return int(m_queue.size()); }
    bool isSpeaking() const { return m_playing.has_value(); }
    bool isIdle() const { return !isSpeaking() && m_queue.empty(); }
    VoiceLanguages languages() const { return m_options.languages; }
    AnnouncementSink *sink() const { return m_sink; }

public Q_SLOTS:
    void announceCall(const ow::HallCall &call);
    void announce(ow::Announcement announcement);
    // Takes effect for announcements made from now on; those already waiting keep their sentences.
    void setLanguages(ow::VoiceLanguages languages);

Q_SIGNALS:
    void announcementStarted(const ow::Announcement &announcement);
    void announcementFinished(const ow::Announcement &announcement);
    // The clip handed to the sink (tests, diagnostics; also fine for recording what was said).
    void clipStarted(const ow::Announcement &announcement, const ow::PcmClip &clip);

private:
    struct Entry {
        Announcement announcement;
        std::optional<PcmClip> clip; // empty until the worker has rendered it
    };
    void onRendered(quint64 serial, const ow::Announcement &announcement, const ow::PcmClip &clip);
    void onSinkFinished();
    void playNext();

    Options m_options;
    QThread *m_thread;
    AnnouncementWorker *m_worker; // lives in m_thread
    QPointer<AnnouncementSink> m_sink;
    std::deque<Entry> m_queue; // in order of arrival
    std::optional<Announcement> m_playing;
    quint64 m_nextSerial = 1;
};

} // namespace ow

Q_DECLARE_METATYPE(ow::Announcement)
Q_DECLARE_METATYPE(ow::PcmClip)
