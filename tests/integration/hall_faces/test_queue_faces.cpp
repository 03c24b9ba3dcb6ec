// The rest of the hall's faces (issue 4), against the in-process hall service: transfer from the calling
// panel, the 好差评 rating screen, and the link between the intake's decisions and the ticket at the
// clerk's window (the kiosk's check-in and elderly priority: test_kiosk_faces.cpp). What the hall stored
// is read back from the hall itself (fetchTicket, fetchSnapshot), not from the widgets.

#include "core/demo/demoidentities.h"
#include "core/hall/reporter/ticketcaselinker.h"
#include "tests/integration/hall_faces/facefixture.h"
#include "tests/ui/counterwindow.h"
#include "ui/intake/checklistmodel.h"
#include "ui/intake/intakepage.h"
#include "ui/queue/callingpanel.h"
#include "ui/queue/ratingwidget.h"
#include "ui/queue/transferdialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using namespace faces;

// The clerk's whole window (intake + calling panel) on a demo database, joined to the hall as window 3.
struct Counter : owtest::CounterWindow {
    ow::CallingPanel *panel = nullptr;

    explicit Counter(ow::HallClient *hallClient)
        : owtest::CounterWindow(0, hallClient, owtest::windowId(3))
    {
        findPanel();
    }

    // A restart of the window program: its state in memory is gone, its database stays.
    void openWindow()
    {
        panel = nullptr;
        owtest::CounterWindow::openWindow();
        findPanel();
    }

    void findPanel() { panel = child<ow::CallingPanel>(window.get(), u"callingPanel"_s); }

    // 食品经营许可（新办） for a person; all materials (accept) or none (one-time notice); returns the case number.
    QString decide(bool allMaterials)
    {
        QTest::keyClicks(child<QLineEdit>(window.get(), u"applicantIdEdit"_s),
                         ow::demo::residentId(u"330106"_s, QDate(1990, 5, 17), 123));
        child<QLineEdit>(window.get(), u"applicantNameEdit"_s)->setText(u"王芳"_s);
        auto *matter = child<QLineEdit>(window.get(), u"intakeMatterEdit"_s);
        QTest::keyClicks(matter, u"spjyxkxb"_s);
        QTest::keyClick(matter, Qt::Key_Return);
        for (QComboBox *box : window->findChildren<QComboBox *>())
            if (box->objectName().startsWith(u"situation_"_s))
                box->setCurrentIndex(1);
        ow::ChecklistModel *model = window->intakePage()->checklistModel();
        if (allMaterials)
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->checklist().lines.at(row).askedOfApplicant())
                    model->toggle(row);
        QSignalSpy saved(window->intakePage(), &ow::IntakePage::caseSaved);
        const auto confirm = confirmNextDialog();
        QTest::mouseClick(child<QPushButton>(window.get(), allMaterials ? u"acceptButton"_s : u"noticeButton"_s), Qt::LeftButton);
        REQUIRE(owtest::waitFor([&] { return saved.count() == 1; }));
        return saved.first().at(1).toString();
    }

    // A ticket issued at the kiosk and called to this window with F1, as the day starts.
    QString callNewTicket(Hall &h)
    {
        const QString ticketId = h.issue(u"A"_s);
        REQUIRE(owtest::waitFor([&] { return child<QPushButton>(panel, u"callNextButton"_s)->isEnabled(); }));
        panel->callNext();
        REQUIRE(owtest::waitFor([&] { return panel->currentTicket().id == ticketId; }));
        return ticketId;
    }
};

// Shows window 3's rating screen with short timeouts (the question 400 ms, the thanks 300 ms), so a
// test sees both go away by themselves, and brings the hall's clients online.
void showQuickRating(Hall &h, ow::RatingWidget &rating)
{
    rating.setTimeouts(400, 300);
    rating.show();
    h.startAll();
}

} // namespace

