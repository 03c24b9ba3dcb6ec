// The supervisor's dashboard with the real hall service: the figures follow the hall live, the
// supervisor's actions (pause, reassign, call a specific ticket) change the hall, alerts fire at their
// limits and not before, and the period report is written as CSV and PDF.

#include "core/domain/ratingreasons.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"
#include "ui/dashboard/alertsmodel.h"
#include "ui/dashboard/badratingsmodel.h"
#include "ui/dashboard/badratingspage.h"
#include "ui/dashboard/callticketdialog.h"
#include "ui/dashboard/casespanel.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/dashboard/hallpage.h"
#include "ui/dashboard/reassigndialog.h"
#include "ui/dashboard/reformmodel.h"
#include "ui/dashboard/reformpage.h"
#include "ui/dashboard/servicequeuemodel.h"
#include "ui/dashboard/windowspage.h"
#include "ui/dashboard/windowstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Dashboard {
    owtest::LocalHall hall;
    std::unique_ptr<ow::HallClient> client;
    std::unique_ptr<ow::DashboardWidget> widget;

    Dashboard()
    {
        REQUIRE(hall.start());
        client = std::make_unique<ow::HallClient>(hall.clientOptions(owtest::supervisorToken()));
        ow::DashboardOptions options;
        options.timeZone = hall.config.queue.timeZone; // the hall's days
        widget = std::make_unique<ow::DashboardWidget>(client.get(), options);
        client->start();
        widget->resize(1280, 800);
        widget->show();
        REQUIRE(owtest::waitFor([&] { return client->isOnline() && widget->isLoaded() && widget->figures().day.isValid(); }));
    }

    QString issue(const QString &service)
    {
        const ow::HallResult r = owtest::await(client->issueTicket(service));
        REQUIRE(r.ok());
        return r.ticket().code;
    }

    // The text of a cell in a table model, by row key and column.
    static QString cell(const ow::CellTableModel *model, const QString &key, int column)
    {
        return model->text(model->rowOf(key), column);
    }
    QString service(const QString &code, int column) const { return cell(widget->hallPage()->serviceModel(), code, column); }
    QString window(const QString &id, int column) const { return cell(widget->windowsPage()->model(), id, column); }
    ow::HallWindow hallWindow(const QString &id)
    {
        const ow::HallResult r = owtest::await(client->fetchSnapshot());
        REQUIRE(r.ok());
        const ow::HallSnapshot s = r.snapshot();
        const ow::HallWindow *w = s.window(id);
        REQUIRE(w);
        return *w;
    }
    QPushButton *button(const QString &name)
    {
        auto *b = widget->findChild<QPushButton *>(name);
        INFO(name.toStdString());
        REQUIRE(b);
        return b;
    }
    QString actionText() const { return widget->findChild<QLabel *>(u"supervisorActionLabel"_s)->text(); }
};

// Runs `act` on the next modal dialog of type D once it is up, then accepts it.
template <typename D>
void onNextDialog(std::function<void(D *)> act)
{
    QTimer::singleShot(0, [act] {
        D *dialog = nullptr;
        owtest::waitFor([&] { return (dialog = qobject_cast<D *>(QApplication::activeModalWidget())) != nullptr; }, 20s);
        if (!dialog)
            return;
        act(dialog);
        dialog->accept();
    });
}

ow::CaseSummary summary(const QString &caseId, const QString &windowId, const QString &decision, const QDate &day)
{
    ow::CaseSummary s;
    s.caseId = caseId;
    s.windowId = windowId;
    s.day = day;
    s.decidedAt = QDateTime(day, QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
    s.updatedAt = s.decidedAt;
    s.decision = decision;
    s.matters = {ow::CaseSummaryMatter{u"M0101"_s, u"个体工商户设立登记"_s, u"市场监管局"_s}};
    s.materialsListed = 8;
    s.materialsCollected = 5;
    s.supplementsOutstanding = decision == ow::CaseSummary::AcceptedDeficiency ? 1 : 0;
    s.trips = 1;
    if (s.takesCaseIn())
        s.promisedDate = day.addDays(10);
    if (decision == ow::CaseSummary::AcceptedDeficiency)
        s.supplementDueDate = day.addDays(5);
    return s;
}

} // namespace

