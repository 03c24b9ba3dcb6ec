// Schema 7 (migrations/0007_decision_pages.sql): a database written under schema 6 keeps every case, its
// answers move onto the case row, the line tables become WITHOUT ROWID, and the queries still find their
// indexes. Also the one SQL path the decision takes: sql::run over kept QSqlQuery statements.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/databasecheck.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlsupport.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

QString schemaSql(const QSqlDatabase &db, const QString &name)
{
    return scalar(db, u"SELECT coalesce(sql, '') FROM sqlite_master WHERE name = ?"_s, {name}).toString();
}

// The plan on one line, so a CHECK shows it whole.
QString plan(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values)
{
    return queryPlan(db, sqlText, values).join(u" | "_s);
}

} // namespace

TEST_CASE("a schema 6 database keeps every case through schema 7, answers and lines included")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    const QString caseId = u"0b7c1e9a-5d2f-4c11-9a77-3f1e2d4c5b6a"_s; // a version 4 id, as schema 6 made them
    {
        ow::Database db;
        openAtSchema(db, path, 6);
        REQUIRE(ow::CatalogRepository(db).importCatalog(sampleCatalog()).ok);
        const QSqlDatabase c = db.db();
        runSql(c,
               u"INSERT INTO applicants (id, kind, id_number, name, created_at, updated_at) VALUES (?, 'person', ?, ?, ?, ?)"_s,
               {u"a1"_s, u"110101199003074514"_s, u"张三"_s, u"2026-11-20T01:00:00.000Z"_s, u"2026-11-20T01:00:00.000Z"_s});
        runSql(c,
               u"INSERT INTO cases (id, case_number, query_code, applicant_id, decision, status, hall_code, window_no,"
               u" local_day, created_at, updated_at, listed_count, collected_count) VALUES (?, ?, ?, ?, 'accept', 'accepted',"
               u" 'DEMO', 3, '2026-11-20', ?, ?, 2, 2)"_s,
               {caseId, u"DEMO-20261120-03-0001"_s, u"ACDE3467"_s, u"a1"_s, u"2026-11-20T01:00:00.000Z"_s,
                u"2026-11-20T01:00:00.000Z"_s});
        runSql(c, u"INSERT INTO case_matters (case_id, position, matter_code, matter_version) VALUES (?, 0, 'M001', 1)"_s,
               {caseId});
        runSql(
            c,
            u"INSERT INTO case_answers (case_id, situation_id, option_id) VALUES (?, 'agent', 'self'), (?, '情形\"一\"', '是')"_s,
            {caseId, caseId});
        runSql(c,
               u"INSERT INTO case_materials (case_id, position, kind, name, status, received, received_on, matter_codes)"
               u" VALUES (?, 0, 'RESIDENT_ID_CARD', '居民身份证', 'to_collect', 1, '2026-11-20', '[\"M001\"]'),"
               u" (?, 1, 'HEALTH_CERT', '健康证明', 'to_collect', 1, '2026-11-20', '[\"M001\"]')"_s,
               {caseId, caseId});
        runSql(
            c,
            u"INSERT INTO outbox (id, case_id, revision, payload, created_at) VALUES (41, ?, 1, '{}', '2026-11-20T01:00:00.000Z')"_s,
            {caseId});
        runSql(c,
               u"INSERT INTO case_number_sequences (hall_code, day, window_no, last_seq) VALUES ('DEMO', '2026-11-20', 3, 1)"_s,
               {});
    }

    ow::Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    CHECK(db.schemaVersion() == ow::Migrations::latestVersion());
    const QSqlDatabase c = db.db();

    const std::optional<ow::Case> loaded = ow::CaseRepository(db).byId(caseId);
    REQUIRE(loaded);
    CHECK(loaded->answers.size() == 2);
    CHECK(loaded->answers.value(u"agent"_s) == u"self"_s);
    CHECK(loaded->answers.value(u"情形\"一\""_s) == u"是"_s);
    CHECK(loaded->matters.size() == 1);
    REQUIRE(loaded->materials.size() == 2);
    CHECK(loaded->materials.at(1).name == u"健康证明"_s);
    CHECK(loaded->materials.at(1).receivedOn == QDate(2026, 11, 20));

    CHECK(countRows(c, u"SELECT count(*) FROM sqlite_master WHERE name = 'case_answers'"_s) == 0);
    CHECK(schemaSql(c, u"case_matters"_s).contains(u"WITHOUT ROWID"_s));
    CHECK(schemaSql(c, u"case_materials"_s).contains(u"WITHOUT ROWID"_s));
    for (const QString &gone : {u"case_materials_kind"_s, u"cases_official_number"_s, u"case_matters_matter"_s,
                                u"audit_trail_at"_s, u"outbox_state"_s}) {
        INFO(gone.toStdString());
        CHECK(countRows(c, u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s, {gone}) == 0);
    }
    CHECK(schemaSql(c, u"cases_previous"_s).contains(u"WHERE previous_case_id IS NOT NULL"_s));
    CHECK_FALSE(schemaSql(c, u"outbox"_s).contains(u"AUTOINCREMENT"_s));
    CHECK_FALSE(schemaSql(c, u"audit_trail"_s).contains(u"AUTOINCREMENT"_s));
    CHECK(countRows(c, u"SELECT count(*) FROM outbox WHERE id = 41 AND case_id = ?"_s, {caseId}) == 1);
    CHECK(countRows(c, u"SELECT count(*) FROM sqlite_master WHERE name IN ('outbox_state_order', 'audit_trail_case')"_s)
          == 2); // outbox_sent_at went with schema 10 (the hall reporter's change sequence)

    // A new decision's outbox row comes after the kept ones.
    ow::Case next = sampleCase(ow::CatalogRepository(db).loadCurrent(), {u"M001"_s});
    REQUIRE(ow::CaseRepository(db).commitDecision(next, samplePerson()));
    CHECK(scalar(c, u"SELECT id FROM outbox WHERE case_id = ?"_s, {next.id}).toInt() == 42);
    CHECK(ow::DatabaseCheck::problems(c).isEmpty());

    // The queries that needed the changed indexes still use them.
    CHECK(plan(c, u"SELECT count(*) FROM cases n WHERE n.previous_case_id = ?"_s, {caseId}).contains(u"cases_previous"_s));
    CHECK(plan(c,
               u"SELECT id FROM outbox o WHERE o.state = ? AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)"
               u" ORDER BY o.id LIMIT ?"_s,
               {u"pending"_s, u"2026-11-28T00:00:00.000Z"_s, 100})
              .contains(u"outbox_state_order"_s));
}

