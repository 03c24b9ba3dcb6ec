// The hall's faces at the sizes of the screens the halls bought, 1920×1080 and 1366×768, against the
// in-process demo hall: nothing grows past the screen, the long call of window 12 is shown whole, the
// board has its clock and headed recent calls, the kiosk keeps its buttons and clears a ticket after its
// time, tells a priority ticket its real place, and has an ID keypad; the rating screen has touch comments.
#include "core/domain/ratingreasons.h"
#include "tests/integration/hall_faces/facefixture.h"
#include "tests/integration/hall_faces/screencheck.h"
#include "ui/queue/boardwidget.h"
#include "ui/queue/fitlabel.h"
#include "ui/queue/kioskcheckin.h"
#include "ui/queue/kioskwidget.h"
#include "ui/queue/ratingwidget.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace faces;

namespace {

const QSize screens[] = {fullHd, laptop};

ow::HallTicket issueAt(ow::KioskWidget &kiosk, const QString &service)
{
    QSignalSpy issued(&kiosk, &ow::KioskWidget::ticketIssued);
    kiosk.issue(service);
    REQUIRE(owtest::waitFor([&] { return issued.count() == 1; }));
    return issued.first().first().value<ow::HallTicket>();
}

} // namespace

TEST_CASE("the board shows window 12's long call whole at both screen sizes, with a clock and headed recent calls")
{
    Hall h;
    ow::HallClient board(h.hall.clientOptions(owtest::boardToken()));
    ow::BoardWidget face(&board);
    h.startAll();
    board.start();
    REQUIRE(owtest::waitFor([&] { return board.isOnline(); }));
    for (const QString &service : {u"A"_s, u"C"_s, u"A"_s, u"D"_s, u"B"_s, u"A"_s, u"A"_s, u"C"_s})
        h.issue(service);
    // Seven calls before window 12's: the list under the heading is full.
    for (const QString &window : {u"W01"_s, u"W07"_s, u"W02"_s, u"W09"_s, u"W03"_s, u"W04"_s, u"W08"_s})
        REQUIRE(owtest::await(h.supervisor->callNext(window)).ok());
    REQUIRE(owtest::await(h.supervisor->callNext(u"W12"_s)).ok());
    const QString longCall = u"B001 → 12号窗口 全科（绿色通道）"_s;
    auto *latest = child<ow::FitLabel>(&face, u"boardLatestCall"_s);
    REQUIRE(owtest::waitFor([&] { return latest->text() == longCall; }));

    for (const QSize &screen : screens) {
        showAt(&face, screen);
        INFO(screen.width());
        checkFitsScreen(&face, screen);
        CHECK(latest->textFits());
        CHECK(widestLine(latest->font(), longCall) <= latest->contentsRect().width());
        CHECK(latest->font().pointSize() >= 28); // still read from across the hall
        CHECK(text(&face, u"boardPreviousHeading"_s) == u"Recent calls"_s);
        auto *recent = child<QListWidget>(&face, u"boardPreviousCalls"_s);
        CHECK(recent->count() == ow::BoardWidget::previousCallCount);
        for (int row = 0; row < recent->count(); ++row) {
            INFO(recent->item(row)->text().toStdString());
            CHECK(recent->viewport()->rect().contains(recent->visualItemRect(recent->item(row)))); // none scrolled away
        }
        CHECK(child<QLabel>(&face, u"boardPreviousHeading"_s)->geometry().bottom() <= recent->geometry().top());
        CHECK_FALSE(text(&face, u"boardClock"_s).isEmpty());
    }
}

TEST_CASE("a long call is set smaller rather than widening the board")
{
    // Without the fitting the label asks for its text's width at 96 pt, about 2,100 px for this call.
    ow::FitLabel label(96, 28);
    label.setFitText(u"B001 → 12号窗口 全科（绿色通道）"_s);
    label.setGeometry(0, 0, 1366 - 40, 300);
    label.show();
    QCoreApplication::processEvents();
    CHECK(label.font().pointSize() < 96);
    CHECK(label.textFits());
    CHECK(label.minimumSizeHint().width() <= 1366);
    CHECK(label.sizePolicy().horizontalPolicy() == QSizePolicy::Ignored);
}

