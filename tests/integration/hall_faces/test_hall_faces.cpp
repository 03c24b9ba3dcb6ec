// Kiosk, board and calling panel together, as in the hall: a ticket is taken at the kiosk, appears on the
// board, is called at window 3 (click and F1), recalled, and everything says "offline" when the service
// stops.

#include "tests/integration/hall/hallfixture.h"
#include "tests/integration/hall_faces/facefixture.h"
#include "tests/support/test_support.h"
#include "ui/queue/boardwidget.h"
#include "ui/queue/callingpanel.h"
#include "ui/queue/kioskwidget.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(w);
    return w;
}

QString text(QWidget *parent, const QString &name)
{
    return child<QLabel>(parent, name)->text();
}

QStringList items(QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

struct Hall {
    owtest::LocalHall hall;
    std::unique_ptr<ow::HallClient> kioskClient, boardClient, windowClient, supervisor;
    std::unique_ptr<ow::KioskWidget> kiosk;
    std::unique_ptr<ow::BoardWidget> board;
    std::unique_ptr<ow::CallingPanel> panel;

    Hall()
    {
        REQUIRE(hall.start());
        kioskClient = std::make_unique<ow::HallClient>(hall.clientOptions(owtest::kioskToken()));
        boardClient = std::make_unique<ow::HallClient>(hall.clientOptions(owtest::boardToken()));
        windowClient = std::make_unique<ow::HallClient>(hall.clientOptions(owtest::windowToken(3)));
        supervisor = std::make_unique<ow::HallClient>(hall.clientOptions(owtest::supervisorToken()));
        // The faces are made before the clients connect, as a program starts: they must follow.
        kiosk = std::make_unique<ow::KioskWidget>(kioskClient.get());
        board = std::make_unique<ow::BoardWidget>(boardClient.get());
        panel = std::make_unique<ow::CallingPanel>(windowClient.get(), owtest::windowId(3));
        for (ow::HallClient *c : {kioskClient.get(), boardClient.get(), windowClient.get()})
            c->start();
        REQUIRE(owtest::waitFor([&] { return kioskClient->isOnline() && boardClient->isOnline() && windowClient->isOnline(); }));
        kiosk->show();
        board->show();
        panel->show();
    }

    // Touches a service button and returns the issued ticket's code.
    QString take(const QString &service)
    {
        QSignalSpy issued(kiosk.get(), &ow::KioskWidget::ticketIssued);
        auto *button = child<QPushButton>(kiosk.get(), u"service_"_s + service);
        REQUIRE(owtest::waitFor([&] { return button->isEnabled(); }));
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(owtest::waitFor([&] { return issued.count() == 1; }));
        return issued.first().first().value<ow::HallTicket>().code;
    }
};

} // namespace

TEST_CASE("kiosk, board and calling panel work the queue together")
{
    Hall h;

    // The kiosk lists the hall's services and the priority categories.
    for (const QString &code : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s})
        child<QPushButton>(h.kiosk.get(), u"service_"_s + code);

    const QString first = h.take(u"A"_s);
    CHECK(first == u"A001"_s);
    const QString ticketText = text(h.kiosk.get(), u"kioskTicketLabel"_s);
    CHECK(ticketText.contains(first));
    CHECK(ticketText.contains(u"综合受理"_s));
    CHECK(ticketText.contains(u"0 person"_s));

    // The board shows it waiting, and so does the window that serves A.
    CHECK(owtest::waitFor([&] { return text(h.board.get(), u"waiting_A"_s).contains(first); }));
    CHECK(text(h.board.get(), u"waiting_A"_s).contains(u"1 waiting"_s));
    CHECK(owtest::waitFor([&] { return faces::waitingCodes(h.panel.get()).contains(first); }));

    // Call next by click: the board's big label names the ticket and the window.
    QTest::mouseClick(child<QPushButton>(h.panel.get(), u"callNextButton"_s), Qt::LeftButton);
    auto latest = [&] { return text(h.board.get(), u"boardLatestCall"_s); };
    REQUIRE(owtest::waitFor([&] { return latest().contains(first) && latest().contains(u"3号窗口"_s); }, 20s));
    CHECK(owtest::waitFor([&] { return h.panel->currentTicket().code == first; }));
    CHECK(text(h.panel.get(), u"callingTicketLabel"_s) == first);
    CHECK(owtest::waitFor([&] { return !faces::waitingCodes(h.panel.get()).contains(first); }));

    // F1 completes the ticket at the window and calls the next one.
    const QString second = h.take(u"A"_s);
    auto *callNext = child<QPushButton>(h.panel.get(), u"callNextButton"_s);
    REQUIRE(owtest::waitFor([&] { return callNext->isEnabled(); }));
    h.panel->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(h.panel.get()));
    QSignalSpy finished(h.panel.get(), &ow::CallingPanel::ticketFinished);
    QTest::keyClick(h.panel.get(), Qt::Key_F1);
    REQUIRE(owtest::waitFor([&] { return latest().contains(second) && latest().contains(u"3号窗口"_s); }, 20s));
    // The board hears the call on its stream, which may be before the panel has the HTTP reply.
    REQUIRE(owtest::waitFor([&] { return finished.count() == 1; }));
    CHECK(finished.first().first().value<ow::HallTicket>().code == first);
    CHECK(items(child<QListWidget>(h.board.get(), u"boardPreviousCalls"_s)).join(u'|').contains(first));

    // Another window calls someone else; a recall at window 3 brings its ticket back to the top.
    const QString third = h.take(u"A"_s);
    h.supervisor->start();
    REQUIRE(owtest::await(h.supervisor->callNext(owtest::windowId(4))).ok());
    REQUIRE(owtest::waitFor([&] { return latest().contains(third); }, 20s));
    QSignalSpy recalled(h.boardClient.get(), &ow::HallClient::ticketRecalled);
    QTest::mouseClick(child<QPushButton>(h.panel.get(), u"recallButton"_s), Qt::LeftButton);
    REQUIRE(owtest::waitFor([&] { return latest().contains(second) && latest().contains(u"3号窗口"_s); }, 20s));
    CHECK(recalled.count() == 1);

    // The service stops: the panel and the board say so plainly, and the buttons rest.
    h.hall.server.stop();
    CHECK(owtest::waitFor([&] { return text(h.panel.get(), u"callingStateLabel"_s).contains(u"offline"_s); }, 20s));
    CHECK(text(h.panel.get(), u"callingStateLabel"_s).contains(u"intake still works"_s));
    CHECK(owtest::waitFor([&] { return text(h.board.get(), u"boardStateLabel"_s).contains(u"offline"_s); }, 20s));
    CHECK(owtest::waitFor([&] { return text(h.kiosk.get(), u"kioskStateLabel"_s).contains(u"offline"_s); }, 20s));
    CHECK_FALSE(callNext->isEnabled());
    CHECK_FALSE(child<QPushButton>(h.kiosk.get(), u"service_A"_s)->isEnabled());
    // The last calls stay on the board.
    CHECK(latest().contains(second));
}

