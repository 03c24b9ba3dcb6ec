// Schema 12 (migrations/0012_case_search.sql, core/storage/casesearch.cpp): case search through trigram
// indexes and the newest-first list through an index. The old full scan with LIKE is kept here as the
// oracle: over many queries on a seeded store the answers must be the same, list and order.
#include "core/storage/caserepository.h"
#include "core/storage/casesearch.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/migrations.h"
#include "core/storage/retention.h"
#include "core/storage/sqlsupport.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// CaseRepository::search before schema 12, word for word.
QStringList oldSearch(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString needle = text.trimmed();
    const QString like = ow::sql::likeContains(needle);
    return firstColumn(db,
                       u"SELECT c.id FROM cases c JOIN applicants a ON a.id = c.applicant_id"
                       u" WHERE c.case_number LIKE ? ESCAPE '\\' OR c.query_code = ? OR c.official_number LIKE ? ESCAPE '\\'"
                       u" OR a.name LIKE ? ESCAPE '\\' OR a.id_number LIKE ? ESCAPE '\\'"
                       u" ORDER BY c.created_at DESC, c.rowid DESC LIMIT ?"_s,
                       {like, needle.toUpper(), like, like, like, limit});
}

const QStringList kNames{u"王芳"_s,   u"王芳芳"_s, u"李王芳"_s,           u"欧阳王芳娟"_s, u"张伟"_s,
                         u"张伟明"_s, u"陈秀英"_s, u"Anna Schmidt"_s,     u"ANNA LEE"_s,   u"McDonald"_s,
                         u"刘%芳"_s,  u"赵_强"_s,  u"恒信商贸有限公司"_s, u"孙\"明\""_s,   u"𠀀华"_s,
                         u"王"_s,     u"Ab"_s,     u"o'Brien"_s};

// ~200 decisions by the names above with made-up ID numbers, times spread over days (some equal), an
// official number on every third.
QStringList seed(ow::Database &db, int count = 200)
{
    REQUIRE(ow::CatalogRepository(db).importCatalog(sampleCatalog()).ok);
    const ow::CatalogData catalog = ow::CatalogRepository(db).loadCurrent();
    const LinesAsBefore lines(db.db(), db.schemaVersion()); // a store at schema 11 in the migration test
    REQUIRE(lines.ok());
    QRandomGenerator rng(1213);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        QString idNumber;
        for (int d = 0; d < 17; ++d)
            idNumber += QChar(u'0' + rng.bounded(10));
        idNumber += rng.bounded(5) == 0 ? u"X"_s : QString::number(rng.bounded(10));
        // Every name twice at least, some applicants come back (same number, same name).
        const QString name = kNames.at(i % kNames.size());
        if (i >= 150)
            idNumber = scalar(db.db(), u"SELECT id_number FROM applicants WHERE name = ?"_s, {name}).toString();
        ow::Case c = sampleCase(catalog, {u"M001"_s}, ow::Decision::Accept, 1 + i % 5);
        c.createdAt = QDateTime(QDate(2026, 11, 2).addDays(rng.bounded(20)), QTime(9, 0).addSecs(60 * rng.bounded(30)), Qt::UTC);
        QString error;
        const bool committed = ow::CaseRepository(db).commitDecision(c, samplePerson(idNumber, name), &error);
        INFO(error.toStdString());
        REQUIRE(committed);
        if (i % 3 == 0)
            REQUIRE(ow::CaseRepository(db).markOfficialNumber(c.id, u"ZwFw%1-%2"_s.arg(2026).arg(i * 7919 % 100000), &error));
        ids << c.id;
    }
    return ids;
}

