// Schema 10 (migrations/0010_case_changes.sql): the hall reporter's 'synced' and 'statuses' streams follow a
// change sequence written with the change, not sent_at / updated_at. A schema 9 database keeps its rows,
// gets them numbered in the order the old cursors followed, and its cursors move to the same place.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/databasecheck.h"
#include "core/storage/migrations.h"
#include "core/storage/outbox.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// "seq stream case" for every change, in seq order.
QStringList changes(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT seq, stream, case_id FROM case_changes ORDER BY seq"_s));
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
    return out;
}

QString cursor(const QSqlDatabase &db, const QString &stream)
{
    return scalar(db, u"SELECT position FROM hall_report_cursors WHERE stream = ?"_s, {stream}).toString();
}

} // namespace

TEST_CASE("a schema 9 database keeps its sync and status history through schema 10, cursors in the same place")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    QStringList ids;
    {
        ow::Database db;
        openAtSchema(db, path, 9);
        for (const ow::Case &c : decideSamples(db, 3))
            ids << c.id;
        const QSqlDatabase c = db.db();
        // As schema 9 recorded them: three revisions sent, two cases moved by the platform.
        for (int i = 0; i < 3; ++i)
            runSql(c, u"UPDATE outbox SET state = 'sent', sent_at = ? WHERE case_id = ?"_s,
                   {u"2026-11-20T0%1:00:00.000Z"_s.arg(i + 1), ids.at(i)});
        runSql(c, u"UPDATE cases SET status = 'completed', updated_at = '2026-11-20T05:00:00.000Z' WHERE id = ?"_s, {ids.at(0)});
        runSql(c, u"UPDATE cases SET status = 'in_progress', updated_at = '2026-11-20T06:00:00.000Z' WHERE id = ?"_s,
               {ids.at(2)});
        const qint64 second = scalar(c, u"SELECT id FROM outbox WHERE case_id = ?"_s, {ids.at(1)}).toLongLong();
        // The hall had confirmed the first two sent rows and the first status move.
        runSql(c,
               u"INSERT INTO hall_report_cursors (stream, position, updated_at) VALUES ('synced', ?, ''), ('statuses', ?, '')"_s,
               {u"2026-11-20T02:00:00.000Z|%1"_s.arg(second), QString(u"2026-11-20T05:00:00.000Z|"_s + ids.at(0))});
    }
    ow::Database db;
    REQUIRE(db.open(path));
    CHECK(db.schemaVersion() >= 10);
    const QSqlDatabase c = db.db();
    CHECK(changes(c)
          == QStringList{u"1 synced "_s + ids.at(0), u"2 synced "_s + ids.at(1), u"3 synced "_s + ids.at(2),
                         u"4 statuses "_s + ids.at(0), u"5 statuses "_s + ids.at(2)});
    // What the hall has not confirmed is still after the cursors: the third sync and the second status move.
    CHECK(cursor(c, u"synced"_s) == u"2"_s);
    CHECK(cursor(c, u"statuses"_s) == u"4"_s);
    CHECK(countRows(c, u"SELECT count(*) FROM sqlite_master WHERE name IN ('outbox_sent_at', 'cases_platform_status')"_s) == 0);
    CHECK(ow::DatabaseCheck::problems(c).isEmpty());
}

TEST_CASE("the sync and a status pull append to the change sequence in their own transaction")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    ow::Case c = sampleCase(ow::CatalogRepository(t.db).loadCurrent(), {u"M001"_s});
    QString error;
    REQUIRE(ow::CaseRepository(t.db).commitDecision(c, samplePerson(), &error));
    CHECK(changes(t.db.db()).isEmpty()); // a decision writes none: the reporter follows its outbox id

    ow::Outbox outbox(t.db);
    const qint64 id = scalar(t.db.db(), u"SELECT id FROM outbox WHERE case_id = ?"_s, {c.id}).toLongLong();
    REQUIRE(outbox.markSending({id}, &error));
    REQUIRE(outbox.markSent(id, {}, &error));
    REQUIRE(ow::CaseRepository(t.db).applyPlatformStatus(c.id, ow::CaseStatus::Completed, &error));
    CHECK(changes(t.db.db()) == QStringList{u"1 synced "_s + c.id, u"2 statuses "_s + c.id});

    // A failed status pull leaves no change behind.
    CHECK_FALSE(ow::CaseRepository(t.db).applyPlatformStatus(u"no-such-case"_s, ow::CaseStatus::Completed, &error));
    CHECK(changes(t.db.db()).size() == 2);
}
