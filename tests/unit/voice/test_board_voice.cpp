// The wiring end to end: a window calls and recalls at the in-process hall service, the board's client
// hears it on the event stream, and the board's voice announces it, in order.
#include "core/hall/client/hallclient.h"
#include "core/hall/server/hallconfig.h"
#include "core/hall/server/hallserver.h"
#include "core/voice/boardvoice.h"
#include "tests/support/test_support.h"
#include "tests/unit/voice/voicefakes.h"

#include <QTemporaryDir>

using namespace ow;

TEST_CASE("a call and a recall at a window are announced by the board, in order")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    HallServer server;
    REQUIRE(server.start({QHostAddress::LocalHost, 0, dir.filePath(QStringLiteral("hall.sqlite")), HallConfig::demo()}));

    HallClient board({server.baseUrl(), "demo-board-1"});
    HallClient kiosk({server.baseUrl(), "demo-kiosk-1"});
    HallClient window({server.baseUrl(), "demo-window-01"});
    auto *synthesizer = new owtest::FakeSynthesizer(100);
    auto *sink = new owtest::FakeSink(20);
    Announcer voice(std::unique_ptr<SpeechSynthesizer>(synthesizer), sink, {});
    connectBoardVoice(&board, &voice);
    QStringList finished;
    QObject::connect(&voice, &Announcer::announcementFinished, &voice,
                     [&](const Announcement &a) { finished << a.ticketCode + (a.recall ? QStringLiteral("*") : QString()); });
    board.start();
    REQUIRE(owtest::waitFor([&] { return board.isOnline(); }));

    // Two tickets, two calls, one recall, sent as fast as the service answers.
    int answered = 0;
    auto step = [&](HallReply *reply) {
        bool ok = false;
        QObject::connect(reply, &HallReply::finished, &voice, [&](const HallResult &r) {
            ok = r.ok();
            ++answered;
        });
        const int before = answered;
        REQUIRE(owtest::waitFor([&] { return answered > before; }));
        REQUIRE(ok);
    };
    step(kiosk.issueTicket(QStringLiteral("A")));
    step(kiosk.issueTicket(QStringLiteral("A")));
    step(window.callNext(QStringLiteral("W01")));
    step(window.recall(QStringLiteral("W01")));
    step(window.callNext(QStringLiteral("W01"), QStringLiteral("accepted")));

    REQUIRE(owtest::waitFor([&] { return finished.size() == 3 && voice.isIdle(); }, std::chrono::seconds(10)));
    CHECK(finished == (QStringList{QStringLiteral("A001"), QStringLiteral("A001*"), QStringLiteral("A002")}));
    CHECK(sink->overlaps == 0);
    const QStringList texts = synthesizer->texts();
    REQUIRE(texts.size() == 6);
    // The window's display name from the hall's configuration ("1号窗口 综合受理"), up to "窗口".
    CHECK(board.snapshot().window(QStringLiteral("W01"))->name.startsWith(QStringLiteral("1号窗口")));
    CHECK(texts.at(0) == QStringLiteral("请 A 零 零 一 号到 1号窗口 办理"));
    CHECK(texts.at(1) == QStringLiteral("Number A, 0 0 1, please go to window 1."));
    CHECK(texts.at(2).startsWith(QStringLiteral("再次呼叫")));
}
