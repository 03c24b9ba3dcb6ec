// A case's matters and lines name it by its integer key, the rowid the full-text indexes use, kept by
// VACUUM (migration 0017, ADRs 0022 and 0023): what a case keeps shrinks, what it says does not change.
#include "core/domain/case.h"
#include "core/storage/caserepository.h"
#include "core/storage/databasecheck.h"
#include "core/storage/migrations.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// Every row of a query as one line of text, in the query's order.
QStringList dump(const QSqlDatabase &db, const QString &sqlText)
{
    QStringList out;
    QSqlQuery q(db);
    REQUIRE(q.exec(sqlText));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        out << row.join(u'|');
    }
    return out;
}

const QString kMatters = u"SELECT c.id, m.position, m.matter_code, m.matter_version FROM case_matters m"
                         u" JOIN cases c ON c.%1 = m.%2 ORDER BY c.id, m.position"_s;
const QString kLines = u"SELECT case_id, position, kind, name, status, received, received_on, valid_until, matter_codes,"
                       u" optional FROM case_material_lines ORDER BY case_id, position"_s;
const QString kRowids = u"SELECT group_concat(rowid || ':' || id) FROM (SELECT rowid, id FROM %1 ORDER BY rowid)"_s;

} // namespace

TEST_CASE("migration 0017 keys every case's matters and lines by its rowid and loses nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    QList<ow::Case> saved;
    QStringList matters, lines;
    QString caseRowids, applicantRowids;
    {
        ow::Database db;
        openAtSchema(db, path, 16);
        saved = decideSamples(db, 5);
        // Gaps in the rowids, as a repair that deleted a case leaves them: the keys must keep them.
        runSql(db.db(), u"PRAGMA foreign_keys = OFF"_s);
        for (const QString &table : {u"case_matters"_s, u"case_materials"_s, u"outbox"_s, u"audit_trail"_s, u"case_changes"_s})
            runSql(db.db(), u"DELETE FROM %1 WHERE case_id = ?"_s.arg(table), {saved.at(1).id});
        runSql(db.db(), u"DELETE FROM cases WHERE id = ?"_s, {saved.at(1).id});
        runSql(db.db(), u"PRAGMA foreign_keys = ON"_s);
        runSql(db.db(), u"UPDATE outbox SET state = 'sent', sent_at = '2026-11-30T08:00:01.000Z' WHERE case_id = ?"_s,
               {saved.at(0).id});
        matters = dump(db.db(), kMatters.arg(u"id"_s, u"case_id"_s));
        lines = dump(db.db(), kLines);
        caseRowids = scalar(db.db(), kRowids.arg(u"cases"_s)).toString();
        applicantRowids = scalar(db.db(), kRowids.arg(u"applicants"_s)).toString();
    }
    REQUIRE(matters.size() == 4 * saved.at(0).matters.size());
    REQUIRE(lines.size() == 4 * saved.at(0).materials.size());

    ow::Database db;
    REQUIRE(db.open(path));
    REQUIRE(db.schemaVersion() >= 17);
    CHECK(dump(db.db(), kMatters.arg(u"case_key"_s, u"case_key"_s)) == matters);
    CHECK(dump(db.db(), kLines) == lines);
    CHECK(scalar(db.db(), kRowids.arg(u"cases"_s)).toString() == caseRowids);
    CHECK(scalar(db.db(), kRowids.arg(u"applicants"_s)).toString() == applicantRowids);
    CHECK(countRows(db.db(), u"SELECT count(*) FROM cases WHERE case_key <> rowid"_s) == 0);
    CHECK(countRows(db.db(), u"SELECT count(*) FROM pragma_table_info('case_materials') WHERE name = 'case_id'"_s) == 0);
    CHECK(countRows(db.db(), u"SELECT count(*) FROM pragma_foreign_key_check"_s) == 0);
    // The platform's confirmation, from the outbox rows there were, for when retention removes them.
    CHECK(
        scalar(db.db(), u"SELECT group_concat(id || '=' || delivered_at) FROM cases WHERE delivered_at IS NOT NULL"_s).toString()
        == saved.at(0).id + u"=2026-11-30T08:00:01.000Z"_s);
    CHECK(ow::DatabaseCheck::problems(db.db()).isEmpty());
    // The search indexes still name the right rows, and the triggers follow a new decision.
    for (const ow::Case &c : {saved.at(0), saved.at(4)}) {
        const QList<ow::Case> found = ow::CaseRepository(db).search(c.caseNumber, 10);
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).id == c.id);
        CHECK(found.at(0).materials.size() == c.materials.size());
    }
    const QList<ow::Case> more = decideSamples(db, 1);
    CHECK(ow::CaseRepository(db).search(more.at(0).caseNumber, 10).size() == 1);
    // Foreign keys are on again after the update, and the lines follow their case.
    CHECK(scalar(db.db(), u"PRAGMA foreign_keys"_s).toInt() == 1);
    runSql(db.db(), u"DELETE FROM outbox WHERE case_id = ?"_s, {more.at(0).id});
    runSql(db.db(), u"DELETE FROM audit_trail WHERE case_id = ?"_s, {more.at(0).id});
    runSql(db.db(), u"DELETE FROM case_changes WHERE case_id = ?"_s, {more.at(0).id});
    runSql(db.db(), u"DELETE FROM cases WHERE id = ?"_s, {more.at(0).id});
    CHECK(countRows(db.db(), u"SELECT count(*) FROM case_materials WHERE case_key NOT IN (SELECT case_key FROM cases)"_s) == 0);
}