// Names and their pieces, ID tails and pieces, case-number pieces, query codes whole and in part,
// official-number pieces, Latin text in other letter cases, LIKE's own characters, things not there.
QStringList queries(const QSqlDatabase &db)
{
    QStringList out{u"王"_s,       u"芳"_s,   u"王芳"_s, u"芳芳"_s,   u"欧阳"_s, u"阳王芳娟"_s, u"张伟"_s,   u"伟明"_s, u"秀"_s,
                    u"anna"_s,     u"ANNA"_s, u"schm"_s, u"a"_s,      u"Ab"_s,   u"ab"_s,       u"mcd"_s,    u"%"_s,    u"_"_s,
                    u"%芳"_s,      u"_强"_s,  u"\""_s,   u"\"明"_s,   u"'"_s,    u"o'b"_s,      u"𠀀"_s,     u"𠀀华"_s, u"x"_s,
                    u"X"_s,        u"-"_s,    u"DEMO"_s, u"demo-"_s,  u"zwfw"_s, u"2026-"_s,    u"不存在"_s, u"qqq"_s,  u"\\"_s,
                    u"  王芳  "_s, u"1"_s,    u"12"_s,   u"202611"_s, u"-03-"_s, u"公司"_s,     u"有限"_s};
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT c.case_number, c.query_code, coalesce(c.official_number, ''), a.id_number FROM cases c"
                   u" JOIN applicants a ON a.id = c.applicant_id ORDER BY c.rowid"_s));
    for (int row = 0; q.next(); ++row) {
        if (row % 7 != 0)
            continue;
        const QString number = q.value(0).toString(), code = q.value(1).toString();
        const QString official = q.value(2).toString(), idNumber = q.value(3).toString();
        out << number << number.right(4) << number.mid(5, 8) << number.mid(12, 6) << code << code.toLower() << code.left(3)
            << idNumber.right(4) << idNumber.right(6) << idNumber.mid(6, 8) << idNumber.mid(3, 2);
        if (!official.isEmpty())
            out << official << official.right(3) << official.toUpper();
    }
    return out;
}

void requireSameAsOld(const QSqlDatabase &db, ow::Database &database)
{
    for (const QString &text : queries(db)) {
        for (const int limit : {1, 3, 50, 1000}) {
            const QStringList expected = oldSearch(db, text, limit);
            // Candidates sorted (a rare text), the newest-first index walked (a common one), as chosen.
            for (const qint64 sortAtMost : {qint64(1000000), qint64(0), qint64(5), qint64(-1)}) {
                INFO("query [" << text.toStdString() << "] limit " << limit << " sortAtMost " << sortAtMost);
                QString error;
                const QStringList found = ow::CaseSearch::matching(db, text, limit, &error, sortAtMost);
                CHECK(error.isEmpty());
                CHECK(found == expected);
            }
        }
    }
    // The repository's face gives the same cases.
    QStringList viaRepository;
    for (const ow::Case &c : ow::CaseRepository(database).search(u"王芳"_s))
        viaRepository << c.id;
    CHECK(viaRepository == oldSearch(db, u"王芳"_s, 50));
}

QStringList searchIds(ow::Database &db, const QString &text)
{
    QStringList ids;
    for (const ow::Case &c : ow::CaseRepository(db).search(text))
        ids << c.id;
    return ids;
}

} // namespace

TEST_CASE("case search through the indexes answers exactly as the old LIKE scan did")
{
    TempDatabase t;
    seed(t.db);
    REQUIRE(oldSearch(t.db.db(), u"王芳"_s, 1000).size() > 10); // 王芳 itself and the names that contain it
    requireSameAsOld(t.db.db(), t.db);
}

TEST_CASE("a two-character and a one-character name are found although trigrams need three")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    const ow::CatalogData catalog = ow::CatalogRepository(t.db).loadCurrent();
    ow::Case c = sampleCase(catalog, {u"M001"_s});
    REQUIRE(ow::CaseRepository(t.db).commitDecision(c, samplePerson(u"110101199003074514"_s, u"王芳"_s)));
    ow::Case other = sampleCase(catalog, {u"M001"_s});
    REQUIRE(ow::CaseRepository(t.db).commitDecision(other, samplePerson(u"110101199003071234"_s, u"李"_s)));
    CHECK(searchIds(t.db, u"王芳"_s) == QStringList{c.id});
    CHECK(searchIds(t.db, u"芳"_s) == QStringList{c.id});
    CHECK(searchIds(t.db, u"李"_s) == QStringList{other.id});
    CHECK(searchIds(t.db, u"王李"_s).isEmpty());
}

