// The bookings page (预约) against the real hall on loopback: the slots of a day with their free places,
// booking the selected slot (one fewer free place, the SMS with the code), finding and cancelling it (the
// place is free again). The dashboard has it as a tab, the clerk's window as a page (Shift+F7).

#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"
#include "tests/support/whenmodal.h"
#include "ui/dashboard/bookingsmodel.h"
#include "ui/dashboard/bookingspage.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The next day, from tomorrow, on which the demo hall's service B takes bookings.
QDate nextBookingDay(const ow::HallConfig &config)
{
    QDate day = QDateTime::currentDateTimeUtc().toTimeZone(config.queue.timeZone).date().addDays(1);
    while (config.bookings.slotsOn(u"B"_s, day).isEmpty())
        day = day.addDays(1);
    return day;
}

} // namespace

TEST_CASE("the bookings page books a slot, shows the SMS, and a cancel frees the place again")
{
    owtest::LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient client(hall.clientOptions(owtest::supervisorToken()));
    client.start();
    REQUIRE(owtest::waitFor([&] { return client.isOnline(); }));
    ow::BookingsPage page(&client);
    QAbstractItemModelTester slotsTester(page.slotsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester bookingsTester(page.bookingsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(900, 700);
    page.show();
    page.setServices({{u"B"_s, u"不动产登记"_s}});
    page.findChild<QDateEdit *>(u"bookingDay"_s)->setDate(nextBookingDay(hall.config));
    const ow::BookingSlotsModel *slotModel = page.slotsModel();
    REQUIRE(owtest::waitFor(
        [&] { return slotModel->rowCount() > 0 && slotModel->text(0, ow::BookingSlotsModel::FreeColumn) == u"4"_s; }));
    CHECK(slotModel->text(0, ow::BookingSlotsModel::TimeColumn) == u"09:00-09:30"_s);

    QSignalSpy done(&page, &ow::BookingsPage::done);
    page.findChild<QTableView *>(u"bookingSlotTable"_s)->selectRow(0);
    page.findChild<QLineEdit *>(u"bookingName"_s)->setText(u"张三"_s);
    page.findChild<QLineEdit *>(u"bookingPhone"_s)->setText(u"13800138000"_s);
    page.findChild<QPushButton *>(u"bookingBookButton"_s)->click();
    REQUIRE(owtest::waitFor([&] { return done.count() == 1; }));
    REQUIRE(done.first().at(0).toBool());
    REQUIRE(owtest::waitFor([&] {
        return page.bookingsModel()->rowCount() == 1 && slotModel->text(0, ow::BookingSlotsModel::FreeColumn) == u"3"_s;
    }));
    const QString code = page.bookingsModel()->keyAt(0);
    CHECK(page.smsText().contains(code));
    CHECK(page.smsText().contains(u"不动产登记"_s));
    CHECK(page.bookingsModel()->text(0, ow::BookingsModel::NameColumn) == u"张三"_s);

    // Book with a bad phone: refused, nothing changes.
    page.findChild<QLineEdit *>(u"bookingName"_s)->setText(u"李四"_s);
    page.findChild<QLineEdit *>(u"bookingPhone"_s)->setText(u"12345"_s);
    page.findChild<QPushButton *>(u"bookingBookButton"_s)->click();
    REQUIRE(owtest::waitFor([&] { return done.count() == 2; }));
    CHECK_FALSE(done.at(1).at(0).toBool());

    // Cancel asks first, naming the booking; No (the default, Return) keeps it.
    page.findChild<QTableView *>(u"bookingTable"_s)->selectRow(0);
    QString question;
    {
        const auto keep = owtest::whenModal([&](QWidget *modal) {
            REQUIRE(modal->objectName() == u"bookingCancelConfirm"_s);
            question = static_cast<QMessageBox *>(modal)->text();
            QTest::keyClick(modal, Qt::Key_Return);
        });
        page.findChild<QPushButton *>(u"bookingCancelButton"_s)->click();
    }
    CHECK(question.contains(code));
    CHECK(question.contains(u"张三"_s));
    CHECK(done.count() == 2); // nothing was sent
    CHECK(page.bookingsModel()->text(0, ow::BookingsModel::StateColumn) == u"booked"_s);

    {
        const auto cancel =
            owtest::whenModal([](QWidget *modal) { static_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
        page.findChild<QPushButton *>(u"bookingCancelButton"_s)->click();
    }
    REQUIRE(owtest::waitFor([&] { return done.count() == 3; }));
    CHECK(done.at(2).at(0).toBool());
    REQUIRE(owtest::waitFor([&] { return slotModel->text(0, ow::BookingSlotsModel::FreeColumn) == u"4"_s; }));
    REQUIRE(owtest::waitFor([&] { return page.bookingsModel()->text(0, ow::BookingsModel::StateColumn) == u"cancelled"_s; }));
}

TEST_CASE("the supervisor's dashboard has a bookings tab")
{
    owtest::LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient client(hall.clientOptions(owtest::supervisorToken()));
    ow::DashboardWidget widget(&client, ow::DashboardOptions{});
    REQUIRE(widget.bookingsPage());
    CHECK(widget.tabs()->indexOf(widget.bookingsPage()) >= 0);
}

TEST_CASE("the clerk's window opens the bookings page with Shift+F7 and offers the hall's services")
{
    owtest::LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient client(hall.clientOptions(owtest::windowToken(5)));
    ow::WindowServices services;
    services.hall = &client;
    services.hallWindowId = u"W05"_s;
    ow::MainWindow window(ow::WindowStation{u"DEMO"_s, 5, u"clerk"_s, {}, {}, {}}, services);
    client.start();
    ow::BookingsPage *page = window.bookingsPage();
    REQUIRE(page);
    auto *service = page->findChild<QComboBox *>(u"bookingService"_s);
    REQUIRE(owtest::waitFor([&] { return client.isOnline() && service->count() == 5; }));
    QAction *open = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F7))
            open = a;
    }
    REQUIRE(open);
    open->trigger();
    CHECK(window.findChild<QTabWidget *>(u"pageTabs"_s)->currentWidget() == page);
}
