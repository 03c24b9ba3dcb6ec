// A material line keeps its wording (kind, name, the matters asking for it) by number, each wording stored
// once (migration 0016, ADR 0023): what a case keeps shrinks, what it says does not change.
#include "core/storage/caserepository.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace owtest;

TEST_CASE("cases listing the same materials share their wordings, and each reads back its own")
{
    CatalogDatabase f;
    ow::CaseRepository cases(f.t.db);
    QString error;
    ow::Case first = sampleCase(f.catalog, {u"M001"_s});
    REQUIRE(cases.commitDecision(first, samplePerson(), &error));
    const int wordings = countRows(f.t.db.db(), u"SELECT count(*) FROM material_wordings"_s);
    CHECK(wordings == int(first.materials.size()));

    ow::Case second = sampleCase(f.catalog, {u"M001"_s});
    REQUIRE(cases.commitDecision(second, samplePerson(u"11010519491231002X"_s, u"李四"_s), &error));
    CHECK(countRows(f.t.db.db(), u"SELECT count(*) FROM material_wordings"_s) == wordings);

    // A catalog that renamed a material: the new case keeps the new name, the earlier one its own.
    ow::Case renamed = sampleCase(f.catalog, {u"M001"_s});
    REQUIRE_FALSE(renamed.materials.isEmpty());
    const QString oldName = renamed.materials.at(0).name;
    renamed.materials[0].name = oldName + u"（原件）"_s;
    REQUIRE(cases.commitDecision(renamed, samplePerson(), &error));
    CHECK(countRows(f.t.db.db(), u"SELECT count(*) FROM material_wordings"_s) == wordings + 1);
    CHECK(cases.byId(renamed.id)->materials.at(0).name == oldName + u"（原件）"_s);
    CHECK(cases.byId(first.id)->materials.at(0).name == oldName);
    const std::optional<ow::Case> secondStored = cases.byId(second.id);
    REQUIRE(secondStored);
    REQUIRE(secondStored->materials.size() == first.materials.size());
    for (qsizetype i = 0; i < first.materials.size(); ++i) {
        const ow::CaseMaterial &stored = secondStored->materials.at(i);
        CHECK(stored.kind == first.materials.at(i).kind);
        CHECK(stored.matterCodes == first.materials.at(i).matterCodes);
        CHECK(stored.status == first.materials.at(i).status);
    }
}

TEST_CASE("migration 0016 gives each distinct wording one row and every line its own again")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    QList<ow::Case> saved;
    QStringList before;
    const QString lines = u"SELECT case_id, position, kind, name, status, received, received_on, valid_until, matter_codes,"
                          u" optional FROM %1 ORDER BY case_id, position"_s;
    const auto dump = [&lines](const QSqlDatabase &db, const QString &table) {
        QStringList out;
        QSqlQuery q(db);
        REQUIRE(q.exec(lines.arg(table)));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 10; ++i)
                row << q.value(i).toString();
            out << row.join(u'|');
        }
        return out;
    };
    {
        ow::Database db;
        openAtSchema(db, path, 15);
        saved = decideSamples(db, 4);
        before = dump(db.db(), u"main.case_materials"_s);
    }
    REQUIRE(before.size() == 4 * saved.at(0).materials.size());

    ow::Database db;
    REQUIRE(db.open(path));
    CHECK(dump(db.db(), u"case_material_lines"_s) == before);
    CHECK(countRows(db.db(), u"SELECT count(*) FROM material_wordings"_s) == int(saved.at(0).materials.size()));
    CHECK(countRows(db.db(), u"SELECT count(*) FROM pragma_table_info('case_materials') WHERE name = 'kind'"_s) == 0);
    CHECK(countRows(db.db(), u"SELECT count(*) FROM pragma_foreign_key_check"_s) == 0);
    CHECK(ow::CaseRepository(db).byId(saved.at(0).id)->materials.size() == saved.at(0).materials.size());
}
