// The loudspeaker sink on a machine that may have no sound at all (CI): it must neither crash nor block,
// and must take the clip's time so the order logic is the same as with sound.
#include "core/voice/announcementsink.h"
#include "core/voice/audiooutputsink.h"
#include "core/voice/boardvoice.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace ow;

namespace {

PcmClip quietTone(int ms)
{
    PcmClip clip;
    clip.sampleRate = 22050;
    clip.samples.assign(size_t(clip.sampleRate * ms / 1000), qint16(0));
    for (size_t i = 0; i < clip.samples.size(); i += 50)
        clip.samples[i] = 200; // faint: a developer's speakers may be on
    return clip;
}

} // namespace

TEST_CASE("the null sink takes a clip's duration")
{
    NullSink sink;
    QSignalSpy done(&sink, &AnnouncementSink::finished);
    QElapsedTimer clock;
    clock.start();
    sink.play(quietTone(300));
    CHECK(sink.isPlaying());
    REQUIRE(done.wait(3000));
    CHECK(clock.elapsed() >= 295);
    CHECK_FALSE(sink.isPlaying());
}

TEST_CASE("the loudspeaker sink plays or, without a device, stays silent for the clip's time, never blocking")
{
    AudioOutputSink sink;
    QSignalSpy done(&sink, &AnnouncementSink::finished);
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer clock;
        clock.start();
        sink.play(quietTone(400));
        CHECK(sink.isPlaying()); // play() handed over and returned before the clip ended
        CHECK(done.size() == round);
        REQUIRE(owtest::waitFor([&] { return done.size() == round + 1; }, std::chrono::seconds(8)));
        CHECK(clock.elapsed() >= 350); // it took (about) the clip's time, device or not
        CHECK_FALSE(sink.isPlaying());
    }
    WARN("audio device: " << (sink.device().isNull() ? std::string("none") : sink.device().description().toStdString()));
}

TEST_CASE("a board with --voice off gets no announcer")
{
    CHECK(makeBoardVoice(nullptr, *VoiceLanguages::parse(QStringLiteral("off"))) == nullptr);
    CHECK(makeBoardVoice(nullptr, *VoiceLanguages::parse(QStringLiteral("zh"))) != nullptr);
}