TEST_CASE("answers that are not a JSON object of strings are reported by the database check")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    ow::Case c = sampleCase(ow::CatalogRepository(t.db).loadCurrent(), {u"M001"_s});
    REQUIRE(ow::CaseRepository(t.db).commitDecision(c, samplePerson()));
    CHECK(ow::DatabaseCheck::problems(t.db.db()).isEmpty());
    runSql(t.db.db(), u"UPDATE cases SET answers = ? WHERE id = ?"_s, {u"{\"agent\": 3}"_s, c.id});
    const QStringList problems = ow::DatabaseCheck::problems(t.db.db());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(c.caseNumber));
}

TEST_CASE("sql::run binds text, numbers, dates and NULL in the stored forms")
{
    TempDatabase t;
    runSql(t.db.db(), u"CREATE TABLE probe (t TEXT, n INTEGER, d TEXT, ts TEXT, z TEXT)"_s, {});
    const QDateTime at(QDate(2026, 2, 3), QTime(4, 5, 6, 7), Qt::UTC);
    const QDateTime shanghai(QDate(2026, 11, 28), QTime(7, 30, 0, 999), QTimeZone("Asia/Shanghai"));
    const QString insert = u"INSERT INTO probe (t, n, d, ts, z) VALUES (?, ?, ?, ?, ?)"_s;
    QString error;
    QSqlQuery q(t.db.db());
    REQUIRE(ow::sql::run(
        q, insert,
        {u"一窗通 \"quoted\""_s, qint64(1) << 40, ow::sql::fromDate(QDate(2026, 1, 31)), ow::sql::fromDateTime(at), QVariant()},
        &error));
    CHECK(q.numRowsAffected() == 1);
    // A null QString is text, '' (sql::exec); an invalid date or time and nullIfEmpty("") are NULL.
    REQUIRE(ow::sql::run(
        q, insert,
        {QString(), 0, ow::sql::fromDate(QDate()), ow::sql::fromDateTime(QDateTime()), ow::sql::nullIfEmpty(QString())}, &error));
    REQUIRE(ow::sql::run(q, insert, {u"x"_s, 1, QVariant(), ow::sql::fromDateTime(shanghai), QVariant()}, &error));

    REQUIRE(
        ow::sql::run(q, u"SELECT t, n, d, ts, typeof(z), typeof(t), typeof(d), typeof(ts) FROM probe ORDER BY rowid"_s, &error));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"一窗通 \"quoted\""_s);
    CHECK(q.value(1).toLongLong() == qint64(1) << 40);
    CHECK(q.value(2).toString() == u"2026-01-31"_s);
    CHECK(q.value(3).toString() == u"2026-02-03T04:05:06.007Z"_s);
    CHECK(q.value(4).toString() == u"null"_s);
    REQUIRE(q.next());
    CHECK(q.value(5).toString() == u"text"_s);
    CHECK(q.value(0).toString().isEmpty());
    CHECK(q.value(6).toString() == u"null"_s);
    CHECK(q.value(7).toString() == u"null"_s);
    CHECK(q.value(4).toString() == u"null"_s);
    REQUIRE(q.next());
    CHECK(q.value(3).toString() == u"2026-11-27T23:30:00.999Z"_s); // stored in UTC, whatever the zone given
    CHECK(ow::sql::toDateTime(q.value(3)) == shanghai);
    CHECK_FALSE(q.next());
}