TEST_CASE("the kiosk with a ticket on screen fits both screen sizes and never squashes its buttons")
{
    Hall h;
    ow::KioskWidget kiosk(h.kiosk.get());
    kiosk.setResultTimeout(600000); // the ticket stays while it is measured
    h.startAll();
    REQUIRE(owtest::waitFor([&] { return child<QPushButton>(&kiosk, u"service_A"_s)->isEnabled(); }));
    for (const QSize &screen : screens) {
        showAt(&kiosk, screen);
        const ow::HallTicket ticket = issueAt(kiosk, u"B"_s);
        showAt(&kiosk, screen);
        INFO(screen.width());
        CHECK(text(&kiosk, u"kioskTicketLabel"_s).contains(ticket.code));
        checkFitsScreen(&kiosk, screen);
        for (QPushButton *service : kiosk.findChildren<QPushButton *>()) {
            if (!service->objectName().startsWith(u"service_"_s))
                continue;
            INFO(service->objectName().toStdString());
            CHECK(service->height() >= 88); // a finger's target, with a ticket shown beside it
            CHECK(service->width() >= 200);
        }
        // The ID keypad: big keys for the digits, X and delete.
        for (const QString &key : {u"0"_s, u"5"_s, u"9"_s, u"X"_s, u"delete"_s}) {
            auto *button = child<QPushButton>(&kiosk, u"idKey_"_s + key);
            CHECK(button->isVisible());
            CHECK(button->height() >= 56);
            CHECK(button->width() >= 72);
        }
    }
}

TEST_CASE("the kiosk clears the last ticket after its time for the next person")
{
    Hall h;
    ow::KioskWidget kiosk(h.kiosk.get());
    CHECK(kiosk.resultTimeout() == ow::KioskWidget::defaultResultTimeoutMs);
    CHECK(kiosk.resultTimeout() <= 10000);
    kiosk.setResultTimeout(300);
    kiosk.show();
    h.startAll();
    REQUIRE(owtest::waitFor([&] { return child<QPushButton>(&kiosk, u"service_A"_s)->isEnabled(); }));
    const ow::HallTicket ticket = issueAt(kiosk, u"A"_s);
    auto *label = child<QLabel>(&kiosk, u"kioskTicketLabel"_s);
    REQUIRE(label->text().contains(ticket.code));
    // The timer clears it: the next person sees the invitation, not the previous number.
    CHECK(owtest::waitFor([&] { return !label->text().contains(ticket.code); }, std::chrono::seconds(3)));
    CHECK(label->text() == u"Touch the service you need to take a number"_s);
}

TEST_CASE("the kiosk tells a priority ticket its place in the order the hall will call it")
{
    Hall h;
    ow::KioskWidget kiosk(h.kiosk.get());
    kiosk.show();
    h.startAll();
    for (int i = 0; i < 3; ++i)
        h.issue(u"A"_s);
    REQUIRE(owtest::waitFor([&] { return child<QPushButton>(&kiosk, u"service_A"_s)->isEnabled(); }));
    child<QPushButton>(&kiosk, u"kioskPriority"_s)->setChecked(true);
    QSignalSpy issued(&kiosk, &ow::KioskWidget::ticketIssued);
    kiosk.issue(u"A"_s);
    REQUIRE(owtest::waitFor([&] { return issued.count() == 1; }));
    const ow::HallTicket ticket = issued.first().first().value<ow::HallTicket>();
    CHECK(issued.first().at(1).toInt() == 0);
    CHECK(text(&kiosk, u"kioskTicketLabel"_s).contains(u"0 person(s) ahead of you"_s));
    // And so it is: the next call of a window serving A is this ticket, not the three issued before it.
    const ow::HallResult called = owtest::await(h.supervisor->callNext(u"W03"_s));
    REQUIRE(called.ok());
    CHECK(called.ticket().code == ticket.code);
}