TEST_CASE("a decision taken while a ticket is at the window is linked to it and sets its outcome")
{
    Hall h;
    Counter c(h.window.get());
    h.startAll();
    const QString ticketId = c.callNewTicket(h);
    CHECK(c.panel->outcome() == u"consulted"_s); // nothing decided yet

    const QString accepted = c.decide(true);
    REQUIRE(owtest::waitFor([&] { return fetch(*h.supervisor, ticketId).caseIds.contains(accepted); }));
    CHECK(c.panel->outcome() == u"accepted"_s);
    CHECK(text(c.panel, u"callingMessageLabel"_s).contains(accepted));

    // A second matter for the same applicant ends in a notice: both cases are linked, the visit still took one in.
    const QString notice = c.decide(false);
    REQUIRE(owtest::waitFor([&] { return fetch(*h.supervisor, ticketId).caseIds.size() == 2; }));
    CHECK(fetch(*h.supervisor, ticketId).caseIds == QStringList{accepted, notice});
    CHECK(c.panel->outcome() == u"accepted"_s);

    // F1 ("next, please") completes the ticket with that outcome; the next visit starts as a consultation.
    const QString next = h.issue(u"A"_s);
    c.panel->callNext();
    REQUIRE(owtest::waitFor([&] { return c.panel->currentTicket().id == next; }));
    const ow::HallTicket done = fetch(*h.supervisor, ticketId);
    CHECK(done.state == u"completed"_s);
    CHECK(done.outcome == u"accepted"_s);
    CHECK(c.panel->outcome() == u"consulted"_s);

    // The hall goes away: intake goes on, the window says so, and the link follows when the hall is back.
    const quint16 port = quint16(h.hall.url.port());
    h.hall.server.stop();
    REQUIRE(owtest::waitFor([&] { return !h.window->isOnline(); }, 20s));
    const QString offline = c.decide(false);
    REQUIRE(owtest::waitFor([&] { return text(c.panel, u"callingMessageLabel"_s).contains(u"not reachable"_s); }, 20s));
    CHECK(text(c.panel, u"callingStateLabel"_s).contains(u"offline"_s));
    CHECK(c.panel->outcome() == u"one_time_notice"_s);
    REQUIRE(h.hall.start(port));
    REQUIRE(owtest::waitFor([&] { return h.window->isOnline() && h.supervisor->isOnline(); }, 15s));
    CHECK(owtest::waitFor([&] { return fetch(*h.supervisor, next).caseIds == QStringList{offline}; }, 20s));
}

TEST_CASE("a link the hall has not confirmed survives a restart of the window program")
{
    Hall h;
    Counter c(h.window.get());
    h.startAll();
    const QString ticketId = c.callNewTicket(h);

    // The hall goes away, a case is taken in, and the window program is closed before the hall is back.
    const quint16 port = quint16(h.hall.url.port());
    h.hall.server.stop();
    REQUIRE(owtest::waitFor([&] { return !h.window->isOnline(); }, 20s));
    const QString offline = c.decide(true);
    REQUIRE(owtest::waitFor([&] { return text(c.panel, u"callingMessageLabel"_s).contains(u"not reachable"_s); }, 20s));
    CHECK(ow::TicketLinkStore(c.db).pending().size() == 1);
    c.openWindow();

    REQUIRE(h.hall.start(port));
    REQUIRE(owtest::waitFor([&] { return h.window->isOnline() && h.supervisor->isOnline(); }, 15s));
    CHECK(owtest::waitFor([&] { return fetch(*h.supervisor, ticketId).caseIds == QStringList{offline}; }, 20s));
    CHECK(owtest::waitFor([&] { return ow::TicketLinkStore(c.db).pending().isEmpty(); }));
}

TEST_CASE("a decision without a ticket at the window links nothing")
{
    Hall h;
    Counter c(h.window.get());
    h.startAll();
    auto *linker = c.window->findChild<ow::TicketCaseLinker *>();
    REQUIRE(linker);
    CHECK_FALSE(linker->currentTicket().isValid());
    // The linker answers in the caseSaved slot itself: a decision it linked would have changed the visit's
    // outcome before decide() returns, so no waiting is needed to see that nothing happened.
    QSignalSpy outcome(linker, &ow::TicketCaseLinker::outcomeChanged);
    c.decide(true);
    CHECK(outcome.isEmpty());
    CHECK(linker->pendingLinks() == 0);
    CHECK(ow::TicketLinkStore(c.db).pending().isEmpty());
}