TEST_CASE("the dashboard shows the waiting count per service as tickets are issued")
{
    Dashboard d;
    QAbstractItemModelTester tester(d.widget->hallPage()->serviceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(d.service(u"A"_s, ow::ServiceQueueModel::WaitingColumn) == u"0"_s);
    d.issue(u"A"_s);
    d.issue(u"A"_s);
    d.issue(u"B"_s);
    CHECK(owtest::waitFor([&] { return d.service(u"A"_s, ow::ServiceQueueModel::WaitingColumn) == u"2"_s; }));
    CHECK(d.service(u"B"_s, ow::ServiceQueueModel::WaitingColumn) == u"1"_s);
    CHECK(d.service(u"A"_s, ow::ServiceQueueModel::IssuedColumn) == u"2"_s);
    CHECK(d.service(u"A"_s, ow::ServiceQueueModel::ServiceColumn).contains(u"综合受理"_s));
    // A call takes one off the queue: waiting drops, issued stays.
    REQUIRE(owtest::await(d.client->callNext(owtest::windowId(1))).ok());
    CHECK(owtest::waitFor([&] { return d.service(u"A"_s, ow::ServiceQueueModel::WaitingColumn) == u"1"_s; }));
    CHECK(d.service(u"A"_s, ow::ServiceQueueModel::IssuedColumn) == u"2"_s);
    // A live update changes rows in place: the table was not rebuilt for each event.
    CHECK(d.widget->hallPage()->serviceModel()->resets() <= 2);
}

TEST_CASE("a window's status follows the hall live, and the supervisor pauses and resumes it")
{
    Dashboard d;
    auto *model = d.widget->windowsPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto status = [&] { return d.window(u"W03"_s, ow::WindowStatusModel::StatusColumn); };
    // No device holds window 3's stream yet: offline. Its clerk's window connects: idle.
    CHECK(status() == u"Offline"_s);
    ow::HallClient clerk(d.hall.clientOptions(owtest::windowToken(3)));
    clerk.start();
    CHECK(owtest::waitFor([&] { return status() == u"Idle"_s; }));

    const QString code = d.issue(u"A"_s);
    REQUIRE(owtest::await(d.client->callNext(owtest::windowId(3))).ok());
    CHECK(owtest::waitFor([&] { return status() == u"Serving"_s; }));
    CHECK(d.window(u"W03"_s, ow::WindowStatusModel::TicketColumn).startsWith(code));
    CHECK(model->data(model->index(model->rowOf(u"W03"_s), ow::WindowStatusModel::StatusColumn), Qt::BackgroundRole).isValid());
    REQUIRE(owtest::await(d.client->complete(owtest::windowId(3), u"accepted"_s)).ok());
    CHECK(owtest::waitFor([&] { return d.window(u"W03"_s, ow::WindowStatusModel::ServedColumn) == u"1"_s; }));

    // Pause through the page: the reason dialog, then the hall pauses the window and the table says so.
    d.widget->tabs()->setCurrentWidget(d.widget->windowsPage());
    d.widget->windowsPage()->selectWindow(u"W03"_s);
    auto *pause = d.button(u"pauseWindowButton"_s);
    REQUIRE(pause->isEnabled());
    onNextDialog<QInputDialog>([](QInputDialog *dialog) { dialog->setTextValue(u"午休"_s); });
    pause->click();
    CHECK(owtest::waitFor([&] { return status() == u"Paused: 午休"_s; }));
    CHECK(d.hallWindow(u"W03"_s).paused);
    CHECK(owtest::waitFor([&] { return pause->text() == u"Resume"_s; }));
    pause->click();
    CHECK(owtest::waitFor([&] { return !d.hallWindow(u"W03"_s).paused; }));
    CHECK(owtest::waitFor([&] { return status() == u"Idle"_s; }));

    // The clerk's window goes away: offline, whatever else.
    clerk.stop();
    CHECK(owtest::waitFor([&] { return status() == u"Offline"_s; }));
}

TEST_CASE("a reassignment through the dialog changes the window's services in the hall")
{
    Dashboard d;
    d.widget->windowsPage()->selectWindow(u"W05"_s);
    onNextDialog<ow::ReassignDialog>([](ow::ReassignDialog *dialog) {
        dialog->setService(u"A"_s, false);
        dialog->setService(u"B"_s, true, 2);
        dialog->setService(u"C"_s, true, 4);
    });
    d.button(u"reassignServicesButton"_s)->click();
    REQUIRE(owtest::waitFor([&] { return !d.actionText().isEmpty(); }));
    INFO(d.actionText().toStdString());
    REQUIRE(d.actionText().contains(u"W05 now serves"_s));
    const ow::HallWindow w = d.hallWindow(u"W05"_s);
    REQUIRE(w.services.size() == 2);
    CHECK(w.services.at(0).service == u"B"_s);
    CHECK(w.services.at(0).weight == 2);
    CHECK(w.services.at(1).service == u"C"_s);
    CHECK(w.services.at(1).weight == 4);
    // The dashboard's own picture follows the event.
    CHECK(owtest::waitFor([&] { return d.widget->state().snapshot().window(u"W05"_s)->services.size() == 2; }));
}

TEST_CASE("the supervisor calls a specific ticket to a window, and a refusal is shown plainly")
{
    Dashboard d;
    d.issue(u"A"_s);
    d.issue(u"A"_s);
    const QString third = d.issue(u"C"_s); // W02 does not serve C: only the supervisor can send it there
    REQUIRE(owtest::waitFor([&] { return d.service(u"C"_s, ow::ServiceQueueModel::WaitingColumn) == u"1"_s; }));
    d.widget->windowsPage()->selectWindow(u"W02"_s);
    onNextDialog<ow::CallTicketDialog>([third](ow::CallTicketDialog *dialog) { dialog->setTicketCode(third); });
    d.button(u"callTicketButton"_s)->click();
    REQUIRE(owtest::waitFor([&] { return !d.actionText().isEmpty(); }));
    INFO(d.actionText().toStdString());
    CHECK(owtest::waitFor([&] { return d.window(u"W02"_s, ow::WindowStatusModel::TicketColumn).startsWith(third); }));
    CHECK(d.hallWindow(u"W02"_s).current.code == third);
    CHECK(d.service(u"C"_s, ow::ServiceQueueModel::WaitingColumn) == u"0"_s);

    // The window is busy now: the hall refuses another call, and the page says why in words.
    onNextDialog<ow::CallTicketDialog>([](ow::CallTicketDialog *dialog) { dialog->setTicketCode(u"A001"_s); });
    d.button(u"callTicketButton"_s)->click();
    CHECK(owtest::waitFor([&] { return d.actionText().startsWith(u"The hall refused"_s); }));
    CHECK(d.hallWindow(u"W02"_s).current.code == third);
}

TEST_CASE("an alert appears when the wait reaches the limit, and not before")
{
    Dashboard d;
    const QString code = d.issue(u"D"_s);
    REQUIRE(owtest::waitFor([&] { return d.service(u"D"_s, ow::ServiceQueueModel::WaitingColumn) == u"1"_s; }));
    // Ten minutes later, by the dashboard's clock.
    d.widget->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(600); });
    ow::AlertLimits limits;
    limits.waitSeconds = 20 * 60;
    d.widget->setAlertLimits(limits);
    d.widget->refreshNow();
    auto *alerts = d.widget->hallPage()->alertsModel();
    CHECK(alerts->rowCount() == 0);
    CHECK_FALSE(d.widget->findChild<QLabel *>(u"alertBanner"_s)->isVisible());

    limits.waitSeconds = 5 * 60;
    d.widget->setAlertLimits(limits);
    d.widget->refreshNow();
    REQUIRE(alerts->rowCount() == 1);
    CHECK(alerts->text(0, ow::AlertsModel::WhereColumn).contains(u"税务"_s));
    CHECK(alerts->text(0, ow::AlertsModel::WhatColumn).contains(code));
    auto *banner = d.widget->findChild<QLabel *>(u"alertBanner"_s);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(code));

    // Called: nobody waits any more, the alert goes.
    REQUIRE(owtest::await(d.client->callTicket(owtest::windowId(9), code)).ok());
    CHECK(owtest::waitFor([&] { return alerts->rowCount() == 0; }));
}