TEST_CASE("the ID number is typed on the kiosk's own keypad")
{
    Hall h;
    ow::KioskWidget kiosk(h.kiosk.get());
    ow::ElderlyCheck *elderly = showAtElderlyCheck(h, kiosk);
    auto *edit = child<QLineEdit>(elderly, u"elderlyIdEdit"_s);
    for (const QString &key : {u"1"_s, u"1"_s, u"0"_s, u"X"_s, u"delete"_s, u"9"_s})
        QTest::mouseClick(child<QPushButton>(elderly, u"idKey_"_s + key), Qt::LeftButton);
    CHECK(edit->text() == u"1109"_s);
    for (int i = 0; i < 30; ++i)
        QTest::mouseClick(child<QPushButton>(elderly, u"idKey_7"_s), Qt::LeftButton);
    CHECK(edit->text().size() == 18); // an ID number's length, no more
}

TEST_CASE("the rating screen fits both screen sizes and takes a comment by touch alone")
{
    Hall h;
    ow::RatingWidget rating(h.window.get(), u"W03"_s);
    h.startAll();
    const QString id = h.issue(u"A"_s);
    REQUIRE(owtest::await(h.window->callNext(u"W03"_s)).ok());
    REQUIRE(owtest::await(h.window->complete(u"W03"_s, u"accepted"_s)).ok());
    REQUIRE(owtest::waitFor([&] { return rating.page() == ow::RatingWidget::Page::Asking; }));
    for (const QSize &screen : screens) {
        showAt(&rating, screen);
        INFO(screen.width());
        checkFitsScreen(&rating, screen);
        for (int i = 1; i <= 6; ++i)
            CHECK(child<QPushButton>(&rating, u"quickComment_%1"_s.arg(i))->height() >= 56);
    }
    // Two touches of choices and one of a level: the comment reaches the hall without a key pressed.
    auto *slow = child<QPushButton>(&rating, u"quickComment_4"_s);
    auto *back = child<QPushButton>(&rating, u"quickComment_5"_s);
    QTest::mouseClick(slow, Qt::LeftButton);
    QTest::mouseClick(back, Qt::LeftButton);
    QSignalSpy rated(&rating, &ow::RatingWidget::rated);
    QTest::mouseClick(child<QPushButton>(&rating, u"rating_2"_s), Qt::LeftButton);
    // Dissatisfied: why, by touch too, on a page that fits both screens.
    REQUIRE(rating.page() == ow::RatingWidget::Page::Reasons);
    for (const QSize &screen : screens) {
        showAt(&rating, screen);
        INFO(screen.width());
        checkFitsScreen(&rating, screen);
        for (const QString &key : ow::ratingReasonKeys())
            CHECK(child<QPushButton>(&rating, u"ratingReason_"_s + key)->height() >= 56);
    }
    QTest::mouseClick(child<QPushButton>(&rating, u"ratingReason_waiting"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&rating, u"ratingReason_more_trips"_s), Qt::LeftButton);
    CHECK(rated.isEmpty()); // nothing is sent before Send (or walking away)
    QTest::mouseClick(child<QPushButton>(&rating, u"ratingSendReasons"_s), Qt::LeftButton);
    REQUIRE(owtest::waitFor([&] { return rated.count() == 1; }));
    const ow::HallTicket stored = fetch(*h.supervisor, id);
    CHECK(stored.rating == 2);
    CHECK(stored.ratingReasons == QStringList{u"waiting"_s, u"more_trips"_s});
    const QString comment = stored.json.value(u"ratingComment"_s).toString();
    CHECK(comment.contains(slow->text()));
    CHECK(comment.contains(back->text()));
    CHECK_FALSE(child<QPushButton>(&rating, u"quickComment_1"_s)->isChecked()); // for one applicant only
}
