// onewindow-screenshots OUTDIR LANG: the real counter window on a fresh demo database, driven through a
// few realistic moments and captured from the screen, plus the PDF documents those moments printed.
// Run it under a display: xvfb-run (scripts/screenshots.sh does).
#include "core/calendar/workingcalendar.h"
#include "core/demo/demoidentities.h"
#include "core/demo/demosetup.h"
#include "core/hall/client/hallclient.h"
#include "core/hall/server/hallconfig.h"
#include "core/hall/server/hallserver.h"
#include "core/security/audittrail.h"
#include "core/storage/database.h"
#include "core/workflow/casedesk.h"
#include "core/workflow/intakeservice.h"
#include "tests/tools/dashboardshot.h"
#include "translations/translations.h"
#include "ui/cases/casespage.h"
#include "ui/catalog/catalogbrowser.h"
#include "ui/intake/checklistmodel.h"
#include "ui/intake/intakepage.h"
#include "ui/mainwindow.h"
#include "ui/print/documentprinter.h"
#include "ui/queue/boardwidget.h"
#include "ui/queue/callingpanel.h"
#include "ui/queue/kioskcheckin.h"
#include "ui/queue/kioskwidget.h"
#include "ui/queue/ratingwidget.h"
#include "ui/queue/transferdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QEventLoop>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

void settle(int ms = 400)
{
    QTest::qWait(ms);
}

void shoot(const QString &path)
{
    settle();
    QApplication::primaryScreen()->grabWindow(0).save(path);
    qInfo("%s", qPrintable(path));
}

