// Schema 13 (migrations/0013_case_history.sql, core/storage/casehistory.h): what the case view shows of a
// case's life. A schema 12 store keeps every row, and the platform status and the ticket link it held
// already become the first entries of the new history.
#include "core/storage/casehistory.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/migrations.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

using namespace Qt::StringLiterals;
using namespace owtest;

TEST_CASE("a schema 12 store keeps its cases, and its platform status and ticket link start the case history")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    QList<ow::Case> saved;
    {
        ow::Database db;
        openAtSchema(db, path, 12);
        saved = decideSamples(db, 3);
        const QSqlDatabase c = db.db();
        runSql(c, u"INSERT INTO case_progress (case_id, platform_status, department, changed_at) VALUES (?, ?, ?, ?)"_s,
               {saved.at(0).id, u"in_progress"_s, u"区市场监管局"_s, u"2026-11-20T05:00:00.000Z"_s});
        runSql(c, u"INSERT INTO pending_ticket_links (case_number, ticket_id, ticket_code, created_at) VALUES (?, ?, ?, ?)"_s,
               {saved.at(1).caseNumber, u"t-7"_s, u"A007"_s, u"2026-11-20T06:00:00.000Z"_s});
    }
    ow::Database db;
    REQUIRE(db.open(path));
    CHECK(db.schemaVersion() >= 13);
    const QSqlDatabase c = db.db();
    CHECK(countRows(c, u"SELECT count(*) FROM cases"_s) == 3);
    CHECK(countRows(c, u"SELECT count(*) FROM outbox"_s) == 3);
    CHECK(countRows(c, u"SELECT count(*) FROM case_materials"_s) > 0);
    for (const ow::Case &kept : saved) {
        const std::optional<ow::Case> back = ow::CaseRepository(db).byId(kept.id);
        REQUIRE(back);
        CHECK(back->caseNumber == kept.caseNumber);
        CHECK(back->materials.size() == kept.materials.size());
    }
    // The older tables are as they were.
    CHECK(scalar(c, u"SELECT platform_status FROM case_progress WHERE case_id = ?"_s, {saved.at(0).id}).toString()
          == u"in_progress"_s);
    CHECK(countRows(c, u"SELECT count(*) FROM pending_ticket_links"_s) == 1);

    const ow::CaseHistory history(db);
    const QList<ow::ProgressMove> moves = history.moves(saved.at(0).id);
    REQUIRE(moves.size() == 1);
    CHECK(moves.first().platformStatus == u"in_progress"_s);
    CHECK(moves.first().department == u"区市场监管局"_s);
    CHECK(moves.first().changedAt == QDateTime(QDate(2026, 11, 20), QTime(5, 0), Qt::UTC));
    CHECK(history.moves(saved.at(1).id).isEmpty());

    const QList<ow::CaseTicketLink> tickets = history.tickets(saved.at(1).caseNumber);
    REQUIRE(tickets.size() == 1);
    CHECK(tickets.first().ticketCode == u"A007"_s);
    CHECK(history.tickets(saved.at(0).caseNumber).isEmpty());

    // No issue was recorded before schema 13: the first reprint of a document is number 1.
    CHECK(history.issues(saved.at(0).id).isEmpty());
    CHECK(history.nextReprint(saved.at(0).id, u"receipt"_s) == 1);
}

TEST_CASE("a document issue is recorded once per reprint number, and the next reprint counts on from the highest")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    ow::Case c = sampleCase(ow::CatalogRepository(t.db).loadCurrent(), {u"M001"_s});
    QString error;
    REQUIRE(ow::CaseRepository(t.db).commitDecision(c, samplePerson(), &error));
    ow::CaseHistory history(t.db);
    REQUIRE(history.recordIssue({c.id, u"receipt"_s, 0, {}, u"李娜"_s, u"a.pdf"_s}, &error));
    CHECK(history.nextReprint(c.id, u"receipt"_s) == 1);
    REQUIRE(history.recordIssue({c.id, u"receipt"_s, 1, {}, u"李娜"_s, u"a-reprint-1.pdf"_s}, &error));
    CHECK(history.nextReprint(c.id, u"receipt"_s) == 2);
    CHECK(history.nextReprint(c.id, u"one-time-notice"_s) == 1);
    // The same reprint of the same document twice is refused: the record of what was handed out is not doubled.
    CHECK_FALSE(history.recordIssue({c.id, u"receipt"_s, 1, {}, u"李娜"_s, u"other.pdf"_s}, &error));
    const QList<ow::DocumentIssue> issues = history.issues(c.id);
    REQUIRE(issues.size() == 2);
    CHECK(issues.at(0).reprint == 0);
    CHECK(issues.at(1).file == u"a-reprint-1.pdf"_s);
    CHECK(issues.at(1).issuedAt.isValid());
}
