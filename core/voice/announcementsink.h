#pragma once
// Where finished announcements go to be heard. The Announcer gives a sink one clip at a time and waits for
// finished() before the next, so a sink decides how long a clip takes and the announcer's order logic is
// the same for a loudspeaker, a board without sound, and a test.

#include "core/voice/pcmclip.h"

#include <QObject>

class QTimer;

namespace ow {

class AnnouncementSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Starts playing; finished() follows once, when the whole clip has been played. Not called while a
    // clip plays.
    virtual void play(const PcmClip &clip) = 0;
    virtual bool isPlaying() const = 0;

Q_SIGNALS:
    void finished();
};

// Plays nothing but takes the clip's duration (a board without a sound device, CI): the calls are still
// announced one after the other at the pace they would be heard.
class NullSink : public AnnouncementSink
{
    Q_OBJECT
public:
    explicit NullSink(QObject *parent = nullptr);
    void play(const PcmClip &clip) override;
    bool isPlaying() const override;

private:
    QTimer *m_timer;
};

} // namespace ow
