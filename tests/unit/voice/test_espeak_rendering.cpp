// Real speech: an announcement rendered by espeak-ng to a WAV file, read back, and checked to be sound.
#include "core/voice/announcementrenderer.h"
#include "core/voice/chime.h"
#include "core/voice/espeaksynthesizer.h"
#include "core/voice/wavfile.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cstdlib>

using namespace ow;

namespace {

Announcement a012()
{
    Announcement a;
    a.ticketCode = QStringLiteral("A012");
    a.windowId = QStringLiteral("W03");
    a.windowName = QStringLiteral("3号窗口");
    return a;
}

// Share of 50 ms windows whose loudness is clearly above silence.
double soundingShare(const PcmClip &clip, qsizetype from, double threshold)
{
    const qsizetype window = clip.sampleRate / 20;
    int sounding = 0, total = 0;
    for (qsizetype at = from; at + window <= qsizetype(clip.samples.size()); at += window, ++total) {
        if (rootMeanSquare(clip, at, window) > threshold)
            ++sounding;
    }
    return total ? double(sounding) / total : 0;
}

} // namespace

TEST_CASE("espeak-ng speaks Mandarin with the Mandarin rules, not English ones")
{
    EspeakSynthesizer espeak;
    REQUIRE(espeak.isAvailable());
    const QString zh = espeak.phonemes(QStringLiteral("请 A 零 一 二 号到 3号窗口 办理"), VoiceLanguage::Chinese);
    INFO(zh.toStdString());
    CHECK_FALSE(zh.isEmpty());
    // "(en)" marks a switch to English rules: that is how the plain cmn voice of espeak-ng 1.51 reads
    // 请 ("king three"). Tone numbers such as 214 (请) and 51 (号) are Mandarin.
    CHECK_FALSE(zh.contains(QStringLiteral("(en)")));
    CHECK(zh.contains(QStringLiteral("214")));
    CHECK(zh.contains(QStringLiteral("51")));

    const QString en = espeak.phonemes(QStringLiteral("Number A, 0 1 2, please go to window 3."), VoiceLanguage::English);
    INFO(en.toStdString());
    CHECK(en.contains(QStringLiteral("'eI")));     // the letter A, not the article
    CHECK(en.contains(QStringLiteral("z'i@roU"))); // zero
}

TEST_CASE("an announcement rendered to a WAV file is a chime followed by speech, not silence")
{
    EspeakSynthesizer espeak;
    REQUIRE(espeak.isAvailable());
    AnnouncementRenderer renderer(espeak, AnnouncementRenderer::Options{});
    Announcement a = a012();
    const PcmClip rendered = renderer.render(a);
    REQUIRE(a.lines.size() == 2);
    CHECK(a.lines.at(0).text == QStringLiteral("请 A 零 一 二 号到 3号窗口 办理"));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("A012.wav"));
    QString error;
    REQUIRE(writeWav(path, rendered, &error));
    // To listen to it: ONEWINDOW_KEEP_WAV=/tmp/A012.wav build/tests/bin/test_voice
    if (const QString keep = qEnvironmentVariable("ONEWINDOW_KEEP_WAV"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(path, keep);
    }

    // Read it back as a player would: the header first.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.size() > 44);
    CHECK(bytes.left(4) == "RIFF");
    CHECK(qFromLittleEndian<quint32>(bytes.constData() + 4) == quint32(bytes.size() - 8));
    CHECK(bytes.mid(8, 4) == "WAVE");
    CHECK(qFromLittleEndian<quint16>(bytes.constData() + 20) == 1);  // PCM
    CHECK(qFromLittleEndian<quint16>(bytes.constData() + 22) == 1);  // mono
    CHECK(qFromLittleEndian<quint16>(bytes.constData() + 34) == 16); // bits

    const std::optional<PcmClip> clip = parseWav(bytes, &error);
    REQUIRE(clip);
    CHECK(clip->sampleRate == espeak.sampleRate());
    const double seconds = clip->durationMs() / 1000.0;
    const double rms = rootMeanSquare(*clip);
    const qsizetype speechFrom = qsizetype(clip->sampleRate) * (Chime::lengthMs + 250) / 1000;
    const double speechRms = rootMeanSquare(*clip, speechFrom);
    const double sounding = soundingShare(*clip, speechFrom, 300);
    WARN("A012 announcement: " << seconds << " s, RMS " << rms << " (speech " << speechRms << "), " << int(sounding * 100)
                               << "% of 50 ms windows sounding");

    // Chime (1.3 s) + two sentences of some 3 s each: plausible, and not runaway.
    CHECK(seconds > 4.0);
    CHECK(seconds < 20.0);
    CHECK(rms > 1000);
    CHECK(speechRms > 1000);
    CHECK(sounding > 0.5);
    // Loud but not clipped (espeak-ng at full volume clips some Mandarin syllables: heard as crackle).
    const auto clipped =
        std::count_if(clip->samples.begin(), clip->samples.end(), [](qint16 v) { return std::abs(int(v)) >= 32600; });
    CHECK(clipped == 0);
    // The chime leads: its tones are in the first 400 ms.
    CHECK(toneLevel(*clip, Chime::dingHz, 0, clip->sampleRate * 4 / 10) > 0.1);
}

TEST_CASE("each language alone is speech of a plausible length")
{
    EspeakSynthesizer espeak;
    REQUIRE(espeak.isAvailable());
    const PcmClip zh = espeak.synthesize(QStringLiteral("请 A 零 一 二 号到 3号窗口 办理"), VoiceLanguage::Chinese);
    const PcmClip en = espeak.synthesize(QStringLiteral("Number A, 0 1 2, please go to window 3."), VoiceLanguage::English);
    CHECK(zh.durationMs() > 1500);
    CHECK(en.durationMs() > 1500);
    CHECK(rootMeanSquare(zh) > 1000);
    CHECK(rootMeanSquare(en) > 1000);
    CHECK(soundingShare(zh, 0, 300) > 0.5);
    CHECK(espeak.synthesize(QString(), VoiceLanguage::English).isEmpty());
}