TEST_CASE("the index follows every write: a blanked name, a changed ID number, a new official number")
{
    TempDatabase t;
    const QStringList ids = seed(t.db, 40);
    const QSqlDatabase db = t.db.db();
    const QString applicant = scalar(db, u"SELECT applicant_id FROM cases WHERE id = ?"_s, {ids.at(4)}).toString();
    const QString name = scalar(db, u"SELECT name FROM applicants WHERE id = ?"_s, {applicant}).toString();
    REQUIRE(name == u"张伟"_s);
    REQUIRE(searchIds(t.db, u"张伟"_s).contains(ids.at(4)));

    // What a retention run does to an old closed case's applicant.
    runSql(db, u"UPDATE applicants SET name = '', id_number = ?, phone = '', address = '' WHERE id = ?"_s,
           {QString(u"REMOVED-"_s + applicant), applicant});
    CHECK_FALSE(searchIds(t.db, u"张伟"_s).contains(ids.at(4)));
    CHECK(searchIds(t.db, u"removed-"_s).contains(ids.at(4)));
    CHECK(ow::CaseSearch::matching(db, u"张伟"_s, 1000) == oldSearch(db, u"张伟"_s, 1000));

    REQUIRE(ow::CaseRepository(t.db).markOfficialNumber(ids.at(0), u"SP-777-NEW"_s));
    CHECK(searchIds(t.db, u"777-new"_s) == QStringList{ids.at(0)});
    CHECK(searchIds(t.db, u"ZwFw2026-0"_s).isEmpty());
    requireSameAsOld(db, t.db);

    // Deleted rows leave the index as well (what a repair or a future retention may do).
    runSql(db, u"DELETE FROM applicants WHERE id NOT IN (SELECT applicant_id FROM cases)"_s);
    runSql(db, u"INSERT INTO case_search (case_search) VALUES ('integrity-check')"_s);
    runSql(db, u"INSERT INTO applicant_search (applicant_search) VALUES ('integrity-check')"_s);
}

// The full-text indexes name their rows by the rowid of cases and applicants, which declare no INTEGER
// PRIMARY KEY; SQLite's documentation allows VACUUM to renumber such rowids. The store is vacuumed once by
// onewindowctl retention (StoreSpace::makeIncremental) and copied by VACUUM INTO for every backup: after
// both, with gaps in the rowids (rows a repair deleted), every search still answers as the old scan.
TEST_CASE("the search answers the same after the store is vacuumed, rowids with gaps included")
{
    TempDatabase t;
    const QStringList ids = seed(t.db, 60);
    const QSqlDatabase db = t.db.db();
    runSql(db, u"PRAGMA foreign_keys = OFF"_s);
    for (const int i : {1, 7, 8, 30}) {
        for (const QString &table : {u"case_matters"_s, u"case_materials"_s})
            runSql(db, u"DELETE FROM %1 WHERE case_key = (SELECT case_key FROM cases WHERE id = ?)"_s.arg(table), {ids.at(i)});
        for (const QString &table : {u"outbox"_s, u"audit_trail"_s, u"case_changes"_s})
            runSql(db, u"DELETE FROM %1 WHERE case_id = ?"_s.arg(table), {ids.at(i)});
        runSql(db, u"DELETE FROM cases WHERE id = ?"_s, {ids.at(i)});
    }
    runSql(db, u"DELETE FROM applicants WHERE id NOT IN (SELECT applicant_id FROM cases)"_s);
    runSql(db, u"PRAGMA foreign_keys = ON"_s);
    const QString rowids = u"SELECT group_concat(rowid || ':' || id) FROM (SELECT rowid, id FROM %1 ORDER BY rowid)"_s;
    const QString casesBefore = scalar(db, rowids.arg(u"cases"_s)).toString();
    const QString applicantsBefore = scalar(db, rowids.arg(u"applicants"_s)).toString();
    REQUIRE(ow::StoreSpace::makeIncremental(t.db));
    CHECK(scalar(db, rowids.arg(u"cases"_s)).toString() == casesBefore);
    CHECK(scalar(db, rowids.arg(u"applicants"_s)).toString() == applicantsBefore);
    requireSameAsOld(db, t.db);
    runSql(db, u"INSERT INTO case_search (case_search) VALUES ('integrity-check')"_s);
    runSql(db, u"INSERT INTO applicant_search (applicant_search) VALUES ('integrity-check')"_s);

    const QString copyPath = t.dir.filePath(u"copy.sqlite"_s);
    runSql(db, u"VACUUM INTO ?"_s, {copyPath});
    ow::Database copy;
    REQUIRE(copy.open(copyPath));
    CHECK(scalar(copy.db(), rowids.arg(u"cases"_s)).toString() == casesBefore);
    requireSameAsOld(copy.db(), copy);
}