TEST_CASE("the kiosk shows a refused ticket plainly and the priority option is for one person")
{
    Hall h;
    auto *priority = child<QPushButton>(h.kiosk.get(), u"kioskPriority"_s);
    priority->setChecked(true);
    QSignalSpy issued(h.kiosk.get(), &ow::KioskWidget::ticketIssued);
    QTest::mouseClick(child<QPushButton>(h.kiosk.get(), u"service_C"_s), Qt::LeftButton);
    REQUIRE(owtest::waitFor([&] { return issued.count() == 1; }));
    const ow::HallTicket ticket = issued.first().first().value<ow::HallTicket>();
    CHECK(ticket.priority == u"elderly"_s);
    CHECK(text(h.kiosk.get(), u"kioskTicketLabel"_s).contains(u"Priority"_s));
    CHECK_FALSE(priority->isChecked());

    // An unknown service (a stale button) is refused by the service: the kiosk says so.
    QSignalSpy failed(h.kiosk.get(), &ow::KioskWidget::issueFailed);
    h.kiosk->issue(u"Z"_s);
    REQUIRE(owtest::waitFor([&] { return failed.count() == 1; }));
    CHECK(text(h.kiosk.get(), u"kioskTicketLabel"_s).contains(u"No ticket was issued"_s));
}

TEST_CASE("the board's marquee scrolls the notice")
{
    ow::BoardWidget board(nullptr);
    board.setNotice(u"办事请携带身份证原件"_s);
    auto *marquee = child<QLabel>(&board, u"boardMarquee"_s);
    const QString before = marquee->text();
    CHECK(owtest::waitFor([&] { return marquee->text() != before; }, 20s));
    CHECK(text(&board, u"boardStateLabel"_s).contains(u"offline"_s));
    board.setNotice({});
    CHECK(marquee->isHidden());
}

TEST_CASE("the calling panel without a hall service says so and its keys can be moved")
{
    // A client that never reaches a service: the clerk's window starts anyway.
    ow::HallClient client({QUrl(u"http://127.0.0.1:1"_s), owtest::windowToken(3), 500, 50, 200});
    ow::CallingPanel panel(&client, owtest::windowId(3));
    client.start();
    CHECK(text(&panel, u"callingStateLabel"_s).contains(u"offline: intake still works"_s));
    auto *callNext = child<QPushButton>(&panel, u"callNextButton"_s);
    CHECK_FALSE(callNext->isEnabled());
    CHECK(callNext->shortcut() == QKeySequence(Qt::Key_F1));
    CHECK(child<QPushButton>(&panel, u"pauseButton"_s)->shortcut() == QKeySequence(Qt::Key_F6));

    ow::CallingPanel::Keys keys;
    keys.recall = QKeySequence(Qt::CTRL | Qt::Key_F2);
    keys.noShow = QKeySequence(Qt::CTRL | Qt::Key_F3);
    panel.setKeys(keys);
    auto *recall = child<QPushButton>(&panel, u"recallButton"_s);
    CHECK(recall->shortcut() == keys.recall);
    CHECK(recall->text().contains(keys.recall.toString(QKeySequence::NativeText)));
    // Retries while offline keep it offline: wait until one attempt has come and gone, then look.
    QSignalSpy states(&client, &ow::HallClient::stateChanged);
    REQUIRE(owtest::waitFor([&] { return states.count() >= 2; }));
    CHECK(text(&panel, u"callingStateLabel"_s).contains(u"offline"_s));
}