TEST_CASE("reported cases are counted live, and the period report is written as CSV and PDF")
{
    Dashboard d;
    const QDate today = d.widget->figures().day;
    REQUIRE(today.isValid());
    const QList<ow::CaseSummary> cases{summary(u"DEMO-1"_s, u"W01"_s, ow::CaseSummary::Accepted, today),
                                       summary(u"DEMO-2"_s, u"W01"_s, ow::CaseSummary::AcceptedDeficiency, today),
                                       summary(u"DEMO-3"_s, u"W05"_s, ow::CaseSummary::OneTimeNotice, today)};
    const ow::HallResult reported = owtest::await(d.client->reportCases(cases));
    INFO(reported.errorMessage.toStdString());
    REQUIRE(reported.ok());
    ow::CasesPanel *panel = d.widget->casesPanel();
    CHECK(owtest::waitFor([&] { return panel->figureText(u"decisions"_s) == u"3"_s; }));
    CHECK(panel->figureText(u"accepted"_s) == u"1"_s);
    CHECK(panel->figureText(u"acceptedDeficiency"_s) == u"1"_s);
    CHECK(panel->figureText(u"supplementsOutstanding"_s) == u"1"_s);
    CHECK(panel->figureText(u"oneTimeNotice"_s) == u"1"_s);
    // Two of three cases at comprehensive windows (W01 is one, W05 is not).
    CHECK(owtest::waitFor([&] { return d.widget->reformPage()->figureText(u"comprehensive"_s).startsWith(u"66.7"_s); }));

    QTemporaryDir dir;
    QSignalSpy written(d.widget.get(), &ow::DashboardWidget::reportWritten);
    d.widget->exportCsv(dir.filePath(u"report.csv"_s));
    REQUIRE(owtest::waitFor([&] { return written.count() == 1; }));
    CHECK(written.first().at(1).toBool());
    QFile csv(dir.filePath(u"report.csv"_s));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    CHECK(text.contains(u"1号窗口"_s));
    CHECK(text.contains(u"个体工商户设立登记"_s));

    d.widget->exportPdf(dir.filePath(u"report.pdf"_s));
    REQUIRE(owtest::waitFor([&] { return written.count() == 2; }, 10s));
    CHECK(written.at(1).at(1).toBool());
    QFile pdf(dir.filePath(u"report.pdf"_s));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == "%PDF");

    // A file that cannot be written is refused in words.
    d.widget->exportCsv(dir.filePath(u"missing/dir/report.csv"_s));
    REQUIRE(owtest::waitFor([&] { return written.count() == 3; }));
    CHECK_FALSE(written.at(2).at(1).toBool());
    CHECK(d.widget->findChild<QLabel *>(u"reformStatusLabel"_s)->text().contains(u"not saved"_s));
}

