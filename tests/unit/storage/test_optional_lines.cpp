// Migration 0009 keeps which lines of a case are optional (选交), and fills it in for cases decided
// before: a line is optional when the case's pinned matters list its kind only as optional.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/migrations.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

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
    // At schema 9 the lines hold their kind; since 16 the view joins it from the wording.
    const bool view = db.schemaVersion() >= 16;
    return scalar(db.db(),
                  u"SELECT optional FROM %1 WHERE case_id = ? AND kind = ?"_s.arg(view ? u"case_material_lines"_s
                                                                                       : u"case_materials"_s),
                  {caseId, kind})
        .toInt();
}

} // namespace

TEST_CASE("migration 0009 marks as optional the lines that every pinned matter of the case lists as optional")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    ow::Case residence;
    ow::Case food;
    {
        ow::Database db;
        openAtSchema(db, path, 9);
        REQUIRE(ow::CatalogRepository(db).importCatalog(catalogWithOptionalLease()).ok);
        const ow::CatalogData catalog = ow::CatalogRepository(db).loadCurrent();
        ow::CaseRepository cases(db);
        const LinesAsBefore lines(db.db(), db.schemaVersion());
        REQUIRE(lines.ok());
        QString error;
        residence = sampleCase(catalog, {u"M003"_s});       // the lease is optional here
        food = sampleCase(catalog, {u"M001"_s, u"M003"_s}); // M001 requires it
        REQUIRE(cases.commitDecision(residence, samplePerson(), &error));
        REQUIRE(cases.commitDecision(food, samplePerson(u"11010519491231002X"_s, u"李四"_s), &error));
    }
    {
        // The store as schema 9's program had it (its own connection: no stand-ins for later tables).
        ow::Database db;
        REQUIRE(db.open(path, ow::Migrations::builtIn().mid(0, 9)));
        // As a case decided before schema 9 has it: nothing marked.
        runSql(db.db(), u"UPDATE case_materials SET optional = 0"_s);

        runSql(db.db(), backfill());
        CHECK(optionalFlag(db, residence.id, u"LEASE_CONTRACT"_s) == 1);
        CHECK(optionalFlag(db, residence.id, u"RESIDENT_ID_CARD"_s) == 0);
        CHECK(optionalFlag(db, food.id, u"LEASE_CONTRACT"_s) == 0);
    }
    ow::Database db;
    REQUIRE(db.open(path));
    CHECK(optionalFlag(db, residence.id, u"LEASE_CONTRACT"_s) == 1); // carried through migration 0016
    CHECK(ow::CaseRepository(db).byId(residence.id)->materials.size() == 2);
}
