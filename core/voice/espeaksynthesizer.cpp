#include "core/voice/espeaksynthesizer.h"

#include "core/voice/voicelog.h"

#include <QMutex>
#include <QMutexLocker>

#include <espeak-ng/speak_lib.h>

namespace ow {

namespace {

QMutex &espeakLock()
{
    static QMutex lock;
    return lock;
}

// The sample rate espeak-ng reported at initialisation, or -1 when it failed; 0 before the first try.
// Guarded by espeakLock().
int g_sampleRate = 0;
// Where the callback puts the samples of the synthesis in progress; guarded by espeakLock(). A global
// rather than the events' user_data: it does not depend on which events espeak-ng sends with the audio.
PcmClip *g_target = nullptr;

int collectSamples(short *wav, int count, espeak_EVENT *)
{
    if (wav && count > 0 && g_target)
        g_target->samples.insert(g_target->samples.end(), wav, wav + count);
    return 0; // go on
}

int initialise()
{
    if (g_sampleRate == 0) {
        // DONT_EXIT: without it espeak-ng calls exit() when its data is missing, taking the board down.
        const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
        if (rate > 0) {
            g_sampleRate = rate;
            espeak_SetSynthCallback(collectSamples);
            qCInfo(lcVoice) << "espeak-ng" << espeak_Info(nullptr) << "at" << rate << "Hz";
        } else {
            g_sampleRate = -1;
            qCWarning(lcVoice) << "espeak-ng could not start (is espeak-ng-data installed?): announcements have no speech";
        }
    }
    return g_sampleRate;
}

} // namespace

EspeakSynthesizer::EspeakSynthesizer(const Options &options)
    : m_options(options)
{
    QMutexLocker locker(&espeakLock());
    const int rate = initialise();
    m_sampleRate = rate > 0 ? rate : 0;
}

QString EspeakSynthesizer::voiceName(VoiceLanguage language)
{
    // "cmn-latn-pinyin", not "cmn": in espeak-ng 1.51 (Debian 12) the plain cmn voice hands the pinyin of
    // most 汉字 to its English rules ("请" comes out as "king three"); the pinyin variant reads them right.
    return language == VoiceLanguage::Chinese ? QStringLiteral("cmn-latn-pinyin") : QStringLiteral("en");
}

bool EspeakSynthesizer::selectVoice(VoiceLanguage language)
{
    const QByteArray voice = voiceName(language).toLatin1();
    if (espeak_SetVoiceByName(voice.constData()) == EE_OK)
        return true;
    const char *fallback = language == VoiceLanguage::Chinese ? "cmn" : "en-us";
    if (espeak_SetVoiceByName(fallback) == EE_OK)
        return true;
    qCWarning(lcVoice) << "espeak-ng has no voice" << voice << "or" << fallback;
    return false;
}

QString EspeakSynthesizer::phonemes(const QString &text, VoiceLanguage language)
{
    if (!isAvailable())
        return {};
    QMutexLocker locker(&espeakLock());
    if (!selectVoice(language))
        return {};
    const QByteArray utf8 = text.toUtf8();
    const void *at = utf8.constData();
    QStringList clauses;
    // One clause per call; espeak-ng sets the pointer to null after the last one.
    while (at) {
        const char *ph = espeak_TextToPhonemes(&at, espeakCHARS_UTF8, 0);
        if (ph)
            clauses << QString::fromUtf8(ph);
    }
    return clauses.join(QLatin1Char(' '));
}

PcmClip EspeakSynthesizer::synthesize(const QString &text, VoiceLanguage language)
{
    PcmClip clip;
    clip.sampleRate = sampleRate();
    if (!isAvailable() || text.trimmed().isEmpty())
        return clip;

    QMutexLocker locker(&espeakLock());
    if (!selectVoice(language))
        return clip;
    // Parameters are global too: set them for every sentence, another instance may have changed them.
    espeak_SetParameter(espeakRATE, m_options.wordsPerMinute, 0);
    espeak_SetParameter(espeakVOLUME, m_options.volume, 0);

    const QByteArray utf8 = text.toUtf8();
    g_target = &clip;
    const espeak_ERROR result =
        espeak_Synth(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    g_target = nullptr;
    if (result != EE_OK) {
        qCWarning(lcVoice) << "espeak-ng refused" << text << "error" << int(result);
        clip.samples.clear();
    }
    qCDebug(lcVoice) << "spoke" << text << "in" << clip.durationMs() << "ms of sound";
    return clip;
}

} // namespace ow
