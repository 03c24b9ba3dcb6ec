// One time zone (issue 16, point 7): on a PC set to UTC, with the demo hall in Asia/Shanghai, the board's
// clock, the kiosk's ticket (on screen and on paper), the dashboard's "as of" and the counter's case list
// all show the hall's time. The dashboard once said 22:26 while the counter and the kiosk said 14:25.
#include "core/print/escposticket.h"
#include "core/queue/halltime.h"
#include "tests/integration/hall_faces/facefixture.h"
#include "ui/cases/caselistmodel.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/queue/boardwidget.h"
#include "ui/queue/kioskwidget.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace faces;

namespace {

// This program's whole run is on a PC set to UTC: set before main(), before Qt reads the zone.
const bool utcMachine = [] {
    qputenv("TZ", "UTC");
    tzset();
    return true;
}();

// 2026-11-28 06:25 UTC is 14:25 in the hall.
const QDateTime instant(QDate(2026, 11, 28), QTime(6, 25), Qt::UTC);

QString shortTime(const QTime &t)
{
    return QLocale().toString(t, QLocale::ShortFormat);
}

} // namespace

TEST_CASE("the test runs on a UTC machine with the hall in Asia/Shanghai")
{
    REQUIRE(utcMachine);
    CHECK(instant.toLocalTime().time() == QTime(6, 25));
    Hall h;
    CHECK(h.hall.config.queue.timeZone.id() == "Asia/Shanghai");
    CHECK(ow::HallTime(h.hall.config.queue.timeZone).time(instant) == shortTime(QTime(14, 25)));
    CHECK(ow::HallTime().time(instant) == shortTime(QTime(14, 25))); // a PC not told: the hall's default
}

TEST_CASE("every face shows the hall's time, not the PC's")
{
    Hall h;
    const QString hallTime = shortTime(QTime(14, 25));
    const QString machineTime = shortTime(QTime(6, 25));

    // The board's clock.
    ow::HallClient boardClient(h.hall.clientOptions(owtest::boardToken()));
    ow::BoardWidget board(&boardClient);
    board.setClock([] { return instant; });
    // The dashboard's "as of", with no zone of its own: the hall's from the snapshot.
    ow::DashboardWidget dashboard(h.supervisor.get());
    dashboard.setClock([] { return instant; });
    dashboard.resize(1280, 800);
    dashboard.show();
    // The kiosk's ticket, on screen and on paper.
    ow::KioskWidget kiosk(h.kiosk.get());
    kiosk.setResultTimeout(600000);
    QTemporaryDir printerDir;
    kiosk.setTicketPrinterDevice(printerDir.filePath(u"lp0"_s));
    kiosk.show();
    h.startAll();
    boardClient.start();
    REQUIRE(owtest::waitFor([&] { return boardClient.isOnline() && dashboard.isLoaded(); }));

    REQUIRE(owtest::waitFor([&] { return text(&board, u"boardClock"_s) == hallTime; }));
    CHECK(text(&board, u"boardClock"_s) != machineTime);
    REQUIRE(owtest::waitFor([&] { return text(&dashboard, u"dashboardUpdatedLabel"_s).contains(hallTime); }));
    CHECK_FALSE(text(&dashboard, u"dashboardUpdatedLabel"_s).contains(machineTime));

    QSignalSpy issued(&kiosk, &ow::KioskWidget::ticketIssued);
    REQUIRE(owtest::waitFor([&] { return child<QPushButton>(&kiosk, u"service_A"_s)->isEnabled(); }));
    kiosk.issue(u"A"_s);
    REQUIRE(owtest::waitFor([&] { return issued.count() == 1; }));
    const QDateTime issuedAt = issued.first().first().value<ow::HallTicket>().issuedAt;
    REQUIRE(issuedAt.isValid());
    const QString onTicket =
        QLocale().toString(issuedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))), QLocale::ShortFormat);
    const QString onMachine = QLocale().toString(issuedAt.toLocalTime(), QLocale::ShortFormat);
    REQUIRE(onTicket != onMachine);
    CHECK(text(&kiosk, u"kioskTicketLabel"_s).contains(onTicket));
    CHECK_FALSE(text(&kiosk, u"kioskTicketLabel"_s).contains(onMachine));
    QFile paper(printerDir.filePath(u"lp0"_s));
    REQUIRE(paper.open(QIODevice::ReadOnly));
    const QByteArray printed = paper.readAll();
    CHECK(printed.contains(ow::EscPosTicket::text(onTicket)));
    CHECK_FALSE(printed.contains(ow::EscPosTicket::text(onMachine)));
}

TEST_CASE("the counter's case list shows the hall's time on a UTC machine")
{
    ow::CaseListModel model;
    ow::CaseDeskEntry entry;
    entry.caseData.id = u"case-1"_s;
    entry.caseData.createdAt = instant;
    model.setCases({entry});
    CHECK(model.data(model.index(0, ow::CaseListModel::TimeColumn)).toString() == u"11-28 14:25"_s);
}
