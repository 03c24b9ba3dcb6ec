#include "tests/tools/hallshots.h"

#include "core/demo/demoidentities.h"
#include "core/hall/client/hallclient.h"
#include "core/hall/server/hallconfig.h"
#include "core/hall/server/hallserver.h"
#include "tests/tools/shotsupport.h"
#include "ui/dashboard/badratingspage.h"
#include "ui/dashboard/bookingspage.h"
#include "ui/intake/checklistmodel.h"
#include "ui/intake/intakepage.h"
#include "ui/queue/boardwidget.h"
#include "ui/queue/callingpanel.h"
#include "ui/queue/kioskcheckin.h"
#include "ui/queue/kioskwidget.h"
#include "ui/queue/ratingwidget.h"
#include "ui/queue/transferdialog.h"

#include <QDateEdit>
#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <memory>

using namespace owshots;

namespace {

// Waits for one hall request (3 s at most).
ow::HallResult await(ow::HallReply *reply)
{
    ow::HallResult result;
    QEventLoop loop;
    QObject::connect(reply, &ow::HallReply::finished, &loop, [&](const ow::HallResult &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

// The hall queue's faces (issue 4): the demo hall in-process, a morning's tickets, and each face on its
// own, captured as <face>-LANG.png. The counter window with the calling panel is captured with a ticket
// at the window and the transfer dialog open. Needs the counter's services for the window's intake.
struct HallScene {
    ow::HallServer server;
    std::unique_ptr<ow::HallClient> kiosk, board, window, rating, supervisor;

    bool start(const QString &databasePath)
    {
        QString error;
        if (!server.start({QHostAddress(QHostAddress::LocalHost), 0, databasePath, ow::HallConfig::demo()}, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        auto client = [&](const QByteArray &token) {
            auto c = std::make_unique<ow::HallClient>(ow::HallClient::Options{server.baseUrl(), token});
            return c;
        };
        kiosk = client("demo-kiosk-1");
        board = client("demo-board-1");
        window = client("demo-window-03");
        rating = client("demo-window-03");
        supervisor = client("demo-supervisor");
        return true;
    }
    void connectAll()
    {
        for (ow::HallClient *c : {kiosk.get(), board.get(), window.get(), rating.get(), supervisor.get()})
            c->start();
        for (int i = 0; i < 50 && !(kiosk->isOnline() && board->isOnline() && window->isOnline() && rating->isOnline()); ++i)
            settle(100);
    }
    // A hall some minutes into the day: tickets of several services, a few windows calling.
    void morning()
    {
        for (const char *service : {"A", "A", "B", "A", "C", "A", "D", "E", "A", "B", "A", "C"})
            await(kiosk->issueTicket(QString::fromLatin1(service)));
        await(kiosk->issueTicket(QStringLiteral("A"), QStringLiteral("elderly")));
        for (int w : {5, 7, 1, 9, 2})
            await(supervisor->callNext(QStringLiteral("W%1").arg(w, 2, 10, QLatin1Char('0'))));
    }
};

void shootKiosk(HallScene &scene, const QDir &out, const QString &suffix)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    await(scene.supervisor->registerBooking(QStringLiteral("YY0427"), QStringLiteral("B"), now.addSecs(600), now.addSecs(2400)));
    ow::KioskWidget kiosk(scene.kiosk.get());
    kiosk.resize(1280, 720); // the halls' kiosks are landscape screens
    kiosk.move(0, 0);
    kiosk.show();
    settle(600);
    shootWidget(&kiosk, out.filePath(QStringLiteral("kiosk") + suffix + QStringLiteral(".png")));
    // 预约签到: the code typed on the kiosk's own keys, then checked in.
    kiosk.showCheckIn();
    auto *pad = kiosk.findChild<ow::BookingCodePad *>();
    for (const QString &key : {QStringLiteral("Y"), QStringLiteral("Y"), QStringLiteral("0"), QStringLiteral("4"),
                               QStringLiteral("2"), QStringLiteral("7")})
        pad->findChild<QPushButton *>(QStringLiteral("bookingKey_") + key)->click();
    shootWidget(&kiosk, out.filePath(QStringLiteral("kiosk-checkin") + suffix + QStringLiteral(".png")));
    kiosk.checkIn(pad->code());
    settle(600);
    shootWidget(&kiosk, out.filePath(QStringLiteral("kiosk-checked-in") + suffix + QStringLiteral(".png")));
}

void shootBoard(HallScene &scene, const QDir &out, const QString &suffix)
{
    ow::BoardWidget board(scene.board.get());
    board.resize(1280, 720);
    board.move(0, 0);
    board.show();
    await(scene.supervisor->callNext(QStringLiteral("W06")));
    await(scene.supervisor->recall(QStringLiteral("W01")));
    settle(800);
    shootWidget(&board, out.filePath(QStringLiteral("board") + suffix + QStringLiteral(".png")));
}

// The counter window joined to the hall as window 3: a ticket called with F1, then the transfer dialog.
void shootCallingPanel(HallScene &scene, ow::WindowServices services, const ow::WindowStation &station, const QDir &out,
                       const QString &suffix)
{
    services.hall = scene.window.get();
    services.hallWindowId = QStringLiteral("W03");
    ow::MainWindow window(station, services);
    window.setCatalog(services.intake->catalog());
    window.resize(1280, 800);
    window.move(0, 0);
    window.show();
    auto *panel = window.findChild<ow::CallingPanel *>();
    settle(400);
    panel->callNext();
    for (int i = 0; i < 30 && !panel->currentTicket().isValid(); ++i)
        settle(100);
    // The applicant's matter is taken in: the case is linked to the ticket and the outcome follows.
    startFoodLicenceIntake(&window, ow::demo::residentId(QStringLiteral("330106"), QDate(1985, 3, 9), 57),
                           QStringLiteral("陈刚"));
    ow::ChecklistModel *model = window.intakePage()->checklistModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->checklist().lines.at(row).askedOfApplicant())
            model->toggle(row);
    acceptNextDialog();
    window.findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
    settle(600);
    shoot(out.filePath(QStringLiteral("calling-panel") + suffix + QStringLiteral(".png")));
    ow::TransferDialog dialog(scene.window->snapshot(), panel->currentTicket(), QStringLiteral("W03"), &window);
    dialog.setChoice({QStringLiteral("B"), {}, true});
    dialog.show();
    shoot(out.filePath(QStringLiteral("transfer-dialog") + suffix + QStringLiteral(".png")));
    dialog.close();
    // Done at the counter: the rating screen asks next (shootRating).
    panel->complete();
    settle(400);
}

void shootRating(HallScene &scene, const QDir &out, const QString &suffix)
{
    ow::RatingWidget rating(scene.rating.get(), QStringLiteral("W03"));
    rating.resize(1024, 600);
    rating.move(0, 0);
    rating.show();
    settle(300);
    // The ticket completed at window 3 is asked about again, as if the completion had just arrived.
    const ow::HallResult r = await(scene.supervisor->callNext(QStringLiteral("W03")));
    await(scene.supervisor->complete(QStringLiteral("W03"), QStringLiteral("accepted")));
    settle(400);
    if (rating.page() != ow::RatingWidget::Page::Asking && r.ticket().isValid())
        rating.ask(r.ticket());
    shootWidget(&rating, out.filePath(QStringLiteral("rating") + suffix + QStringLiteral(".png")));
    rating.rate(5);
    settle(400);
    shootWidget(&rating, out.filePath(QStringLiteral("rating-thanks") + suffix + QStringLiteral(".png")));
}

// A dissatisfied applicant: the reasons page with two reasons touched; then the supervisor's bad-rating
// tab with that rating and one called back and rectified.
void shootBadRatings(HallScene &scene, const QDir &out, const QString &suffix)
{
    ow::RatingWidget rating(scene.rating.get(), QStringLiteral("W03"));
    rating.resize(1024, 600);
    rating.show();
    QStringList rated;
    for (int i = 0; i < 2; ++i) {
        await(scene.kiosk->issueTicket(QStringLiteral("A")));
        const ow::HallResult r = await(scene.supervisor->callNext(QStringLiteral("W03")));
        await(scene.supervisor->complete(QStringLiteral("W03"), QStringLiteral("accepted")));
        settle(300);
        if (rating.page() != ow::RatingWidget::Page::Asking && r.ticket().isValid())
            rating.ask(r.ticket());
        await(scene.supervisor->linkCases(r.ticket().id,
                                          {QStringLiteral("DEMO-%1-03-00%2").arg(r.ticket().id.left(8)).arg(41 + i)}));
        if (auto *comment = rating.findChild<QLineEdit *>(QStringLiteral("ratingComment")))
            comment->setText(i == 0 ? QStringLiteral("等了四十分钟，材料清单也没说清楚") : QStringLiteral("第二次来还要补材料"));
        rating.rate(i == 0 ? 1 : 2);
        for (const QString &reason : {QStringLiteral("waiting"), QStringLiteral("not_told_once")}) {
            if (auto *button = rating.findChild<QPushButton *>(QStringLiteral("ratingReason_") + reason))
                button->click();
        }
        if (i == 1)
            shootWidget(&rating, out.filePath(QStringLiteral("rating-reasons") + suffix + QStringLiteral(".png")));
        rating.sendWithReasons();
        settle(400);
        rated << r.ticket().id;
    }
    await(scene.supervisor->recordFollowUp(rated.first(), QStringLiteral("callback"),
                                           QStringLiteral("已电话回访，申请人接受解释")));
    await(scene.supervisor->recordFollowUp(rated.first(), QStringLiteral("rectification"), QStringLiteral("窗口增设取号引导")));
    ow::BadRatingsPage page(scene.supervisor.get());
    page.setTimeZone(await(scene.supervisor->fetchSnapshot()).snapshot().timeZone); // the hall's, as the dashboard sets it
    page.resize(1280, 420);
    page.show();
    page.refresh();
    settle(800);
    shootWidget(&page, out.filePath(QStringLiteral("dashboard-bad-ratings") + suffix + QStringLiteral(".png")));
}

// Bookings: tomorrow's slots of 不动产登记 (B), one booked for an applicant with the SMS to send, found again.
void shootBookings(HallScene &scene, const QDir &out, const QString &suffix)
{
    ow::BookingsPage page(scene.supervisor.get());
    page.setServices({{QStringLiteral("B"), QStringLiteral("不动产登记")}});
    page.resize(1280, 720);
    page.show();
    if (auto *day = page.findChild<QDateEdit *>(QStringLiteral("bookingDay")))
        day->setDate(day->date().addDays(1));
    page.refreshSlots();
    settle(600);
    if (auto *slotTable = page.findChild<QTableView *>(QStringLiteral("bookingSlotTable")))
        slotTable->selectRow(2);
    if (auto *name = page.findChild<QLineEdit *>(QStringLiteral("bookingName")))
        name->setText(QStringLiteral("王芳"));
    if (auto *phone = page.findChild<QLineEdit *>(QStringLiteral("bookingPhone")))
        phone->setText(QStringLiteral("13912345678"));
    page.book();
    settle(600);
    if (auto *query = page.findChild<QLineEdit *>(QStringLiteral("bookingQuery")))
        query->setText(QStringLiteral("王芳"));
    page.find();
    settle(600);
    shootWidget(&page, out.filePath(QStringLiteral("bookings") + suffix + QStringLiteral(".png")));
}

// The three applicant-facing faces at the sizes of the screens the halls bought (issue 16): the board with
// window 12's long call, the kiosk with a ticket on screen, the rating screen with a quick comment chosen.
// Named <face>-<W>x<H>-LANG.png.
void shootSizes(HallScene &scene, const QDir &out, const QString &suffix)
{
    await(scene.kiosk->issueTicket(QStringLiteral("B")));
    await(scene.supervisor->callNext(QStringLiteral("W12"))); // "B0nn → 12号窗口 全科（绿色通道）"
    const ow::HallTicket rated = await(scene.kiosk->issueTicket(QStringLiteral("C"))).ticket();
    for (const QSize &size : {QSize(1920, 1080), QSize(1366, 768)}) {
        const QString tag = QStringLiteral("-%1x%2").arg(size.width()).arg(size.height()) + suffix + QStringLiteral(".png");
        const QRect screen(QPoint(0, 0), size);
        {
            ow::BoardWidget board(scene.board.get());
            board.setGeometry(screen);
            board.show();
            settle(800);
            shootWidget(&board, out.filePath(QStringLiteral("board") + tag));
        }
        {
            ow::KioskWidget kiosk(scene.kiosk.get());
            kiosk.setResultTimeout(600000); // the ticket stays for the picture
            kiosk.setGeometry(screen);
            kiosk.show();
            settle(400);
            kiosk.issue(QStringLiteral("B"));
            settle(800);
            shootWidget(&kiosk, out.filePath(QStringLiteral("kiosk") + tag));
        }
        {
            ow::RatingWidget rating(scene.rating.get(), QStringLiteral("W03"));
            rating.setGeometry(screen);
            rating.show();
            rating.ask(rated);
            if (auto *choice = rating.findChild<QPushButton *>(QStringLiteral("quickComment_1")))
                choice->click();
            settle(500);
            shootWidget(&rating, out.filePath(QStringLiteral("rating") + tag));
        }
    }
}

} // namespace

bool shootHall(const ow::WindowServices &services, const ow::WindowStation &station, const QString &databasePath, const QDir &out,
               const QString &suffix)
{
    HallScene hall;
    if (!hall.start(databasePath))
        return false;
    hall.connectAll();
    hall.morning();
    shootKiosk(hall, out, suffix);
    shootBoard(hall, out, suffix);
    shootCallingPanel(hall, services, station, out, suffix);
    shootRating(hall, out, suffix);
    shootBadRatings(hall, out, suffix);
    shootBookings(hall, out, suffix);
    shootSizes(hall, out, suffix);
    return true;
}
