// The announcer's order: strict FIFO, nothing cut off, recalls repeated, the chime first.
#include "core/voice/announcer.h"
#include "core/voice/chime.h"
#include "tests/support/test_support.h"
#include "tests/unit/voice/voicefakes.h"

using namespace ow;
using owtest::FakeSink;
using owtest::FakeSynthesizer;

namespace {

HallCall call(const QString &code, int window, bool recall = false)
{
    HallCall c;
    c.type = recall ? QStringLiteral("ticket_recalled") : QStringLiteral("ticket_called");
    c.windowId = QStringLiteral("W%1").arg(window, 2, 10, QLatin1Char('0'));
    c.windowName = QStringLiteral("%1号窗口").arg(window);
    c.ticket.id = QStringLiteral("20261128-") + code;
    c.ticket.code = code;
    return c;
}

struct Rig {
    FakeSynthesizer *synthesizer;
    FakeSink *sink;
    std::unique_ptr<Announcer> announcer;
    QStringList started, finished;

    explicit Rig(Announcer::Options options = {}, int renderDelayMs = 0, int timeScale = 10)
    {
        auto synth = std::make_unique<FakeSynthesizer>(200, renderDelayMs);
        synthesizer = synth.get();
        sink = new FakeSink(timeScale);
        announcer = std::make_unique<Announcer>(std::move(synth), sink, options);
        QObject::connect(announcer.get(), &Announcer::announcementStarted, announcer.get(), [this](const Announcement &a) {
            started << a.ticketCode + (a.recall ? QStringLiteral("*") : QString());
        });
        QObject::connect(announcer.get(), &Announcer::announcementFinished, announcer.get(), [this](const Announcement &a) {
            finished << a.ticketCode + (a.recall ? QStringLiteral("*") : QString());
        });
    }
    bool waitIdle(int count)
    {
        return owtest::waitFor([&] { return finished.size() >= count && announcer->isIdle(); }, std::chrono::seconds(10));
    }
};

} // namespace

TEST_CASE("a burst of five calls is spoken in order, each to its end before the next starts")
{
    // Rendering is slow (30 ms a sentence) so the burst is all queued before the first clip is ready.
    Rig rig({}, 30);
    const QStringList codes{QStringLiteral("A001"), QStringLiteral("B001"), QStringLiteral("A002"), QStringLiteral("C001"),
                            QStringLiteral("A003")};
    for (int i = 0; i < codes.size(); ++i)
        rig.announcer->announceCall(call(codes.at(i), i + 1));
    CHECK(rig.announcer->pendingCount() == 5); // nothing was rendered on the caller's thread

    REQUIRE(rig.waitIdle(5));
    CHECK(rig.started == codes);
    CHECK(rig.finished == codes);
    CHECK(rig.sink->overlaps == 0);
    REQUIRE(rig.sink->played.size() == 5);
    for (int i = 0; i < 5; ++i) {
        const FakeSink::Played &p = rig.sink->played.at(i);
        INFO("clip " << i);
        // Played to its end: the sink ran for the clip's whole (scaled) time ...
        CHECK(p.endedMs - p.startedMs >= p.clipMs / rig.sink->timeScale - 1);
        // ... and the next started only after it had ended.
        if (i > 0)
            CHECK(p.startedMs >= rig.sink->played.at(i - 1).endedMs);
    }
    // The sentences were made in arrival order too, Chinese before English for each call.
    const QStringList texts = rig.synthesizer->texts();
    REQUIRE(texts.size() == 10);
    CHECK(texts.at(0) == QStringLiteral("请 A 零 零 一 号到 1号窗口 办理"));
    CHECK(texts.at(1) == QStringLiteral("Number A, 0 0 1, please go to window 1."));
    CHECK(texts.at(8) == QStringLiteral("请 A 零 零 三 号到 5号窗口 办理"));
}