TEST_CASE("sql::run reports SQLite's reason, and a reading statement still in use is not shared")
{
    TempDatabase t;
    runSql(t.db.db(), u"CREATE TABLE probe (k TEXT PRIMARY KEY)"_s, {});
    QString error;
    QSqlQuery q(t.db.db());
    const QString insert = u"INSERT INTO probe (k) VALUES (?)"_s;
    CHECK(ow::sql::run(q, insert, {u"a"_s}, &error));
    CHECK_FALSE(ow::sql::run(q, insert, {u"a"_s}, &error));
    CHECK(error.contains(u"UNIQUE"_s));
    CHECK(ow::sql::run(q, insert, {u"b"_s}, &error)); // the kept statement is usable again after a failure
    error.clear();
    CHECK_FALSE(ow::sql::run(q, u"SELECT x FROM nowhere"_s, &error));
    CHECK(error.contains(u"nowhere"_s));

    // Inside a transaction reading statements are kept; one a caller is still iterating is not handed out.
    const bool ok = t.db.transaction([&] {
        const QString select = u"SELECT k FROM probe ORDER BY k"_s;
        QSqlQuery outer(t.db.db());
        REQUIRE(ow::sql::run(outer, select, &error));
        REQUIRE(outer.next());
        CHECK(outer.value(0).toString() == u"a"_s);
        {
            QSqlQuery inner(t.db.db());
            REQUIRE(ow::sql::run(inner, select, &error));
            REQUIRE(inner.next());
            CHECK(inner.value(0).toString() == u"a"_s);
        }
        REQUIRE(outer.next()); // the inner one did not reset the outer's rows
        CHECK(outer.value(0).toString() == u"b"_s);
        return true;
    });
    CHECK(ok);
}