TEST_CASE("the calling panel transfers the ticket to another service or window")
{
    Hall h;
    ow::CallingPanel panel(h.window.get(), owtest::windowId(3));
    panel.show();
    h.startAll();
    const QString first = h.issue(u"A"_s);
    auto *transfer = child<QPushButton>(&panel, u"transferButton"_s);
    CHECK(transfer->shortcut() == QKeySequence(Qt::Key_F9));
    CHECK_FALSE(transfer->isEnabled()); // nobody at the window
    panel.callNext();
    REQUIRE(owtest::waitFor([&] { return panel.currentTicket().id == first && transfer->isEnabled(); }));

    // The dialog, as the clerk uses it: service B, with priority.
    const auto answer = whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<ow::TransferDialog *>(modal);
        REQUIRE(dialog);
        auto *ok = dialog->findChild<QPushButton *>();
        REQUIRE(ok);
        dialog->setChoice({u"B"_s, {}, true});
        dialog->accept();
    });
    QTest::mouseClick(transfer, Qt::LeftButton);
    REQUIRE(owtest::waitFor([&] { return !panel.currentTicket().isValid(); }));
    // The stream may tell the panel before the HTTP reply does; the message comes with the reply.
    REQUIRE(owtest::waitFor([&] { return text(&panel, u"callingMessageLabel"_s).contains(u"transferred"_s); }));
    ow::HallResult snapshot = owtest::await(h.supervisor->fetchSnapshot());
    REQUIRE(snapshot.ok());
    const QList<ow::HallTicket> waitingB = snapshot.snapshot().waitingFor(u"B"_s);
    REQUIRE(waitingB.size() == 1);
    CHECK(waitingB.first().id == first);
    CHECK(waitingB.first().transferPriority);
    CHECK(waitingB.first().code.startsWith(u'A')); // it keeps its number

    // To a specific window; a window that does not exist is refused with a sentence.
    const QString second = h.issue(u"A"_s);
    panel.callNext();
    REQUIRE(
        owtest::waitFor([&] { return panel.currentTicket().id == second && !transfer->isHidden() && transfer->isEnabled(); }));
    panel.transferTo({{}, u"W99"_s, false});
    REQUIRE(owtest::waitFor([&] { return text(&panel, u"callingMessageLabel"_s).contains(u"Not transferred"_s); }));
    CHECK(text(&panel, u"callingMessageLabel"_s).contains(u"window"_s));
    CHECK(panel.currentTicket().id == second);
    REQUIRE(owtest::waitFor([&] { return transfer->isEnabled(); }));
    panel.transferTo({{}, owtest::windowId(7), false});
    REQUIRE(owtest::waitFor([&] { return !panel.currentTicket().isValid(); }));
    snapshot = owtest::await(h.supervisor->fetchSnapshot());
    const auto waiting = snapshot.snapshot().waitingFor(u"A"_s);
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().assignedWindow == owtest::windowId(7));

    // The dialog refuses a transfer to nowhere before it is sent.
    ow::HallTicket ticket;
    ticket.code = u"A009"_s;
    ticket.service = u"A"_s;
    ow::TransferDialog dialog(snapshot.snapshot(), ticket, owtest::windowId(3));
    CHECK_FALSE(dialog.choice().isValid());
    CHECK(text(&dialog, u"transferHint"_s).contains(u"Choose"_s));
}

TEST_CASE("the rating screen asks after a completion at its window and the hall stores the rating")
{
    Hall h;
    ow::RatingWidget rating(h.window.get(), owtest::windowId(3));
    showQuickRating(h, rating);
    CHECK(rating.page() == ow::RatingWidget::Page::Idle);
    CHECK(text(&rating, u"ratingName_5"_s) == u"Very satisfied"_s);
    CHECK(text(&rating, u"ratingName_1"_s) == u"Very dissatisfied"_s);
    CHECK(child<QPushButton>(&rating, u"rating_1"_s)->accessibleName() == u"Very dissatisfied"_s);

    // A completion at another window is not this screen's business.
    // The screen hears of completions from its client's stream; once the client has passed this one on,
    // the screen has had its chance to react.
    QSignalSpy completed(h.window.get(), &ow::HallClient::ticketCompleted);
    const QString elsewhere = h.issue(u"A"_s);
    REQUIRE(owtest::await(h.supervisor->callNext(owtest::windowId(4))).ok());
    REQUIRE(owtest::await(h.supervisor->complete(owtest::windowId(4), u"consulted"_s)).ok());
    REQUIRE(owtest::waitFor([&] { return completed.count() == 1; }));
    CHECK(completed.first().first().value<ow::HallTicket>().id == elsewhere);
    CHECK(rating.page() == ow::RatingWidget::Page::Idle);
    CHECK(fetch(*h.supervisor, elsewhere).state == u"completed"_s);

    // Completed here: the five levels; a comment and "satisfied" are stored with the ticket.
    const QString mine = h.issue(u"A"_s);
    REQUIRE(owtest::await(h.window->callNext(owtest::windowId(3))).ok());
    REQUIRE(owtest::await(h.window->linkCases(mine, {u"XH-20261128-03-0001"_s})).ok());
    REQUIRE(owtest::await(h.window->complete(owtest::windowId(3), u"accepted"_s)).ok());
    REQUIRE(owtest::waitFor([&] { return rating.page() == ow::RatingWidget::Page::Asking; }));
    CHECK(rating.ticket().id == mine);
    CHECK(text(&rating, u"ratingQuestion"_s).contains(rating.ticket().code));
    QSignalSpy rated(&rating, &ow::RatingWidget::rated);
    child<QLineEdit>(&rating, u"ratingComment"_s)->insert(u"办得很快"_s); // keyClicks knows ASCII only
    QTest::mouseClick(child<QPushButton>(&rating, u"rating_4"_s), Qt::LeftButton);
    REQUIRE(owtest::waitFor([&] { return rated.count() == 1; }));
    CHECK(rating.page() == ow::RatingWidget::Page::Thanks);
    const ow::HallTicket stored = fetch(*h.supervisor, mine);
    CHECK(stored.rating == 4);
    CHECK(stored.json.value(u"ratingComment"_s).toString() == u"办得很快"_s);
    CHECK(stored.caseIds == QStringList{u"XH-20261128-03-0001"_s});
    // The thanks go away by themselves.
    CHECK(owtest::waitFor([&] { return rating.page() == ow::RatingWidget::Page::Idle; }, 20s));

    // Nobody rates: the question goes away by itself and nothing is stored.
    const QString unrated = h.issue(u"A"_s);
    REQUIRE(owtest::await(h.window->callNext(owtest::windowId(3))).ok());
    REQUIRE(owtest::await(h.window->complete(owtest::windowId(3), u"consulted"_s)).ok());
    REQUIRE(owtest::waitFor([&] { return rating.page() == ow::RatingWidget::Page::Asking; }));
    CHECK(owtest::waitFor([&] { return rating.page() == ow::RatingWidget::Page::Idle; }, 20s));
    CHECK(fetch(*h.supervisor, unrated).rating == 0);

    // Rated elsewhere first (at the kiosk): the applicant is thanked all the same.
    const QString twice = h.issue(u"A"_s);
    REQUIRE(owtest::await(h.window->callNext(owtest::windowId(3))).ok());
    REQUIRE(owtest::await(h.window->complete(owtest::windowId(3), u"consulted"_s)).ok());
    REQUIRE(owtest::waitFor([&] { return rating.page() == ow::RatingWidget::Page::Asking; }));
    REQUIRE(owtest::await(h.kiosk->rate(twice, 2)).ok());
    QSignalSpy failed(&rating, &ow::RatingWidget::rateFailed);
    rating.rate(5);
    REQUIRE(owtest::waitFor([&] { return failed.count() == 1; }));
    CHECK(text(&rating, u"ratingThanksLabel"_s).contains(u"already been rated"_s));
    CHECK(fetch(*h.supervisor, twice).rating == 2);
}

