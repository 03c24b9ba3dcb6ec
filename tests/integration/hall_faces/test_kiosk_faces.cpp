// The kiosk's booking check-in (预约签到) and the elderly priority from the ID number, against the
// in-process hall service; what the hall stored is read back from the hall.
#include "core/demo/demoidentities.h"
#include "core/print/escposticket.h"
#include "tests/integration/hall_faces/facefixture.h"
#include "ui/queue/kioskcheckin.h"
#include "ui/queue/kioskwidget.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace faces;

TEST_CASE("the kiosk checks a booking in and says plainly why a code is refused")
{
    Hall h;
    ow::KioskWidget kiosk(h.kiosk.get());
    QTemporaryDir printerDir;
    const QString printer = printerDir.filePath(u"lp0"_s); // a file stands in for the raw device
    kiosk.setTicketPrinterDevice(printer);
    kiosk.show();
    h.startAll();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(owtest::await(h.supervisor->registerBooking(u"YY0001"_s, u"B"_s, now.addSecs(60), now.addSecs(1860))).ok());
    REQUIRE(owtest::await(h.supervisor->registerBooking(u"YY0002"_s, u"C"_s, now.addDays(1), now.addDays(1).addSecs(1800))).ok());

    // Touch "Booking check-in", type the code on the kiosk's own keys, touch "Check in".
    auto *checkIn = child<QPushButton>(&kiosk, u"kioskCheckIn"_s);
    REQUIRE(owtest::waitFor([&] { return checkIn->isEnabled(); }));
    QTest::mouseClick(checkIn, Qt::LeftButton);
    auto *pad = child<ow::BookingCodePad>(&kiosk, u"bookingCodePad"_s);
    REQUIRE(pad->isVisible());
    for (const QString &key : {u"Y"_s, u"Y"_s, u"0"_s, u"0"_s, u"0"_s, u"9"_s, u"delete"_s, u"1"_s})
        QTest::mouseClick(child<QPushButton>(pad, u"bookingKey_"_s + key), Qt::LeftButton);
    CHECK(pad->code() == u"YY0001"_s);
    QSignalSpy issued(&kiosk, &ow::KioskWidget::ticketIssued);
    QTest::mouseClick(child<QPushButton>(pad, u"bookingCheckInButton"_s), Qt::LeftButton);
    REQUIRE(owtest::waitFor([&] { return issued.count() == 1; }));
    const ow::HallTicket ticket = issued.first().first().value<ow::HallTicket>();
    CHECK(ticket.service == u"B"_s);
    CHECK(ticket.bookingCode == u"YY0001"_s);
    CHECK(text(&kiosk, u"kioskTicketLabel"_s).contains(ticket.code));
    CHECK(text(&kiosk, u"kioskTicketLabel"_s).contains(u"YY0001"_s));
    CHECK_FALSE(pad->isVisible()); // back to the services for the next person
    // Printed like a walk-in ticket: the number and the QR code of the ticket id went to the printer.
    QFile printed(printer);
    REQUIRE(printed.open(QIODevice::ReadOnly));
    const QByteArray paper = printed.readAll();
    CHECK(paper.contains(QByteArray(ticket.code.toLatin1() + '\n')));
    CHECK(paper.contains(ow::EscPosTicket::qrCode(ticket.id.toLatin1())));
    CHECK(paper.contains(ow::EscPosTicket::text(u"不动产登记"_s)));

    // Refusals, each in its own words; the pad keeps the code so it can be corrected.
    QSignalSpy failed(&kiosk, &ow::KioskWidget::issueFailed);
    const std::pair<QString, QString> refused[] = {
        {u"YY0001"_s, u"already been checked in"_s},
        {u"NOPE"_s, u"cannot find this booking"_s},
        {u"yy0002"_s, u"another day"_s},
    };
    for (const auto &[code, words] : refused) {
        INFO(code.toStdString());
        kiosk.showCheckIn();
        child<QLineEdit>(pad, u"bookingCodeEdit"_s)->setText(code);
        const int before = int(failed.count());
        kiosk.checkIn(code);
        REQUIRE(owtest::waitFor([&] { return failed.count() == before + 1; }));
        CHECK(text(&kiosk, u"kioskTicketLabel"_s).contains(words));
        CHECK(pad->isVisible());
    }
    CHECK(issued.count() == 1);

    // Every refusal code of the API has its own sentence.
    QStringList sentences;
    for (const char *code : {"booking_not_found", "booking_too_early", "booking_missed", "booking_used", "booking_other_day"})
        sentences << ow::KioskWidget::checkInRefusal(QString::fromLatin1(code), u"detail"_s);
    sentences.removeDuplicates();
    CHECK(sentences.size() == 5);
}

TEST_CASE("the kiosk offers the elderly priority from the ID number, which it forgets")
{
    Hall h;
    ow::KioskWidget kiosk(h.kiosk.get());
    ow::ElderlyCheck *elderly = showAtElderlyCheck(h, kiosk);
    auto *priority = child<QPushButton>(&kiosk, u"kioskPriority"_s);
    auto *idEdit = child<QLineEdit>(elderly, u"elderlyIdEdit"_s);
    const QDate today = QDate::currentDate();

    elderly->check(u"110105194912310021"_s); // a wrong check digit
    CHECK(text(elderly, u"elderlyResultLabel"_s).contains(u"not a valid ID number"_s));
    CHECK_FALSE(priority->isChecked());

    elderly->check(ow::demo::residentId(u"330106"_s, today.addYears(-60).addDays(1), 5)); // 59 until tomorrow
    CHECK(text(elderly, u"elderlyResultLabel"_s).contains(u"starts at 60"_s));
    CHECK_FALSE(priority->isChecked());

    QTest::keyClicks(idEdit, ow::demo::residentId(u"330106"_s, today.addYears(-60), 5)); // 60 today
    QTest::keyClick(idEdit, Qt::Key_Return);
    CHECK(idEdit->text().isEmpty()); // forgotten at once
    CHECK(priority->isChecked());
    CHECK(child<QComboBox>(&kiosk, u"kioskPriorityCategory"_s)->currentData().toString() == u"elderly"_s);

    QSignalSpy issued(&kiosk, &ow::KioskWidget::ticketIssued);
    kiosk.issue(u"A"_s);
    REQUIRE(owtest::waitFor([&] { return issued.count() == 1; }));
    const ow::HallTicket ticket = issued.first().first().value<ow::HallTicket>();
    CHECK(ticket.priority == u"elderly"_s);
    // Nothing of the number reached the hall.
    const QString stored = QString::fromUtf8(QJsonDocument(fetch(*h.supervisor, ticket.id).json).toJson());
    CHECK_FALSE(stored.contains(u"330106"_s));
    CHECK_FALSE(priority->isChecked()); // for one person only
}
