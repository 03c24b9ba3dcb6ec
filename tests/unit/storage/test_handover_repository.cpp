// Schema 14 (migrations/0014_handover.sql) and HandoverRepository: the delivery chosen at intake is kept
// with the case, a result is handed over once, in one transaction with its outbox row, and a schema 12
// database keeps its cases (as picked up at the window, the only way there was).
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/databasecheck.h"
#include "core/storage/handoverrepository.h"
#include "core/storage/migrations.h"
#include "core/storage/outbox.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// A committed case the platform has reported delivered to the hall.
ow::Case readyCase(ow::Database &db, ow::DeliveryMethod delivery = ow::DeliveryMethod::AtWindow)
{
    ow::Case c = sampleCase(ow::CatalogRepository(db).loadCurrent(), {u"M001"_s});
    c.delivery = delivery;
    if (delivery == ow::DeliveryMethod::ByPost)
        c.deliveryAddress = u"浙江省杭州市西湖区文三路 90 号"_s;
    QString error;
    REQUIRE(ow::CaseRepository(db).commitDecision(c, samplePerson(), &error));
    REQUIRE(ow::CaseRepository(db).applyPlatformStatus(c.id, ow::CaseStatus::ReadyForPickup, &error));
    return c;
}

ow::Handover posted(const QString &caseId)
{
    ow::Handover h;
    h.caseId = caseId;
    h.method = ow::HandoverMethod::ByPost;
    h.carrier = u"EMS"_s;
    h.trackingNumber = u"1178765432101"_s;
    h.address = u"浙江省杭州市西湖区文三路 90 号"_s;
    h.hallCode = u"DEMO"_s;
    h.window = 3;
    h.clerk = u"li.na"_s;
    h.at = QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);
    return h;
}

} // namespace

TEST_CASE("a schema 12 database keeps its cases through schema 14, each to be picked up at the window")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    const QList<ow::Migration> all = ow::Migrations::builtIn();
    REQUIRE(all.size() >= 14);
    const QString id = u"0193a5f2-6c1e-7d4b-9a21-5f3e8c7b2d10"_s;
    {
        ow::Database db;
        REQUIRE(db.open(path, all.mid(0, 12)));
        REQUIRE(db.schemaVersion() == 12);
        // As schema 12 wrote a decision (its columns only): the applicant, the case, its sent outbox row.
        const QSqlDatabase c = db.db();
        runSql(c, u"INSERT INTO applicants (id, kind, id_number, name, address, created_at, updated_at)"
                  u" VALUES ('a1', 'person', '11010519491231002X', '张三', '文三路 90 号', '2026-11-20T01:00:00.000Z',"
                  u" '2026-11-20T01:00:00.000Z')"_s);
        runSql(c,
               u"INSERT INTO cases (id, case_number, query_code, applicant_id, decision, status, hall_code, window_no,"
               u" revision, local_day, created_at, updated_at) VALUES (?, 'DEMO-20261120-03-0001', 'ACDE3467', 'a1',"
               u" 'accept', 'ready_for_pickup', 'DEMO', 3, 1, '2026-11-20', '2026-11-20T01:00:00.000Z',"
               u" '2026-11-22T01:00:00.000Z')"_s,
               {id});
        REQUIRE(ow::CatalogRepository(db).importCatalog(sampleCatalog()).ok);
        const int version = ow::CatalogRepository(db).loadCurrent().matter(u"M001"_s)->version;
        runSql(c, u"INSERT INTO case_matters (case_id, position, matter_code, matter_version) VALUES (?, 0, 'M001', ?)"_s,
               {id, version});
        runSql(c,
               u"INSERT INTO case_number_sequences (hall_code, day, window_no, last_seq) VALUES ('DEMO', '2026-11-20', 3, 1)"_s);
        runSql(c,
               u"INSERT INTO outbox (case_id, revision, payload, state, created_at, sent_at)"
               u" VALUES (?, 1, '{}', 'sent', '2026-11-20T01:00:00.000Z', '2026-11-20T01:01:00.000Z')"_s,
               {id});
    }
    ow::Database db;
    REQUIRE(db.open(path));
    CHECK(db.schemaVersion() >= 14);
    const std::optional<ow::Case> c = ow::CaseRepository(db).byId(id);
    REQUIRE(c);
    CHECK(c->caseNumber == u"DEMO-20261120-03-0001"_s);
    CHECK(c->status == ow::CaseStatus::ReadyForPickup);
    CHECK(c->delivery == ow::DeliveryMethod::AtWindow);
    CHECK(c->deliveryAddress.isEmpty());
    CHECK(scalar(db.db(), u"SELECT kind FROM outbox WHERE case_id = ?"_s, {id}).toString() == u"case"_s);
    // And the old case is on the pick-up list, ready since its last update.
    const QList<ow::PickupEntry> ready = ow::HandoverRepository(db).readyForPickup();
    REQUIRE(ready.size() == 1);
    CHECK(ready.first().caseId == id);
    const QStringList problems = ow::DatabaseCheck::problems(db.db());
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("the delivery chosen at intake and its address are kept with the case")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    const ow::Case c = readyCase(t.db, ow::DeliveryMethod::ByPost);
    const std::optional<ow::Case> loaded = ow::CaseRepository(t.db).byId(c.id);
    REQUIRE(loaded);
    CHECK(loaded->delivery == ow::DeliveryMethod::ByPost);
    CHECK(loaded->deliveryAddress == u"浙江省杭州市西湖区文三路 90 号"_s);
}

