// The clerk's calling panel against the in-process hall service (issue 16 point 4): the waiting list in
// the hall's calling order with waits and markers, calling the ticket the clerk selected, F6 with someone
// at the counter, and a transfer's note reaching the next window. What the hall did is read back from the
// hall (its snapshot, its tickets), not from the panel.

#include "tests/integration/hall_faces/facefixture.h"
#include "ui/queue/callingpanel.h"
#include "ui/queue/pausedialog.h"
#include "ui/queue/transferdialog.h"
#include "ui/queue/waitingticketmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

using namespace faces;

// The hall with window 3's calling panel, made before the clients connect (as the clerk's program does).
struct PanelHall : Hall {
    ow::CallingPanel panel{window.get(), owtest::windowId(3)};
    PanelHall()
    {
        panel.show();
        startAll();
    }
};

ow::HallTicket take(Hall &h, const QString &service, const QString &priority = {})
{
    const ow::HallResult r = owtest::await(h.kiosk->issueTicket(service, priority));
    REQUIRE(r.ok());
    return r.ticket();
}

// The ticket at a window, as the hall has it now.
ow::HallTicket atWindow(Hall &h, int window)
{
    const ow::HallResult r = owtest::await(h.supervisor->fetchSnapshot());
    REQUIRE(r.ok());
    const ow::HallSnapshot snapshot = r.snapshot();
    const ow::HallWindow *w = snapshot.window(owtest::windowId(window));
    REQUIRE(w);
    return w->current;
}

bool pausedInHall(Hall &h, int window)
{
    const ow::HallResult r = owtest::await(h.supervisor->fetchSnapshot());
    const ow::HallSnapshot snapshot = r.snapshot();
    const ow::HallWindow *w = snapshot.window(owtest::windowId(window));
    return w && w->paused;
}

// The panel is the active window, so its window-wide function keys reach it.
void activate(ow::CallingPanel &panel)
{
    panel.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&panel));
}

void waitUntilIdle(ow::CallingPanel &panel)
{
    REQUIRE(owtest::waitFor([&] { return child<QPushButton>(&panel, u"pauseButton"_s)->isEnabled(); }));
}

} // namespace

