// The dashboard's table models under QAbstractItemModelTester in its failing mode, driven the way the
// live dashboard drives them: a first fill, in-place updates of a few rows (dataChanged), rows that come
// and go (reset), and back to empty. The widget tests watch the same models through a whole hall.
#include "tests/support/test_support.h"
#include "ui/dashboard/alertsmodel.h"
#include "ui/dashboard/deadlinesmodel.h"
#include "ui/dashboard/reformmodel.h"
#include "ui/dashboard/servicequeuemodel.h"
#include "ui/dashboard/windowstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using Tester = QAbstractItemModelTester;

namespace {

ow::ServiceRow service(const QString &code, int waiting)
{
    ow::ServiceRow row;
    row.code = code;
    row.name = u"服务"_s + code;
    row.waiting = waiting;
    row.longestWaitMs = waiting * 60000;
    row.longestWaitTicket = waiting ? code + u"001"_s : QString();
    row.today.issued = waiting + 2;
    row.today.called = 2;
    row.today.served = 2;
    row.today.waitSumMs = 240000;
    row.today.waitMaxMs = 180000;
    return row;
}

ow::WindowRow window(int n, ow::WindowStatus status)
{
    ow::WindowRow row;
    row.id = u"W%1"_s.arg(n, 2, 10, QChar(u'0'));
    row.name = u"%1号窗口"_s.arg(n);
    row.status = status;
    if (status == ow::WindowStatus::Serving) {
        row.currentTicketId = u"20261128-A00"_s + QString::number(n);
        row.currentTicketCode = u"A00"_s + QString::number(n);
        row.currentSince = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    }
    row.queue.served = n;
    row.cases.decisions = n;
    row.cases.accepted = n;
    row.reform.satisfied = {n, n};
    row.reform.ratingSum = 5 * n;
    return row;
}

// The columns of every row hold a value for every role the views ask for.
void readAll(const ow::CellTableModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            for (int role : {int(Qt::DisplayRole), int(Qt::UserRole), int(Qt::BackgroundRole), int(Qt::ToolTipRole),
                             int(Qt::TextAlignmentRole)})
                (void)model.index(row, column).data(role);
}

} // namespace