TEST_CASE("a transaction of several MiB commits whole and another connection sees all of it")
{
    TempDatabase t;
    runSql(t.db.db(), u"CREATE TABLE big (id INTEGER PRIMARY KEY, body BLOB NOT NULL)"_s, {});
    // 3 MiB of pages in one transaction: far more than one WAL write, less than the page cache.
    const bool ok = t.db.transaction([&] {
        for (int i = 0; i < 48; ++i) {
            QSqlQuery q(t.db.db());
            if (!q.prepare(u"INSERT INTO big (id, body) VALUES (?, ?)"_s))
                return false;
            q.addBindValue(i);
            q.addBindValue(QByteArray(64 * 1024, char('a' + i % 26)));
            if (!q.exec())
                return false;
        }
        return true;
    });
    REQUIRE(ok);

    // Another connection (as onewindowctl check-db would be) sees all of it at once.
    ow::Database other;
    REQUIRE(other.open(t.path));
    CHECK(countRows(other.db(), u"SELECT count(*) FROM big"_s) == 48);
    CHECK(countRows(
              other.db(),
              u"SELECT count(*) FROM big WHERE length(body) = 65536 AND hex(substr(body, 1, 1)) = printf('%02X', 97 + id % 26)"_s)
          == 48);
    CHECK(countRows(other.db(), u"SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"_s) == 1);

    // After a checkpoint the log is read back into the database file; the data survives re-opening.
    {
        QSqlQuery checkpoint(t.db.db());
        REQUIRE(checkpoint.prepare(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        REQUIRE(checkpoint.exec());
        REQUIRE(checkpoint.next());
        CHECK(checkpoint.value(0).toInt() == 0); // not busy: every frame went into the database file
    }
    other.close();
    t.db.close();
    REQUIRE(t.db.open(t.path));
    CHECK(countRows(t.db.db(), u"SELECT sum(length(body)) / 1024 FROM big"_s) == 48 * 64);
}

TEST_CASE("a file name SQLite's URI syntax would misread opens as itself")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"大厅 #1?mode=ro&x=%20.sqlite"_s);
    ow::Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    CHECK(QFile::exists(path));
    runSql(db.db(), u"CREATE TABLE t (x)"_s, {});
}

TEST_CASE("a commit whose log cannot be written fails whole, says so, and the next one succeeds")
{
    // The file-size limit makes the file system refuse the gathered WAL write at the commit's sync, as a
    // full disk would: the VFS hands the error to SQLite, which rolls the decision back.
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    const ow::CatalogData catalog = ow::CatalogRepository(t.db).loadCurrent();
    ow::CaseRepository cases(t.db);
    ow::Case first = sampleCase(catalog, {u"M001"_s});
    REQUIRE(cases.commitDecision(first, samplePerson()));
    runSql(t.db.db(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);

    const auto previous = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead
    rlimit saved{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    rlimit small = saved;
    small.rlim_cur = 8 * 1024; // the log starts empty: a decision's frames do not fit
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    ow::Case refused = sampleCase(catalog, {u"M002"_s});
    QString error;
    const bool saved2 = cases.commitDecision(refused, samplePerson(u"11010519491231002X"_s, u"李四"_s), &error);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &saved) == 0);
    std::signal(SIGXFSZ, previous);

    CHECK_FALSE(saved2);
    CHECK(error.contains(u"not saved"_s));
    CHECK(refused.id.isEmpty()); // the caller's case is as it was
    CHECK(countRows(t.db.db(), u"SELECT count(*) FROM cases"_s) == 1);
    CHECK(countRows(t.db.db(), u"SELECT count(*) FROM outbox"_s) == 1);

    ow::Case again = sampleCase(catalog, {u"M002"_s});
    REQUIRE(cases.commitDecision(again, samplePerson(u"11010519491231002X"_s, u"李四"_s), &error));
    CHECK(again.caseNumber.endsWith(u"-0002"_s)); // the refused attempt drew no number
    t.db.close();
    REQUIRE(t.db.open(t.path));
    CHECK(countRows(t.db.db(), u"SELECT count(*) FROM cases"_s) == 2);
    CHECK(ow::DatabaseCheck::problems(t.db.db()).isEmpty());
}
