#include "core/voice/announcementrenderer.h"

#include "core/voice/chime.h"
#include "core/voice/speechsynthesizer.h"

namespace ow {

AnnouncementRenderer::AnnouncementRenderer(SpeechSynthesizer &synthesizer, const Options &options)
    : m_synthesizer(synthesizer),
      m_options(options)
{}

PcmClip AnnouncementRenderer::render(Announcement &a) const
{
    if (a.lines.isEmpty())
        a.lines = sentences(a, m_options.languages);
    PcmClip clip;
    clip.sampleRate = m_synthesizer.sampleRate();
    if (m_options.chime) {
        clip.append(Chime::render(clip.sampleRate));
        clip.appendSilence(m_options.afterChimeMs);
    }
    bool first = true;
    for (const SpokenLine &line : std::as_const(a.lines)) {
        PcmClip speech = m_synthesizer.synthesize(line.text, line.language);
        if (speech.isEmpty())
            continue;
        if (!first)
            clip.appendSilence(m_options.betweenLinesMs);
        clip.append(speech);
        first = false;
    }
    if (!clip.isEmpty())
        clip.appendSilence(m_options.trailingMs);
    return clip;
}

} // namespace ow
