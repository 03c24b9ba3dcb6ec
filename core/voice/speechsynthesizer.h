#pragma once
// Text to sound, one sentence at a time. The real one is espeak-ng (espeaksynthesizer.h); tests and a
// hall's own recordings can stand in. Called on the announcer's worker thread, never the UI thread.

#include "core/voice/announcement.h"
#include "core/voice/pcmclip.h"

#include <QString>

namespace ow {

class SpeechSynthesizer
{
public:
    virtual ~SpeechSynthesizer() = default;
    // The rate every clip of this synthesizer has; the announcement's chime and gaps are made at it.
    virtual int sampleRate() const = 0;
    // An empty clip when the sentence cannot be spoken (no voice for the language): the announcement then
    // still has its chime, and the board its text.
    virtual PcmClip synthesize(const QString &text, VoiceLanguage language) = 0;
};

} // namespace ow