TEST_CASE("the waiting list model shows the wait in minutes and the 绿色通道 and 预约 markers")
{
    ow::WaitingTicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime now(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC); // 10:00 in the hall
    ow::HallTicket elderly;
    elderly.id = u"20261130-A002"_s;
    elderly.code = u"A002"_s;
    elderly.priority = u"elderly"_s;
    elderly.issuedAt = now.addSecs(-12 * 60 - 30);
    ow::HallTicket booked;
    booked.id = u"20261130-A003"_s;
    booked.code = u"A003"_s;
    booked.bookingCode = u"YY0001"_s;
    booked.slotStart = now.addSecs(-5 * 60);
    booked.issuedAt = now.addSecs(-60);
    ow::HallTicket walkIn;
    walkIn.id = u"20261130-A001"_s;
    walkIn.code = u"A001"_s;
    walkIn.issuedAt = now.addSecs(-20 * 60);

    model.setNow(now);
    model.setHall({{u"elderly"_s, u"老年人"_s}}, ow::HallTime(QTimeZone("Asia/Shanghai")));
    model.setTickets({elderly, booked, walkIn});
    REQUIRE(model.rowCount() == 3);
    using Model = ow::WaitingTicketModel;
    CHECK(model.index(0, Model::CodeColumn).data().toString() == u"A002"_s);
    CHECK(model.index(0, Model::CodeColumn).data(Model::TicketIdRole).toString() == elderly.id);
    CHECK(model.index(0, Model::WaitColumn).data().toString() == u"12 min"_s);
    CHECK(model.index(0, Model::MarkColumn).data().toString().contains(u"老年人"_s));
    CHECK(model.index(1, Model::MarkColumn).data().toString().startsWith(u"Booking"_s));
    CHECK(model.index(1, Model::MarkColumn).data().toString().contains(u"9:55"_s)); // the slot on the hall's clock
    CHECK(model.index(2, Model::MarkColumn).data().toString().isEmpty());
    CHECK(model.rowOf(walkIn.id) == 2);

    model.setNow(now.addSecs(60)); // the panel's minute
    CHECK(model.index(0, Model::WaitColumn).data().toString() == u"13 min"_s);
    CHECK(model.index(2, Model::WaitColumn).data().toString() == u"21 min"_s);
    model.setTickets({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the calling panel lists the waiting tickets with their markers in the order the hall will call them")
{
    PanelHall h;
    ow::CallingPanel &panel = h.panel;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(owtest::await(h.supervisor->registerBooking(u"YY0101"_s, u"A"_s, now.addSecs(-1), now.addSecs(1800))).ok());
    const ow::HallTicket walkIn = take(h, u"A"_s);
    const ow::HallTicket elderly = take(h, u"A"_s, u"elderly"_s);
    const ow::HallResult checkedIn = owtest::await(h.kiosk->checkIn(u"YY0101"_s));
    REQUIRE(checkedIn.ok());
    const ow::HallTicket booked = checkedIn.ticket();
    const ow::HallTicket later = take(h, u"A"_s);

    // weighted 2:1 at a window that has called nobody yet: 绿色通道 and the started booking (longest wait
    // first), then the walk-ins in their order, although the walk-in was issued first.
    const QStringList order{elderly.code, booked.code, walkIn.code, later.code};
    REQUIRE(owtest::waitFor([&] { return waitingCodes(&panel) == order; }));
    const ow::WaitingTicketModel *model = panel.waitingModel();
    CHECK(model->index(0, ow::WaitingTicketModel::MarkColumn).data().toString().contains(u"老年人"_s));
    CHECK(model->index(1, ow::WaitingTicketModel::MarkColumn).data().toString().contains(u"Booking"_s));
    CHECK(model->index(2, ow::WaitingTicketModel::MarkColumn).data().toString().isEmpty());
    CHECK(model->index(2, ow::WaitingTicketModel::WaitColumn).data().toString().endsWith(u"min"_s));

    // The order shown is the order F1 calls.
    activate(panel);
    for (const QString &code : order) {
        REQUIRE(owtest::waitFor([&] { return child<QPushButton>(&panel, u"callNextButton"_s)->isEnabled(); }));
        QTest::keyClick(&panel, Qt::Key_F1);
        REQUIRE(owtest::waitFor([&] { return panel.currentTicket().code == code; }));
    }
    CHECK(owtest::waitFor([&] { return waitingCodes(&panel).isEmpty(); }));
}

TEST_CASE("the clerk selects a waiting ticket with the keyboard and calls that one")
{
    PanelHall h;
    ow::CallingPanel &panel = h.panel;
    const ow::HallTicket first = take(h, u"A"_s);
    take(h, u"A"_s);
    const ow::HallTicket third = take(h, u"A"_s);
    REQUIRE(owtest::waitFor([&] { return waitingCodes(&panel).size() == 3; }));
    auto *list = child<QTreeView>(&panel, u"callingWaitingList"_s);
    auto *callSelected = child<QPushButton>(&panel, u"callSelectedButton"_s);
    CHECK_FALSE(callSelected->isEnabled()); // nothing selected yet

    activate(panel);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End);
    REQUIRE(list->currentIndex().data().toString() == third.code);
    CHECK(callSelected->isEnabled());
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(owtest::waitFor([&] { return panel.currentTicket().id == third.id; }));
    CHECK(atWindow(h, 3).id == third.id);
    REQUIRE(owtest::waitFor([&] { return !waitingCodes(&panel).contains(third.code); }));

    // With a ticket at the window, calling another completes it first with the chosen outcome (as F1).
    panel.setOutcome(u"consulted"_s);
    waitUntilIdle(panel);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    REQUIRE(list->currentIndex().data().toString() == first.code);
    QTest::mouseClick(callSelected, Qt::LeftButton);
    REQUIRE(owtest::waitFor([&] { return panel.currentTicket().id == first.id; }));
    CHECK(atWindow(h, 3).id == first.id);
    const ow::HallTicket done = fetch(*h.supervisor, third.id);
    CHECK(done.state == u"completed"_s);
    CHECK(done.outcome == u"consulted"_s);
}

TEST_CASE("F6 with a ticket at the window asks first, and each answer does what it says")
{
    PanelHall h;
    ow::CallingPanel &panel = h.panel;
    const ow::HallTicket first = take(h, u"A"_s);
    const ow::HallTicket second = take(h, u"A"_s);
    REQUIRE(owtest::waitFor([&] { return child<QPushButton>(&panel, u"callNextButton"_s)->isEnabled(); }));
    panel.callNext();
    REQUIRE(owtest::waitFor([&] { return panel.currentTicket().id == first.id; }));
    waitUntilIdle(panel);
    activate(panel);

    SECTION("keep serving: nothing is sent, the ticket stays at the open window")
    {
        const auto keep = whenModal([](QWidget *modal) {
            REQUIRE(qobject_cast<ow::PauseDialog *>(modal));
            QTest::mouseClick(child<QPushButton>(modal, u"pauseKeepButton"_s), Qt::LeftButton);
        });
        QTest::keyClick(&panel, Qt::Key_F6); // a shortcut clicks its button a moment later
        REQUIRE(owtest::waitFor([&] { return keep.answered(); }));
        CHECK(child<QPushButton>(&panel, u"pauseButton"_s)->isEnabled()); // no request on its way
        CHECK_FALSE(pausedInHall(h, 3));
        CHECK(atWindow(h, 3).id == first.id);
        CHECK(panel.currentTicket().id == first.id);
    }

    SECTION("complete: the ticket is completed with the outcome chosen in the question, then the window pauses")
    {
        const auto complete = whenModal([](QWidget *modal) {
            REQUIRE(qobject_cast<ow::PauseDialog *>(modal));
            auto *outcome = child<QComboBox>(modal, u"pauseOutcome"_s);
            outcome->setCurrentIndex(outcome->findData(u"one_time_notice"_s));
            QTest::mouseClick(child<QPushButton>(modal, u"pauseCompleteButton"_s), Qt::LeftButton);
        });
        QTest::keyClick(&panel, Qt::Key_F6);
        REQUIRE(owtest::waitFor([&] { return pausedInHall(h, 3); }));
        const ow::HallTicket done = fetch(*h.supervisor, first.id);
        CHECK(done.state == u"completed"_s);
        CHECK(done.outcome == u"one_time_notice"_s);
        CHECK_FALSE(atWindow(h, 3).isValid());
        REQUIRE(owtest::waitFor([&] { return child<QPushButton>(&panel, u"pauseButton"_s)->text().contains(u"Resume"_s); }));
    }

    SECTION("transfer: the transfer dialog, then the window pauses")
    {
        owtest::ModalAnswer transferAnswer;
        const auto transfer = whenModal([&](QWidget *modal) {
            REQUIRE(qobject_cast<ow::PauseDialog *>(modal));
            transferAnswer = whenModal([](QWidget *next) {
                auto *dialog = qobject_cast<ow::TransferDialog *>(next);
                REQUIRE(dialog);
                dialog->setChoice({u"B"_s, {}, false, {}});
                dialog->accept();
            });
            QTest::mouseClick(child<QPushButton>(modal, u"pauseTransferButton"_s), Qt::LeftButton);
        });
        QTest::keyClick(&panel, Qt::Key_F6);
        REQUIRE(owtest::waitFor([&] { return pausedInHall(h, 3); }));
        const ow::HallTicket moved = fetch(*h.supervisor, first.id);
        CHECK(moved.state == u"waiting"_s);
        CHECK(moved.service == u"B"_s);
        CHECK(transferAnswer.answered());
    }

    // Paused and free, F6 resumes without a question (a question would wait for an answer forever).
    if (pausedInHall(h, 3)) {
        waitUntilIdle(panel);
        activate(panel); // the closed dialogs took the activation with them
        QTest::keyClick(&panel, Qt::Key_F6);
        REQUIRE(owtest::waitFor([&] { return !pausedInHall(h, 3); }));
    }
    CHECK(fetch(*h.supervisor, second.id).state == u"waiting"_s);
}

TEST_CASE("a transfer's note reaches the window that calls the ticket next")
{
    PanelHall h;
    ow::CallingPanel &panel = h.panel;
    auto window5 = std::make_unique<ow::HallClient>(h.hall.clientOptions(owtest::windowToken(5)));
    ow::CallingPanel next(window5.get(), owtest::windowId(5));
    next.show();
    window5->start();
    REQUIRE(owtest::waitFor([&] { return window5->isOnline(); }));
    const ow::HallTicket ticket = take(h, u"A"_s);
    REQUIRE(owtest::waitFor([&] { return child<QPushButton>(&panel, u"callNextButton"_s)->isEnabled(); }));
    panel.callNext();
    REQUIRE(owtest::waitFor([&] { return panel.currentTicket().id == ticket.id; }));
    CHECK(child<QLabel>(&panel, u"callingNoteLabel"_s)->isHidden()); // a ticket from the kiosk has no note
    waitUntilIdle(panel);

    const QString note = u"带户口本复印件 (copy of the hukou)"_s;
    const auto answer = whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ow::TransferDialog *>(modal);
        REQUIRE(dialog);
        dialog->setChoice({u"B"_s, {}, false, {}});
        auto *field = child<QLineEdit>(dialog, u"transferNote"_s);
        CHECK(field->maxLength() == 100);
        field->insert(u"带户口本复印件 "_s); // as an input method commits it (QTest types ASCII only)
        QTest::keyClicks(field, u"(copy of the hukou)"_s);
        dialog->accept();
    });
    activate(panel);
    QTest::keyClick(&panel, Qt::Key_F9);
    REQUIRE(owtest::waitFor([&] { return !panel.currentTicket().isValid(); }));
    CHECK(fetch(*h.supervisor, ticket.id).transferNote == note);

    // Window 5 serves B: its F1 brings the ticket, and the note is in its current-ticket area.
    REQUIRE(owtest::waitFor([&] { return waitingCodes(&next).contains(ticket.code); }));
    REQUIRE(owtest::waitFor([&] { return child<QPushButton>(&next, u"callNextButton"_s)->isEnabled(); }));
    next.callNext();
    REQUIRE(owtest::waitFor([&] { return next.currentTicket().id == ticket.id; }));
    auto *label = child<QLabel>(&next, u"callingNoteLabel"_s);
    CHECK_FALSE(label->isHidden());
    CHECK(label->text().contains(note));
}