// Answers the next modal dialog with Yes / OK.
void acceptNextDialog()
{
    QTimer::singleShot(300, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
}

// Captures one top-level widget whole, also where it is larger than the virtual screen (the board).
void shootWidget(QWidget *widget, const QString &path)
{
    settle();
    widget->grab().save(path);
    qInfo("%s", qPrintable(path));
}

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
    kiosk.resize(640, 800);
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
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("applicantIdEdit")),
                     ow::demo::residentId(QStringLiteral("330106"), QDate(1985, 3, 9), 57));
    window.findChild<QLineEdit *>(QStringLiteral("applicantNameEdit"))->setText(QStringLiteral("陈刚"));
    auto *matter = window.findChild<QLineEdit *>(QStringLiteral("intakeMatterEdit"));
    QTest::keyClicks(matter, QStringLiteral("spjyxkxb"));
    QTest::keyClick(matter, Qt::Key_Return);
    for (QComboBox *box : window.findChildren<QComboBox *>())
        if (box->objectName().startsWith(QStringLiteral("situation_")))
            box->setCurrentIndex(1);
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        qWarning("usage: onewindow-screenshots OUTDIR LANG");
        return 2;
    }
    const QDir out(args.at(1));
    const QString lang = args.at(2);
    QLocale::setDefault(QLocale(lang));
    ow::installTranslations(app, QLocale(lang));

    QTemporaryDir dir;
    ow::Database db;
    ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("demo.db")), &error) || !ow::prepareDemoHall(db, calendar, 60, &error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    ow::AuditTrail audit(db);
    ow::IntakeService intake(db, calendar, {}, ow::Station{QStringLiteral("DEMO"), 3, QStringLiteral("demo")});
    intake.setAuditTrail(&audit);
    intake.reloadCatalog();
    const QString hallName = QCoreApplication::translate("onewindow", "Demo District Government Service Centre");
    const QString clerk = lang.startsWith(QStringLiteral("zh")) ? QStringLiteral("李娜") : QStringLiteral("Li Na");
    ow::CaseDesk desk(
        db, &audit,
        ow::DocumentStation{hallName, QStringLiteral("DEMO"), 3, clerk, QStringLiteral("%1"), QStringLiteral("0571-12345")});
    ow::DocumentPrinter printer(dir.filePath(QStringLiteral("documents")), ow::PrintMode::ArchiveOnly);
    ow::MainWindow window(ow::WindowStation{QStringLiteral("DEMO"), 3, clerk, db.path(), {}},
                          ow::WindowServices{&intake, &desk, &printer, nullptr, nullptr, {}});
    window.setCatalog(intake.catalog());
    window.resize(1280, 800);
    window.show();
    settle(800);
    const QString suffix = u'-' + lang;

    // 1. Intake in progress: 食品经营许可（新办） for a person, some materials ticked.
    auto *id = window.findChild<QLineEdit *>(QStringLiteral("applicantIdEdit"));
    QTest::keyClicks(id, ow::demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123));
    window.findChild<QLineEdit *>(QStringLiteral("applicantNameEdit"))->setText(QStringLiteral("王芳"));
    window.findChild<QLineEdit *>(QStringLiteral("applicantPhoneEdit"))->setText(QStringLiteral("13812345678"));
    auto *matter = window.findChild<QLineEdit *>(QStringLiteral("intakeMatterEdit"));
    QTest::keyClicks(matter, QStringLiteral("spjyxkxb"));
    QTest::keyClick(matter, Qt::Key_Return);
    for (QComboBox *box : window.findChildren<QComboBox *>())
        if (box->objectName().startsWith(QStringLiteral("situation_")))
            box->setCurrentIndex(1);
    auto *view = window.findChild<QTableView *>(QStringLiteral("checklistView"));
    ow::ChecklistModel *model = window.intakePage()->checklistModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (row != 3)
            model->toggle(row);
    view->setCurrentIndex(model->index(3, ow::ChecklistModel::NameColumn));
    view->setFocus();
    shoot(out.filePath(QStringLiteral("intake") + suffix + QStringLiteral(".png")));

    // 2. The deficiency decision, then the same applicant's one-time notice for another matter.
    acceptNextDialog();
    window.findChild<QPushButton *>(QStringLiteral("acceptDeficiencyButton"))->click();
    settle();
    QTest::keyClicks(id, ow::demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123));
    QTest::keyClicks(matter, QStringLiteral("gtgshsldj")); // 个体工商户设立登记
    QTest::keyClick(matter, Qt::Key_Return);
    for (QComboBox *box : window.findChildren<QComboBox *>())
        if (box->objectName().startsWith(QStringLiteral("situation_")))
            box->setCurrentIndex(box->count() - 1);
    model->toggle(0);
    acceptNextDialog();
    window.findChild<QPushButton *>(QStringLiteral("noticeButton"))->click();
    settle();

    // 3. The case list of the day.
    window.showPage(window.casesPage());
    window.casesPage()->refresh();
    shoot(out.filePath(QStringLiteral("cases") + suffix + QStringLiteral(".png")));

    // 4. The catalog, found by pinyin initials.
    window.catalogBrowser()->setQuery(QStringLiteral("spjy"));
    window.showPage(window.catalogBrowser());
    shoot(out.filePath(QStringLiteral("catalog") + suffix + QStringLiteral(".png")));

    // 5. The hall queue's faces, each on its own.
    window.hide();
    HallScene hall;
    if (!hall.start(dir.filePath(QStringLiteral("hall.db"))))
        return 1;
    hall.connectAll();
    hall.morning();
    shootKiosk(hall, out, suffix);
    shootBoard(hall, out, suffix);
    shootCallingPanel(hall, ow::WindowServices{&intake, &desk, &printer, nullptr, nullptr, {}},
                      ow::WindowStation{QStringLiteral("DEMO"), 3, clerk, db.path(), {}}, out, suffix);
    shootRating(hall, out, suffix);

    // 6. The supervisor's dashboard.
    shootDashboard(out, lang);

    // The documents printed on the way, for pdftoppm.
    QDirIterator pdfs(dir.filePath(QStringLiteral("documents")), {QStringLiteral("*.pdf")}, QDir::Files,
                      QDirIterator::Subdirectories);
    while (pdfs.hasNext()) {
        const QString path = pdfs.next();
        const QString kind = QFileInfo(path).completeBaseName().section(u'-', 4); // after HALL-DATE-WW-NNNN
        QFile::remove(out.filePath(kind + suffix + QStringLiteral(".pdf")));
        QFile::copy(path, out.filePath(kind + suffix + QStringLiteral(".pdf")));
        qInfo("%s", qPrintable(out.filePath(kind + suffix + QStringLiteral(".pdf"))));
    }
    return 0;
}
