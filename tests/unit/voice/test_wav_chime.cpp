// The chime and the WAV files, without any synthesizer.
#include "core/voice/chime.h"
#include "core/voice/wavfile.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>

#include <cstdlib>

using namespace ow;

TEST_CASE("the chime is a ding at E5 then a dong at C5, starting and ending without a click")
{
    const PcmClip chime = Chime::render(22050);
    CHECK(chime.durationMs() == Chime::lengthMs);
    const qsizetype ms = 22050 / 1000;

    // First 400 ms: the ding rings, the dong has not started.
    CHECK(toneLevel(chime, Chime::dingHz, 0, 400 * ms) > 0.1);
    CHECK(toneLevel(chime, Chime::dongHz, 0, 400 * ms) < 0.02);
    // After the dong starts it is the stronger of the two.
    const qsizetype dong = Chime::dongStartMs * ms;
    CHECK(toneLevel(chime, Chime::dongHz, dong, 300 * ms) > 0.1);
    CHECK(toneLevel(chime, Chime::dongHz, dong, 300 * ms) > toneLevel(chime, Chime::dingHz, dong, 300 * ms));
    // Nothing much elsewhere.
    CHECK(toneLevel(chime, 1000, 0, 400 * ms) < 0.02);

    // No clicks: it starts from and ends at silence, and no sample jumps (a step would be a click).
    CHECK(std::abs(int(chime.samples.front())) < 50);
    CHECK(chime.samples.back() == 0);
    int maxStep = 0;
    for (size_t i = 1; i < chime.samples.size(); ++i)
        maxStep = std::max(maxStep, std::abs(int(chime.samples[i]) - int(chime.samples[i - 1])));
    CHECK(maxStep < 6000); // a 1.3 kHz partial at half scale moves ~3,000 a sample; a click would be ~16,000
}

TEST_CASE("a clip survives a WAV file round trip, header and all")
{
    PcmClip clip;
    clip.sampleRate = 16000;
    for (int i = 0; i < 1600; ++i)
        clip.samples.push_back(qint16((i * 37) % 20000 - 10000));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clip.wav"));
    QString error;
    REQUIRE(writeWav(path, clip, &error));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.size() == 44 + 3200);
    CHECK(bytes.left(4) == "RIFF");
    CHECK(bytes.mid(8, 8) == "WAVEfmt ");
    CHECK(bytes.mid(36, 4) == "data");

    const std::optional<PcmClip> back = readWav(path, &error);
    REQUIRE(back);
    CHECK(back->sampleRate == 16000);
    CHECK(back->samples == clip.samples);
}

TEST_CASE("a file that is not 16-bit PCM WAV is refused with a reason")
{
    QString error;
    CHECK_FALSE(parseWav(QByteArrayLiteral("OggS not a wave at all"), &error));
    CHECK_FALSE(error.isEmpty());

    PcmClip clip;
    clip.samples = {1, 2, 3};
    QByteArray eightBit = wavBytes(clip);
    eightBit[34] = 8; // bits per sample
    CHECK_FALSE(parseWav(eightBit, &error));
}
