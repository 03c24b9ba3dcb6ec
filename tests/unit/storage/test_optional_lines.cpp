// Migration 0009 keeps which lines of a case are optional (选交), and fills it in for cases decided
// before: a line is optional when the case's pinned matters list its kind only as optional.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/migrations.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

// The sample catalog, with the lease optional for 居住证明 (M003) and still required for M001.
ow::CatalogData catalogWithOptionalLease()
{
    ow::CatalogData data = sampleCatalog();
    for (ow::Matter &m : data.matters)
        if (m.code == u"M003"_s)
            for (ow::MatterMaterial &line : m.materials)
                if (line.kind == u"LEASE_CONTRACT"_s)
                    line.requirement = ow::Requirement::Optional;
    return data;
}

// The backfill statement of migration 0009, as the migration runs it.
QString backfill()
{
    QFile f(ow::Migrations::resourceDir() + u"/0009_optional_lines.sql"_s);
    REQUIRE(f.open(QIODevice::ReadOnly));
    for (const QString &statement : ow::Migrations::splitStatements(QString::fromUtf8(f.readAll())))
        if (statement.startsWith(u"UPDATE"_s))
            return statement;
    FAIL("migration 0009 has no UPDATE");
    return {};
}

int optionalFlag(ow::Database &db, const QString &caseId, const QString &kind)
{
    return scalar(db.db(), u"SELECT optional FROM case_materials WHERE case_id = ? AND kind = ?"_s, {caseId, kind}).toInt();
}

} // namespace

TEST_CASE("migration 0009 marks as optional the lines that every pinned matter of the case lists as optional")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(catalogWithOptionalLease()).ok);
    const ow::CatalogData catalog = ow::CatalogRepository(t.db).loadCurrent();
    ow::CaseRepository cases(t.db);
    QString error;
    ow::Case residence = sampleCase(catalog, {u"M003"_s});       // the lease is optional here
    ow::Case food = sampleCase(catalog, {u"M001"_s, u"M003"_s}); // M001 requires it
    REQUIRE(cases.commitDecision(residence, samplePerson(), &error));
    REQUIRE(cases.commitDecision(food, samplePerson(u"11010519491231002X"_s, u"李四"_s), &error));
    // As a case decided before schema 9 has it: nothing marked.
    runSql(t.db.db(), u"UPDATE case_materials SET optional = 0"_s);

    runSql(t.db.db(), backfill());
    CHECK(optionalFlag(t.db, residence.id, u"LEASE_CONTRACT"_s) == 1);
    CHECK(optionalFlag(t.db, residence.id, u"RESIDENT_ID_CARD"_s) == 0);
    CHECK(optionalFlag(t.db, food.id, u"LEASE_CONTRACT"_s) == 0);
    CHECK(cases.byId(residence.id)->materials.size() == 2);
}
