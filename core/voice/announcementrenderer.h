#pragma once
// One announcement as one clip: chime, short pause, the Chinese sentence, pause, the English sentence,
// and a trailing silence. Playing one clip per announcement means nothing can slip in between its parts,
// and the trailing silence separates two announcements (and is a margin should a device's idea of "played"
// run a little ahead of the loudspeaker).

#include "core/voice/announcement.h"
#include "core/voice/pcmclip.h"

namespace ow {

class SpeechSynthesizer;

class AnnouncementRenderer
{
public:
    struct Options {
        VoiceLanguages languages;
        bool chime = true;
        int afterChimeMs = 250;
        int betweenLinesMs = 600;
        int trailingMs = 500;
    };

    // The synthesizer is not owned.
    AnnouncementRenderer(SpeechSynthesizer &synthesizer, const Options &options);

    void setLanguages(VoiceLanguages languages) { m_options.languages = languages; }
    const Options &options() const { return m_options; }

    // Fills a.lines for the languages when they are empty, then renders.
    PcmClip render(Announcement &a) const;

private:
    SpeechSynthesizer &m_synthesizer;
    Options m_options;
};

} // namespace ow
