// The sync as the clerk sees it, driving the real widgets by name against the real reference platform on
// loopback: the backlog empties on "Sync now", a refused case shows up with the platform's reason and
// can be sent again once fixed, a result delivered by the back office shows as ready for pick-up.
#include "core/catalog/catalogloader.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "tests/integration/sync/syncfixture.h"
#include "tests/integration/sync/syntheticcases.h"
#include "tests/support/test_support.h"
#include "ui/sync/parkeditemsdialog.h"
#include "ui/sync/parkeditemsmodel.h"
#include "ui/sync/syncstatuswidget.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

template <typename T>
T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

QString caseWithPilotMatter(ow::Database &db)
{
    QString error;
    const ow::CatalogLoadResult local = ow::CatalogLoader::loadBytes(owsync::demoCatalog(u"PILOT-0002"_s), u"local"_s);
    REQUIRE(ow::CatalogRepository(db).importCatalog(local.data).ok);
    ow::CaseRepository cases(db);
    ow::Case c = *cases.byId(cases.search({}, 1).first().id);
    c.id.clear();
    c.matters = {{u"PILOT-0002"_s, ow::CatalogRepository(db).currentVersion(u"PILOT-0002"_s)}};
    ow::Applicant applicant;
    applicant.idNumber = u"11010519491231002X"_s;
    applicant.name = u"试点申请人"_s;
    REQUIRE(cases.commitDecision(c, applicant, &error));
    return c.id;
}

} // namespace

TEST_CASE("sync status widget: Sync now empties the backlog, and a delivered result shows as ready for pick-up")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QString error;
    const owsync::MadeCases made = owsync::commitCases(client.db, 20, 31, &error);
    QNetworkAccessManager network;
    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url()));
    ow::SyncStatusWidget widget(&sync);
    widget.show();
    CHECK(widget.objectName() == u"syncStatusWidget"_s);
    auto *backlog = child<QLabel>(widget, "syncBacklogLabel");
    auto *state = child<QLabel>(widget, "syncStateLabel");
    auto *last = child<QLabel>(widget, "syncLastSuccessLabel");
    auto *ready = child<QLabel>(widget, "readyForPickupLabel");
    CHECK(backlog->text().contains(u"20"_s));
    CHECK(last->text() == u"Never synced"_s);
    CHECK_FALSE(child<QPushButton>(widget, "parkedItemsButton")->isVisible());

    QTest::mouseClick(child<QPushButton>(widget, "syncNowButton"), Qt::LeftButton);
    REQUIRE(owtest::waitFor([&] { return backlog->text() == u"To send: 0"_s && state->text() == u"Online"_s; }));
    CHECK(last->text().startsWith(u"Last sync"_s));
    CHECK(platform.store.caseCount() == 20);

    // The back office hands the result of an accepted case to the hall.
    QString accepted;
    for (const QString &id : made.caseIds)
        if (accepted.isEmpty() && ow::CaseRepository(client.db).byId(id)->status == ow::CaseStatus::Accepted)
            accepted = id;
    REQUIRE(platform.store.advance(accepted, u"delivered"_s, {}).status == 200);
    QSignalSpy moved(&sync, &ow::SyncClient::caseStatusChanged);
    QTest::mouseClick(child<QPushButton>(widget, "syncNowButton"), Qt::LeftButton);
    REQUIRE(owtest::waitFor([&] { return ready->isVisible() && ready->text() == u"Ready for pick-up: 1"_s; }));
    REQUIRE(moved.size() == 1);
    CHECK(moved.first().at(0).toString() == accepted);
    CHECK(ow::CaseRepository(client.db).byId(accepted)->status == ow::CaseStatus::ReadyForPickup);
}

TEST_CASE("sync status widget: offline when the platform cannot be reached")
{
    quint16 closedPort = 0;
    {
        owsync::InProcessPlatform gone;
        closedPort = gone.port;
    }
    owsync::ClientDatabase client;
    QString error;
    owsync::commitCases(client.db, 3, 32, &error);
    QNetworkAccessManager network;
    ow::SyncClient sync(client.db, &network, owsync::testSettings(QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort))));
    ow::SyncStatusWidget widget(&sync);
    QTest::mouseClick(child<QPushButton>(widget, "syncNowButton"), Qt::LeftButton);
    auto *state = child<QLabel>(widget, "syncStateLabel");
    REQUIRE(owtest::waitFor([&] { return state->text() == u"Offline"_s; }));
    CHECK(state->toolTip().contains(u"cannot be reached"_s));
    CHECK(child<QLabel>(widget, "syncBacklogLabel")->text() == u"To send: 3"_s);
}