TEST_CASE("a hand-over moves the case on one revision, with its outbox row and change, in one go")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    const ow::Case c = readyCase(t.db, ow::DeliveryMethod::ByPost);
    ow::Handover h = posted(c.id);
    QString error;
    REQUIRE(ow::HandoverRepository(t.db).record(h, &error));
    CHECK(h.revision == 2);
    const std::optional<ow::Case> after = ow::CaseRepository(t.db).byId(c.id);
    REQUIRE(after);
    CHECK(after->status == ow::CaseStatus::HandedOver);
    CHECK(after->revision == 2);
    const std::optional<ow::OutboxItem> row = ow::Outbox(t.db).latestForCase(c.id);
    REQUIRE(row);
    CHECK(row->kind == ow::OutboxKind::Handover);
    CHECK(row->revision == 2);
    const QJsonObject payload = QJsonDocument::fromJson(row->payload).object();
    CHECK(payload.value(u"trackingNumber"_s).toString() == u"1178765432101"_s);
    CHECK(payload.value(u"revision"_s).toInt() == 2);
    const std::optional<ow::Handover> stored = ow::HandoverRepository(t.db).forCase(c.id);
    REQUIRE(stored);
    CHECK(stored->carrier == u"EMS"_s);
    CHECK(stored->at == h.at);
    CHECK(ow::HandoverRepository(t.db).readyForPickup().isEmpty());
    CHECK(ow::DatabaseCheck::problems(t.db.db()).isEmpty());
}

TEST_CASE("a result is handed over once: a second hand-over of the case is refused and changes nothing")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    const ow::Case c = readyCase(t.db);
    ow::Handover first = posted(c.id);
    first.method = ow::HandoverMethod::InPerson;
    QString error;
    REQUIRE(ow::HandoverRepository(t.db).record(first, &error));
    ow::Handover second = posted(c.id);
    CHECK_FALSE(ow::HandoverRepository(t.db).record(second, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(countRows(t.db.db(), u"SELECT count(*) FROM outbox WHERE case_id = ?"_s, {c.id}) == 2);
    CHECK(ow::HandoverRepository(t.db).forCase(c.id)->method == ow::HandoverMethod::InPerson);
}

TEST_CASE("a result not yet at the hall cannot be handed over, nor one with an invalid agent")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    ow::Case c = sampleCase(ow::CatalogRepository(t.db).loadCurrent(), {u"M001"_s});
    QString error;
    REQUIRE(ow::CaseRepository(t.db).commitDecision(c, samplePerson(), &error));
    ow::Handover h = posted(c.id);
    CHECK_FALSE(ow::HandoverRepository(t.db).record(h, &error));
    CHECK(countRows(t.db.db(), u"SELECT count(*) FROM handovers"_s) == 0);

    const ow::Case ready = readyCase(t.db);
    ow::Handover agent = posted(ready.id);
    agent.method = ow::HandoverMethod::InPerson;
    agent.collector = ow::Collector::Agent;
    agent.agentName = u"李四"_s;
    agent.agentIdNumber = u"110105194912310021"_s; // wrong check digit
    CHECK_FALSE(ow::HandoverRepository(t.db).record(agent, &error));
    CHECK(countRows(t.db.db(), u"SELECT count(*) FROM handovers"_s) == 0);
    agent.agentIdNumber = u"11010519491231002x"_s;
    REQUIRE(ow::HandoverRepository(t.db).record(agent, &error));
    CHECK(ow::HandoverRepository(t.db).forCase(ready.id)->agentIdNumber == u"11010519491231002X"_s);
}