TEST_CASE("the service queue model passes the model tester through live updates and new services")
{
    ow::ServiceQueueModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<ow::ServiceRow> rows{service(u"A"_s, 0), service(u"B"_s, 1), service(u"C"_s, 2)};
    ow::AlertLimits limits;
    limits.waitSeconds = 90;
    model.setServices(rows, limits);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == ow::ServiceQueueModel::ColumnCount);
    readAll(model);
    rows[0].waiting = 3; // rows 0 and 2 change: two ranges, no reset
    rows[2].waiting = 9;
    const int resets = model.resets();
    model.setServices(rows, limits);
    CHECK(changed.count() == 2);
    CHECK(model.resets() == resets);
    CHECK(model.text(2, ow::ServiceQueueModel::WaitingColumn) == u"9"_s);
    rows.append(service(u"D"_s, 1)); // a service only seen on tickets: the rows are new
    model.setServices(rows, limits);
    CHECK(model.rowCount() == 4);
    CHECK(model.resets() == resets + 1);
    model.setServices({}, limits);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the window status model passes the model tester as windows change state")
{
    ow::WindowStatusModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 45), Qt::UTC);
    QList<ow::WindowRow> rows{window(1, ow::WindowStatus::Idle), window(3, ow::WindowStatus::Serving),
                              window(7, ow::WindowStatus::Offline)};
    model.setWindows(rows, now, {}, {});
    REQUIRE(model.rowCount() == 3);
    readAll(model);
    rows[0] = window(1, ow::WindowStatus::Paused);
    rows[0].pauseReason = u"午休"_s;
    model.setWindows(rows, now.addSecs(60), {}, {});
    CHECK(model.text(0, ow::WindowStatusModel::StatusColumn) != model.text(1, ow::WindowStatusModel::StatusColumn));
    readAll(model);
    rows.removeAt(1);
    model.setWindows(rows, now.addSecs(120), {}, {});
    CHECK(model.rowCount() == 2);
    model.setWindows({}, now, {}, {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the alerts and deadlines models pass the model tester as alerts come and go")
{
    ow::AlertsModel alerts;
    Tester alertsTester(&alerts, Tester::FailureReportingMode::Fatal);
    ow::DashboardFigures figures;
    figures.services = {service(u"A"_s, 4)};
    figures.windows = {window(3, ow::WindowStatus::Serving)};
    ow::DashboardAlert wait;
    wait.kind = ow::DashboardAlert::Kind::LongWait;
    wait.target = u"A"_s;
    wait.ticketCode = u"A001"_s;
    wait.value = 3060;
    wait.limit = 1800;
    wait.over = 1;
    ow::DashboardAlert backlog;
    backlog.kind = ow::DashboardAlert::Kind::SyncBacklog;
    backlog.target = u"W03"_s;
    backlog.value = 12;
    backlog.limit = 10;
    figures.alerts = {wait};
    alerts.setAlerts(figures);
    REQUIRE(alerts.rowCount() == 1);
    readAll(alerts);
    figures.alerts = {wait, backlog};
    alerts.setAlerts(figures);
    CHECK(alerts.rowCount() == 2);
    CHECK_FALSE(alerts.bannerText().isEmpty());
    figures.alerts.clear();
    alerts.setAlerts(figures);
    CHECK(alerts.rowCount() == 0);
    CHECK(alerts.bannerText().isEmpty());

    ow::DeadlinesModel deadlines;
    Tester deadlinesTester(&deadlines, Tester::FailureReportingMode::Fatal);
    ow::CaseDeadline overdue{
        ow::CaseDeadline::Kind::Overdue, u"XH-20261120-03-0001"_s, u"W03"_s, u"食品经营许可"_s, QDate(2026, 11, 26), -2};
    ow::CaseDeadline soon{ow::CaseDeadline::Kind::DueSoon, u"XH-20261125-04-0002"_s, u"W04"_s,
                          u"个体工商户设立登记"_s,         QDate(2026, 12, 1),       1};
    deadlines.setDeadlines({overdue, soon});
    REQUIRE(deadlines.rowCount() == 2);
    readAll(deadlines);
    soon.workingDays = 0; // a day later: the same cases, one figure moved
    deadlines.setDeadlines({overdue, soon});
    CHECK(deadlines.rowCount() == 2);
    deadlines.setDeadlines({soon});
    CHECK(deadlines.rowCount() == 1);
    deadlines.setDeadlines({});
    CHECK(deadlines.rowCount() == 0);
}

TEST_CASE("the reform models pass the model tester for windows and for matters")
{
    ow::ReformModel windows(ow::ReformModel::Kind::Windows);
    Tester windowsTester(&windows, Tester::FailureReportingMode::Fatal);
    QList<ow::WindowRow> rows{window(1, ow::WindowStatus::Idle), window(2, ow::WindowStatus::Idle)};
    windows.setWindows(rows);
    REQUIRE(windows.rowCount() == 2);
    CHECK(windows.columnCount() == ow::ReformModel::ColumnCount);
    readAll(windows);
    rows[1].cases.decisions = 40;
    windows.setWindows(rows);
    CHECK(windows.text(1, ow::ReformModel::CasesColumn) == u"40"_s);
    windows.setWindows({});
    CHECK(windows.rowCount() == 0);

    ow::ReformModel matters(ow::ReformModel::Kind::Matters);
    Tester mattersTester(&matters, Tester::FailureReportingMode::Fatal);
    QMap<QString, ow::MatterRow> byCode;
    ow::MatterRow m;
    m.code = u"M0101"_s;
    m.name = u"个体工商户设立登记"_s;
    m.department = u"市场监管局"_s;
    m.cases.decisions = 3;
    byCode.insert(m.code, m);
    matters.setMatters(byCode);
    REQUIRE(matters.rowCount() == 1);
    readAll(matters);
    m.code = u"M0202"_s;
    m.name = u"食品经营许可（新办）"_s;
    byCode.insert(m.code, m);
    matters.setMatters(byCode);
    CHECK(matters.rowCount() == 2);
    matters.setMatters({});
    CHECK(matters.rowCount() == 0);
}