TEST_CASE("a chosen period shows the figures of those days")
{
    Dashboard d;
    const QDate today = d.widget->figures().day;
    const QList<ow::CaseSummary> cases{summary(u"DEMO-7"_s, u"W05"_s, ow::CaseSummary::Accepted, today.addDays(-1))};
    const ow::HallResult reported = owtest::await(d.client->reportCases(cases));
    INFO(reported.errorMessage.toStdString());
    REQUIRE(reported.ok());
    QSignalSpy shown(d.widget.get(), &ow::DashboardWidget::periodShown);
    d.widget->reformPage()->setPeriod(today.addDays(-1), today.addDays(-1));
    REQUIRE(owtest::waitFor([&] { return shown.count() == 1; }));
    CHECK(d.widget->reformPage()->figureText(u"cases"_s) == u"1"_s);
    CHECK(d.widget->reformPage()->figureText(u"comprehensive"_s).startsWith(u"0"_s));
    auto *matters = d.widget->reformPage()->matterModel();
    REQUIRE(matters->rowCount() == 1);
    CHECK(matters->text(0, 0) == u"个体工商户设立登记"_s);
    // Back to today: live again.
    d.widget->reformPage()->setPeriod(today, today);
    CHECK(d.widget->reformPage()->figureText(u"cases"_s) == u"0"_s);
}