TEST_CASE("the newest-first list and a rare text are read through indexes, never a scan and sort")
{
    TempDatabase t;
    seed(t.db, 20);
    const QSqlDatabase db = t.db.db();
    runSql(db, u"ANALYZE"_s);
    // The statements of casesearch.cpp, the very texts it runs.
    const QStringList newest = queryPlan(db, ow::CaseSearch::newestSql(), {50});
    INFO(newest.join(u" | "_s).toStdString());
    CHECK(newest.join(u' ').contains(u"cases_created"_s));
    CHECK_FALSE(newest.join(u' ').contains(u"TEMP B-TREE"_s));

    const QString like = ow::sql::likeContains(u"王芳"_s);
    const QStringList walk = queryPlan(db, ow::CaseSearch::walkSql(), {like, u"王芳"_s, like, like, like, 50});
    INFO(walk.join(u" | "_s).toStdString());
    CHECK(walk.join(u' ').contains(u"cases_created"_s));
    CHECK_FALSE(walk.join(u' ').contains(u"TEMP B-TREE"_s));
    const QStringList byApplicants =
        queryPlan(db, ow::CaseSearch::walkByApplicantsSql(), {like, u"王芳"_s, like, u"\"王芳\x01\""_s, like, like, 50});
    INFO(byApplicants.join(u" | "_s).toStdString());
    CHECK(byApplicants.join(u' ').contains(u"SCAN c USING INDEX cases_created"_s));
    CHECK(byApplicants.join(u' ').contains(u"SCAN s VIRTUAL TABLE"_s)); // the applicants' set, from the index
    CHECK_FALSE(byApplicants.join(u' ').contains(u"TEMP B-TREE"_s));
    const QStringList rare = queryPlan(db, ow::CaseSearch::candidatesSql(),
                                       {u"\"王芳\x01\""_s, like, like, u"\"王芳\x01\""_s, like, like, u"王芳"_s, 50});
    INFO(rare.join(u" | "_s).toStdString());
    // Only the index hits and the checked (time, row) pairs are scanned; no table is.
    for (const QString &step : rare)
        CHECK_FALSE((step.startsWith(u"SCAN"_s) && !step.contains(u"VIRTUAL TABLE"_s) && !step.startsWith(u"SCAN h"_s)
                     && !step.startsWith(u"SCAN (subquery"_s)));
    CHECK(rare.join(u' ').count(u"SCAN s VIRTUAL TABLE"_s) == 2);
    // An applicant's cases and their times come from the index alone, never one case row each.
    CHECK(rare.join(u' ').contains(u"SEARCH k USING COVERING INDEX cases_applicant"_s));
}

TEST_CASE("a schema 11 store migrates to the search indexes with every case found as before")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    QHash<QString, QStringList> before;
    int cases = 0;
    {
        ow::Database db;
        openAtSchema(db, path, 11);
        seed(db, 120);
        for (const QString &text : queries(db.db()))
            before.insert(text, oldSearch(db.db(), text, 1000));
        cases = countRows(db.db(), u"SELECT count(*) FROM cases"_s);
    }
    ow::Database db;
    REQUIRE(db.open(path));
    CHECK(db.schemaVersion() >= 12);
    CHECK(countRows(db.db(), u"SELECT count(*) FROM cases"_s) == cases);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO("query [" << it.key().toStdString() << "]");
        CHECK(ow::CaseSearch::matching(db.db(), it.key(), 1000) == it.value());
    }
    requireSameAsOld(db.db(), db);
}

TEST_CASE("the migration splitter keeps a trigger whole, its body's semicolons included")
{
    const QStringList statements = ow::Migrations::splitStatements(
        u"CREATE TABLE t (a TEXT);\nCREATE TRIGGER t_copy AFTER INSERT ON t BEGIN\n  INSERT INTO u VALUES (new.a);\n"
        u"  DELETE FROM v; -- a comment; here\nEND;\ncreate temp trigger x after delete on t begin select 1; end ;\nSELECT 1;"_s);
    REQUIRE(statements.size() == 4);
    CHECK(statements.at(1).startsWith(u"CREATE TRIGGER t_copy"_s));
    CHECK(statements.at(1).endsWith(u"END"_s));
    CHECK(statements.at(1).contains(u"DELETE FROM v;"_s));
    CHECK(statements.at(2).endsWith(u"end"_s));
    CHECK(statements.at(3) == u"SELECT 1"_s);
}
