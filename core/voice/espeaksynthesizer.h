#pragma once
// espeak-ng rendering to memory (AUDIO_OUTPUT_SYNCHRONOUS with a callback that collects the samples).
//
// espeak-ng keeps process-global state (one voice, one callback, one set of parameters): the library is
// initialised once per process and every synthesis holds one process-wide lock, so several instances on
// several threads are safe, merely serialized. A sentence takes tens of milliseconds: call it on a worker.

#include "core/voice/speechsynthesizer.h"

namespace ow {

class EspeakSynthesizer : public SpeechSynthesizer
{
public:
    struct Options {
        int wordsPerMinute = 160; // a little slower than espeak's 175: numbers across a noisy hall
        int volume = 85;          // espeak's scale, 0-200; at 100 some Mandarin syllables clip
    };

    EspeakSynthesizer()
        : EspeakSynthesizer(Options{})
    {}
    explicit EspeakSynthesizer(const Options &options);

    // False when espeak-ng could not start (no data files): synthesize() then returns empty clips.
    bool isAvailable() const { return m_sampleRate > 0; }
    int sampleRate() const override { return m_sampleRate > 0 ? m_sampleRate : 22050; }
    PcmClip synthesize(const QString &text, VoiceLanguage language) override;

    // The espeak-ng voice used for a language (for diagnostics).
    static QString voiceName(VoiceLanguage language);
    // What espeak-ng would say, as its phoneme mnemonics ("tS;h'i214N_| ..."): lets a test tell Mandarin
    // from a sentence that slipped into English rules, which the sound alone cannot show.
    QString phonemes(const QString &text, VoiceLanguage language);

private:
    bool selectVoice(VoiceLanguage language); // with the lock held

    Options m_options;
    int m_sampleRate = 0;
};

} // namespace ow