TEST_CASE("a live update signals only the rows that changed, and new rows reset the table")
{
    ow::ServiceQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ow::ServiceRow> rows;
    for (const QString &code : {u"A"_s, u"B"_s, u"C"_s})
        rows << ow::ServiceRow{code, u"服务"_s + code, 1, 60000, code + u"001"_s, {}};
    model.setServices(rows, {});
    REQUIRE(model.rowCount() == 3);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    rows[1].waiting = 4;
    model.setServices(rows, {});
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toModelIndex().row() == 1);
    CHECK(changed.first().at(1).toModelIndex().row() == 1);
    CHECK(reset.count() == 0);
    CHECK(model.text(1, ow::ServiceQueueModel::WaitingColumn) == u"4"_s);

    model.setServices(rows, {}); // nothing changed: no signal, no repaint
    CHECK(changed.count() == 1);

    rows << ow::ServiceRow{u"D"_s, u"税务"_s, 0, 0, {}, {}};
    model.setServices(rows, {});
    CHECK(reset.count() == 1);
    CHECK(model.rowCount() == 4);
}

TEST_CASE("a bad rating appears on its page, becomes overdue after 15 working days, and a rectification closes it")
{
    Dashboard d;
    ow::BadRatingsPage *page = d.widget->badRatingsPage();
    REQUIRE(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTabWidget *tabs = d.widget->tabs();
    const int tab = tabs->indexOf(page);
    REQUIRE(tab >= 0);

    // Served at W03 and rated 1 with a reason: the page hears it from the stream and lists it.
    ow::HallClient clerk(d.hall.clientOptions(owtest::windowToken(3)));
    d.issue(u"A"_s);
    const ow::HallResult called = owtest::await(clerk.callNext(u"W03"_s));
    REQUIRE(called.ok());
    REQUIRE(owtest::await(clerk.complete(u"W03"_s, u"accepted"_s)).ok());
    REQUIRE(owtest::await(clerk.rate(called.ticket().id, 1, u"等太久"_s, {u"waiting"_s})).ok());
    REQUIRE(owtest::waitFor([&] { return page->model()->rowCount() == 1; }));
    CHECK(page->model()->text(0, ow::BadRatingsModel::ReasonsColumn) == ow::ratingReasonLabel(u"waiting"_s));
    CHECK(page->model()->text(0, ow::BadRatingsModel::CommentColumn) == u"等太久"_s);
    CHECK(page->list().figures.overdue == 0);
    CHECK(tabs->tabText(tab) == u"Bad ratings"_s);

    // Thirty days on, nothing done: overdue, and the tab says so.
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(30);
    d.widget->setClock([later] { return later; });
    page->refresh();
    REQUIRE(owtest::waitFor([&] { return page->list().figures.overdue == 1; }));
    CHECK(tabs->tabText(tab) == u"Bad ratings (1 overdue)"_s);
    auto *banner = d.widget->findChild<QLabel *>(u"alertBanner"_s);
    REQUIRE(banner);
    CHECK(owtest::waitFor(
        [&] { return banner->isVisible() && banner->text().contains(u"not rectified within 15 working days"_s); }));
    CHECK(page->model()->text(0, ow::BadRatingsModel::LeftColumn).contains(u"overdue"_s));

    // The supervisor selects it and records the rectification with a note: it is closed, late.
    page->findChild<QTableView *>(u"badRatingTable"_s)->selectRow(0);
    onNextDialog<QInputDialog>([](QInputDialog *dialog) { dialog->setTextValue(u"窗口增设引导员"_s); });
    QSignalSpy recorded(page, &ow::BadRatingsPage::recorded);
    page->findChild<QPushButton *>(u"badRatingRectifyButton"_s)->click();
    REQUIRE(owtest::waitFor([&] { return recorded.count() == 1; }));
    CHECK(recorded.first().at(0).toBool());
    REQUIRE(owtest::waitFor([&] { return page->list().figures.rectified == 1; }));
    CHECK(page->list().figures.overdue == 0);
    CHECK(page->list().rows.first().rectifiedLate == false); // recorded now, the hall's clock: within its 15 days
    CHECK(tabs->tabText(tab) == u"Bad ratings"_s);
    CHECK(owtest::waitFor([&] { return !banner->text().contains(u"not rectified"_s); }));
    const ow::HallResult stored = owtest::await(d.client->fetchRatingFollowUps({}, {}));
    REQUIRE(stored.ok());
    REQUIRE(stored.ratingFollowUps().ratings.size() == 1);
    CHECK(stored.ratingFollowUps().ratings.first().followUps.first().note == u"窗口增设引导员"_s);
}