TEST_CASE("a schema update that would leave rows pointing at nothing is refused and changes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    const QList<ow::Migration> all = ow::Migrations::builtIn();
    {
        ow::Database db;
        REQUIRE(db.open(path));
        decideSamples(db, 1);
    }
    // A broken next migration: it drops the applicants every case names.
    QList<ow::Migration> broken = all;
    broken.append({int(all.size()) + 1, u"%1_break_keys"_s.arg(all.size() + 1, 4, 10, QLatin1Char('0')),
                   u"CREATE TABLE applicants_copy AS SELECT * FROM applicants; DELETE FROM applicants;"_s});
    ow::Database db;
    QString error;
    CHECK_FALSE(db.open(path, broken, &error));
    CHECK(error.contains(u"pointing at nothing"_s));
    ow::Database again;
    REQUIRE(again.open(path));
    CHECK(again.schemaVersion() == int(all.size()));
    CHECK(countRows(again.db(), u"SELECT count(*) FROM applicants"_s) == 1);
}

TEST_CASE("every line status the program writes has its number, and a key the program does not know survives 0017")
{
    TempDatabase t;
    for (const ow::LineStatus status : {ow::LineStatus::ToCollect, ow::LineStatus::Reused, ow::LineStatus::DataSharing,
                                        ow::LineStatus::DeficiencyAllowed, ow::LineStatus::Commitment}) {
        INFO(ow::lineStatusKey(status).toStdString());
        CHECK(countRows(t.db.db(), u"SELECT count(*) FROM line_statuses WHERE key = ?"_s, {ow::lineStatusKey(status)}) == 1);
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    QString caseId;
    {
        ow::Database db;
        openAtSchema(db, path, 16);
        caseId = decideSamples(db, 1).at(0).id;
        runSql(db.db(), u"UPDATE case_materials SET status = 'lent_out' WHERE case_id = ? AND position = 0"_s, {caseId});
    }
    ow::Database db;
    REQUIRE(db.open(path));
    CHECK(scalar(db.db(), u"SELECT status FROM case_material_lines WHERE case_id = ? AND position = 0"_s, {caseId}).toString()
          == u"lent_out"_s);
    CHECK(ow::DatabaseCheck::problems(db.db()).filter(u"lent_out"_s).size() == 1);
}
