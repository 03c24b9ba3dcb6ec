// DatabaseCheck: clean on a sound database, precise on a damaged one.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/databasecheck.h"
#include "core/storage/outbox.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// A second connection with foreign keys off (SQLite's default), as a careless tool or a bug would write.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString &sqlText, const QVariantList &values)
    {
        owtest::runSql(QSqlDatabase::database(m_name, false), sqlText, values);
    }

private:
    QString m_name = u"raw-planting"_s;
};

struct Fixture {
    Fixture()
    {
        REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
        catalog = ow::CatalogRepository(t.db).loadCurrent();
        ow::CaseRepository cases(t.db);
        QString error;
        ow::Case a = sampleCase(catalog, {u"M001"_s}, ow::Decision::AcceptWithDeficiency);
        REQUIRE(cases.commitDecision(a, samplePerson(), &error));
        REQUIRE(cases.recordSupplement(a.id, {u"HEALTH_CERT"_s}, QDate::currentDate(), &error));
        ow::Case b = sampleCase(catalog, {u"M001"_s, u"M002"_s}, ow::Decision::OneTimeNotice, 5);
        REQUIRE(cases.commitDecision(b, samplePerson(), &error));
        ow::Outbox outbox(t.db);
        const qint64 first = outbox.pending(1).first().id;
        REQUIRE(outbox.markSending({first}, &error));
        REQUIRE(outbox.markSent(first, u"GOV-9"_s, &error));
        caseA = a;
    }
    bool reports(const QString &fragment) const
    {
        const QStringList problems = ow::DatabaseCheck::problems(t.db.db());
        for (const QString &p : problems)
            if (p.contains(fragment))
                return true;
        UNSCOPED_INFO("problems: " << problems.join(u" | "_s).toStdString());
        return false;
    }

    TempDatabase t;
    ow::CatalogData catalog;
    ow::Case caseA;
};

} // namespace

TEST_CASE("a sound database has no problems")
{
    Fixture f;
    const QStringList problems = ow::DatabaseCheck::problems(f.t.db.db());
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("planted damage is reported line by line")
{
    Fixture f;
    RawConnection raw(f.t.path);
    const QString now = u"2026-11-28T00:00:00.000Z"_s;

    SECTION("an outbox row whose case does not exist")
    {
        raw.exec(u"INSERT INTO outbox (case_id, revision, payload, created_at) VALUES (?, 1, '{}', ?)"_s, {u"ghost-case"_s, now});
        CHECK(f.reports(u"ghost-case"_s));
        CHECK(f.reports(u"Table outbox row"_s)); // and SQLite's own foreign key check, with the rowid
    }
    SECTION("a value that looks like a placeholder is reported as it is")
    {
        raw.exec(u"INSERT INTO outbox (case_id, revision, payload, created_at) VALUES (?, 1, '{}', ?)"_s,
                 {u"ghost-%2-%1"_s, now});
        CHECK(f.reports(u"does not exist (ghost-%2-%1)"_s));
    }
    SECTION("a case without matters and without an outbox row")
    {
        raw.exec(u"INSERT INTO cases (id, case_number, query_code, applicant_id, decision, status, hall_code, window_no,"
                 u" local_day, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {u"bare"_s, u"DEMO-20261128-07-0001"_s, u"ACDEFGHJ"_s, f.caseA.applicantId,
                  ow::decisionKey(ow::Decision::Accept), ow::caseStatusKey(ow::CaseStatus::Accepted), u"DEMO"_s, 7,
                  u"2026-11-28"_s, now, now});
        CHECK(f.reports(u"DEMO-20261128-07-0001 has no matters"_s));
        CHECK(f.reports(u"DEMO-20261128-07-0001 has no outbox row"_s));
        CHECK(f.reports(u"daily counter is behind case number DEMO-20261128-07-0001"_s));
    }
    SECTION("a case whose delivered rows retention removed has no outbox row, and that is no problem")
    {
        raw.exec(u"DELETE FROM outbox WHERE case_id = ?"_s, {f.caseA.id});
        raw.exec(u"UPDATE cases SET delivered_at = NULL WHERE id = ?"_s, {f.caseA.id});
        CHECK(f.reports(u"has no outbox row"_s));
        raw.exec(u"UPDATE cases SET delivered_at = ? WHERE id = ?"_s, {now, f.caseA.id});
        CHECK_FALSE(f.reports(u"has no outbox row"_s));
    }
    SECTION("an outbox row ahead of its case")
    {
        raw.exec(u"INSERT INTO outbox (case_id, revision, payload, created_at) VALUES (?, 5, '{}', ?)"_s, {f.caseA.id, now});
        CHECK(f.reports(u"revision 5"_s));
    }
    SECTION("a case revision without its outbox row")
    {
        raw.exec(u"UPDATE cases SET revision = 3 WHERE id = ?"_s, {f.caseA.id});
        CHECK(f.reports(u"revision 3 has no outbox row"_s));
    }
    SECTION("a case pinned to a matter version that does not exist")
    {
        raw.exec(u"UPDATE case_matters SET matter_version = 42 WHERE case_key = (SELECT case_key FROM cases WHERE id = ?)"_s,
                 {f.caseA.id});
        CHECK(f.reports(u"version 42"_s));
        CHECK(f.reports(u"Table case_matters row"_s));
    }
    SECTION("an unknown decision word")
    {
        raw.exec(u"UPDATE cases SET decision = ? WHERE id = ?"_s, {u"maybe"_s, f.caseA.id});
        CHECK(f.reports(u"maybe"_s));
    }
    SECTION("a daily counter reset behind issued numbers")
    {
        raw.exec(u"DELETE FROM case_number_sequences WHERE window_no = ?"_s, {3});
        CHECK(f.reports(u"daily counter is behind"_s));
    }
}

TEST_CASE("a database that is not OneWindow's is reported, not crashed on")
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign-db"_s);
        db.setDatabaseName(dir.filePath(u"other.sqlite"_s));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(u"CREATE TABLE something (x INTEGER)"_s));
        REQUIRE(q.exec());
        const QStringList problems = ow::DatabaseCheck::problems(db);
        CHECK_FALSE(problems.isEmpty());
        CHECK(problems.first().contains(u"could not run"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign-db"_s);
}