TEST_CASE("a bad rating is sent with its reasons, and also when the applicant walks away from the question why")
{
    Hall h;
    ow::RatingWidget rating(h.window.get(), owtest::windowId(3));
    showQuickRating(h, rating);
    const auto completeOne = [&] {
        const QString id = h.issue(u"A"_s);
        REQUIRE(owtest::await(h.window->callNext(owtest::windowId(3))).ok());
        REQUIRE(owtest::await(h.window->complete(owtest::windowId(3), u"accepted"_s)).ok());
        REQUIRE(owtest::waitFor([&] { return rating.page() == ow::RatingWidget::Page::Asking && rating.ticket().id == id; }));
        return id;
    };
    QSignalSpy rated(&rating, &ow::RatingWidget::rated);

    // 1 star, one reason touched, then nobody: the rating and that reason are sent when the question times out.
    const QString first = completeOne();
    QTest::mouseClick(child<QPushButton>(&rating, u"rating_1"_s), Qt::LeftButton);
    REQUIRE(rating.page() == ow::RatingWidget::Page::Reasons);
    QTest::mouseClick(child<QPushButton>(&rating, u"ratingReason_attitude"_s), Qt::LeftButton);
    REQUIRE(owtest::waitFor([&] { return rated.count() == 1; }));
    ow::HallTicket stored = fetch(*h.supervisor, first);
    CHECK(stored.rating == 1);
    CHECK(stored.ratingReasons == QStringList{u"attitude"_s});
    REQUIRE(owtest::waitFor([&] { return rating.page() == ow::RatingWidget::Page::Idle; }));

    // 2 stars and the next completion comes before Send: the first applicant's rating is not dropped.
    rating.setTimeouts(60000, 300);
    const QString second = completeOne();
    QTest::mouseClick(child<QPushButton>(&rating, u"rating_2"_s), Qt::LeftButton);
    REQUIRE(rating.page() == ow::RatingWidget::Page::Reasons);
    const QString third = completeOne();
    CHECK(rating.page() == ow::RatingWidget::Page::Asking);
    CHECK_FALSE(child<QPushButton>(&rating, u"ratingReason_attitude"_s)->isChecked());
    REQUIRE(owtest::waitFor([&] { return fetch(*h.supervisor, second).rating == 2; }));
    CHECK(fetch(*h.supervisor, second).ratingReasons.isEmpty());

    // A good rating goes at once, without the question why.
    QTest::mouseClick(child<QPushButton>(&rating, u"rating_4"_s), Qt::LeftButton);
    CHECK(rating.page() != ow::RatingWidget::Page::Reasons);
    REQUIRE(owtest::waitFor([&] { return fetch(*h.supervisor, third).rating == 4; }));
}