TEST_CASE("calls arriving while one is being spoken wait their turn")
{
    Rig rig({}, 0, 4);
    rig.announcer->announceCall(call(QStringLiteral("A010"), 3));
    REQUIRE(owtest::waitFor([&] { return rig.announcer->isSpeaking(); }));
    rig.announcer->announceCall(call(QStringLiteral("A011"), 4));
    rig.announcer->announceCall(call(QStringLiteral("A012"), 5));
    CHECK(rig.started == QStringList{QStringLiteral("A010")}); // the new ones did not interrupt
    REQUIRE(rig.waitIdle(3));
    CHECK(rig.started == (QStringList{QStringLiteral("A010"), QStringLiteral("A011"), QStringLiteral("A012")}));
    CHECK(rig.sink->overlaps == 0);
}

TEST_CASE("a recall is announced again, saying it is a second call")
{
    Rig rig;
    rig.announcer->announceCall(call(QStringLiteral("A012"), 3));
    REQUIRE(rig.waitIdle(1));
    rig.announcer->announceCall(call(QStringLiteral("A012"), 3, true));
    REQUIRE(rig.waitIdle(2));
    CHECK(rig.finished == (QStringList{QStringLiteral("A012"), QStringLiteral("A012*")}));
    CHECK(rig.sink->played.size() == 2);
    const QStringList texts = rig.synthesizer->texts();
    REQUIRE(texts.size() == 4);
    CHECK(texts.at(2) == QStringLiteral("再次呼叫，请 A 零 一 二 号到 3号窗口 办理"));
    CHECK(texts.at(3).startsWith(QStringLiteral("Calling again: ")));

    SECTION("a recall that arrives during the call waits behind it and is still spoken")
    {
        rig.announcer->announceCall(call(QStringLiteral("B003"), 2));
        rig.announcer->announceCall(call(QStringLiteral("B003"), 2, true));
        REQUIRE(rig.waitIdle(4));
        CHECK(rig.finished.mid(2) == (QStringList{QStringLiteral("B003"), QStringLiteral("B003*")}));
    }
}

TEST_CASE("every announcement starts with the chime, then the speech")
{
    Rig rig;
    QList<PcmClip> clips;
    QObject::connect(rig.announcer.get(), &Announcer::clipStarted, rig.announcer.get(),
                     [&](const Announcement &, const PcmClip &clip) { clips << clip; });
    rig.announcer->announceCall(call(QStringLiteral("A012"), 3));
    REQUIRE(rig.waitIdle(1));
    REQUIRE(clips.size() == 1);
    const PcmClip &clip = clips.first();

    const PcmClip chime = Chime::render(clip.sampleRate);
    REQUIRE(clip.samples.size() > chime.samples.size());
    CHECK(std::equal(chime.samples.begin(), chime.samples.end(), clip.samples.begin()));
    // chime + 250 ms + 200 ms Chinese + 600 ms + 200 ms English + 500 ms
    CHECK(clip.durationMs() == Chime::lengthMs + 250 + 200 + 600 + 200 + 500);
    // The speech (the fake's 300 Hz tone) comes after the chime, not inside it.
    const qsizetype speech = qsizetype(clip.sampleRate) * (Chime::lengthMs + 250) / 1000;
    CHECK(toneLevel(clip, 300, speech, clip.sampleRate / 10) > 0.1);
    CHECK(toneLevel(clip, 300, 0, clip.sampleRate / 2) < 0.02);
}

TEST_CASE("the languages can be changed, and off with no chime says nothing")
{
    Rig rig;
    rig.announcer->setLanguages(*VoiceLanguages::parse(QStringLiteral("en")));
    rig.announcer->announceCall(call(QStringLiteral("A001"), 1));
    REQUIRE(rig.waitIdle(1));
    CHECK(rig.synthesizer->texts() == QStringList{QStringLiteral("Number A, 0 0 1, please go to window 1.")});

    Announcer::Options silent;
    silent.languages = *VoiceLanguages::parse(QStringLiteral("off"));
    silent.chime = false;
    Rig quiet(silent);
    quiet.announcer->announceCall(call(QStringLiteral("A002"), 1));
    CHECK(quiet.announcer->isIdle());
    CHECK(quiet.announcer->pendingCount() == 0);
}
