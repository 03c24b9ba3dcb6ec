// What the board says: the sentences built from a call, before any sound is made.
#include "core/voice/announcement.h"
#include "tests/support/test_support.h"

using namespace ow;

namespace {

HallCall call(const QString &code, const QString &windowId, const QString &windowName, bool recall = false)
{
    HallCall c;
    c.type = recall ? QStringLiteral("ticket_recalled") : QStringLiteral("ticket_called");
    c.windowId = windowId;
    c.windowName = windowName;
    c.ticket.id = QStringLiteral("20261128-") + code;
    c.ticket.code = code;
    return c;
}

} // namespace

TEST_CASE("a ticket code is read one character at a time, digits as 汉字 in Chinese")
{
    CHECK(chineseTicketReading(QStringLiteral("A012")) == QStringLiteral("A 零 一 二"));
    CHECK(chineseTicketReading(QStringLiteral("B1000")) == QStringLiteral("B 一 零 零 零"));
    CHECK(chineseTicketReading(QStringLiteral("e7")) == QStringLiteral("E 七"));
    CHECK(englishTicketReading(QStringLiteral("A012")) == QStringLiteral("A, 0 1 2"));
    CHECK(englishTicketReading(QStringLiteral("017")) == QStringLiteral("0 1 7"));
}

TEST_CASE("the English window number comes from the window id, else from its name")
{
    CHECK(englishWindow(QStringLiteral("W03"), QStringLiteral("3号窗口")) == QStringLiteral("3"));
    CHECK(englishWindow(QStringLiteral("W12"), QString()) == QStringLiteral("12"));
    CHECK(englishWindow(QStringLiteral("front"), QStringLiteral("5号窗口")) == QStringLiteral("5"));
    CHECK(englishWindow(QStringLiteral("front"), QStringLiteral("综合窗口")) == QStringLiteral("综合窗口"));
}

TEST_CASE("a call becomes 请 A 零 一 二 号到 3号窗口 办理 and its English sentence")
{
    const Announcement a = Announcement::fromCall(call(QStringLiteral("A012"), QStringLiteral("W03"), QStringLiteral("3号窗口")));
    CHECK_FALSE(a.recall);
    CHECK(chineseSentence(a) == QStringLiteral("请 A 零 一 二 号到 3号窗口 办理"));
    CHECK(englishSentence(a) == QStringLiteral("Number A, 0 1 2, please go to window 3."));

    SECTION("the window's display name is what is said in Chinese")
    {
        const Announcement named =
            Announcement::fromCall(call(QStringLiteral("C005"), QStringLiteral("W07"), QStringLiteral("综合窗口")));
        CHECK(chineseSentence(named) == QStringLiteral("请 C 零 零 五 号到 综合窗口 办理"));
        CHECK(englishSentence(named) == QStringLiteral("Number C, 0 0 5, please go to window 7."));
    }
    SECTION("of a long display name only the window is said, not its services")
    {
        const Announcement longName =
            Announcement::fromCall(call(QStringLiteral("A001"), QStringLiteral("W03"), QStringLiteral("3号窗口 综合受理")));
        CHECK(chineseSentence(longName) == QStringLiteral("请 A 零 零 一 号到 3号窗口 办理"));
        CHECK(chineseWindow(QStringLiteral("W09"), QStringLiteral(" 9号窗口（不动产） ")) == QStringLiteral("9号窗口"));
        CHECK(chineseWindow(QStringLiteral("W09"), QStringLiteral("窗口九")) == QStringLiteral("窗口九"));
    }
    SECTION("without a display name the window number is used")
    {
        const Announcement bare = Announcement::fromCall(call(QStringLiteral("A001"), QStringLiteral("W03"), QString()));
        CHECK(chineseSentence(bare) == QStringLiteral("请 A 零 零 一 号到 3号窗口 办理"));
    }
}

TEST_CASE("a recall says so in both languages")
{
    const Announcement a =
        Announcement::fromCall(call(QStringLiteral("A012"), QStringLiteral("W03"), QStringLiteral("3号窗口"), true));
    CHECK(a.recall);
    CHECK(chineseSentence(a) == QStringLiteral("再次呼叫，请 A 零 一 二 号到 3号窗口 办理"));
    CHECK(englishSentence(a) == QStringLiteral("Calling again: Number A, 0 1 2, please go to window 3."));
}

TEST_CASE("the languages are chosen with zh, en, zh+en or off")
{
    const Announcement a = Announcement::fromCall(call(QStringLiteral("A012"), QStringLiteral("W03"), QStringLiteral("3号窗口")));

    const auto both = VoiceLanguages::parse(QStringLiteral("zh+en"));
    REQUIRE(both);
    const QList<SpokenLine> lines = sentences(a, *both);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).language == VoiceLanguage::Chinese); // the hall's language first
    CHECK(lines.at(1).language == VoiceLanguage::English);

    const auto zh = VoiceLanguages::parse(QStringLiteral("zh"));
    REQUIRE(zh);
    REQUIRE(sentences(a, *zh).size() == 1);
    CHECK(sentences(a, *zh).first().language == VoiceLanguage::Chinese);

    const auto en = VoiceLanguages::parse(QStringLiteral(" EN "));
    REQUIRE(en);
    REQUIRE(sentences(a, *en).size() == 1);
    CHECK(sentences(a, *en).first().text.startsWith(QStringLiteral("Number")));

    const auto off = VoiceLanguages::parse(QStringLiteral("off"));
    REQUIRE(off);
    CHECK(off->isOff());
    CHECK(sentences(a, *off).isEmpty());

    CHECK_FALSE(VoiceLanguages::parse(QStringLiteral("fr")));
    CHECK_FALSE(VoiceLanguages::parse(QString()));
    CHECK(VoiceLanguages::parse(QStringLiteral("en+zh"))->toString() == QStringLiteral("zh+en"));
}