TEST_CASE("parked items: listed with the platform's reason, sent again once the cause is fixed")
{
    owsync::InProcessPlatform platform;
    owsync::ClientDatabase client;
    QString error;
    owsync::commitCases(client.db, 5, 33, &error);
    const QString pilot = caseWithPilotMatter(client.db);
    QNetworkAccessManager network;
    ow::SyncClient sync(client.db, &network, owsync::testSettings(platform.url()));
    ow::SyncStatusWidget widget(&sync);
    widget.show();
    QTest::mouseClick(child<QPushButton>(widget, "syncNowButton"), Qt::LeftButton);
    auto *parked = child<QPushButton>(widget, "parkedItemsButton");
    REQUIRE(owtest::waitFor([&] { return parked->isVisible(); }));
    CHECK(parked->text() == u"Refused: 1"_s);

    QTest::mouseClick(parked, Qt::LeftButton);
    auto *dialog = widget.findChild<ow::ParkedItemsDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    ow::ParkedItemsModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data(ow::ParkedItemsModel::CaseIdRole).toString() == pilot);
    const QString reason = model->index(0, ow::ParkedItemsModel::ReasonColumn).data().toString();
    INFO(reason.toStdString());
    CHECK(reason.contains(u"PILOT-0002, which is not in the platform's catalog"_s));
    CHECK(model->index(0, ow::ParkedItemsModel::ItemColumn).data().toString() == u"Case, revision 1"_s);

    // Nothing to send while nothing is chosen; the province publishes the matter; the clerk retries.
    auto *retry = child<QPushButton>(*dialog, "retryParkedButton");
    CHECK_FALSE(retry->isEnabled());
    REQUIRE(platform.server.setCatalog(owsync::demoCatalog(u"PILOT-0002"_s), &error));
    child<QTableView>(*dialog, "parkedItemsView")->selectRow(0);
    REQUIRE(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    REQUIRE(owtest::waitFor([&] { return model->rowCount() == 0 && !parked->isVisible(); }));
    REQUIRE(owtest::waitFor([&] { return platform.store.record(pilot).has_value() && sync.snapshot().backlog == 0; }));
    CHECK(owsync::disagreements(client.db, platform.store).isEmpty());
}

TEST_CASE("parked items model: consistent for QAbstractItemModelTester through resets")
{
    ow::ParkedItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ow::ParkedItem a;
    a.key = u"7"_s;
    a.caseId = u"c1"_s;
    a.caseNumber = u"SYNC-20261128-01-0001"_s;
    a.revision = 2;
    a.attempts = 3;
    a.reason = u"The platform refused revision 2: bad"_s;
    a.createdAt = QDateTime::currentDateTimeUtc();
    ow::ParkedItem b = a;
    b.kind = ow::ParkedItem::Kind::Evaluation;
    b.key = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    model.setItems({a, b});
    CHECK(model.rowCount() == 2);
    CHECK(model.columnCount() == ow::ParkedItemsModel::ColumnCount);
    CHECK(model.index(1, ow::ParkedItemsModel::ItemColumn).data().toString() == u"Satisfaction rating"_s);
    CHECK(model.index(0, 0).data(ow::ParkedItemsModel::KeyRole).toString() == u"7"_s);
    CHECK(model.index(1, 0).data(ow::ParkedItemsModel::IsEvaluationRole).toBool());
    CHECK(model.headerData(ow::ParkedItemsModel::ReasonColumn, Qt::Horizontal).toString() == u"Reason given by the platform"_s);
    CHECK_FALSE(model.index(0, 0, model.index(0, 0)).isValid());
    model.setItems({});
    CHECK(model.rowCount() == 0);
    CHECK(model.item(0) == nullptr);
}
