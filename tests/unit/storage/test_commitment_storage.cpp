// 告知承诺制 in storage: a matter version keeps which lines a commitment may replace, and a case keeps the
// lines that were replaced, which never count as a certificate on file for a later case.
#include "core/storage/applicantrepository.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/matterjson.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

const QString kBasis = u"国办发〔2020〕42号；本省证明事项告知承诺制目录"_s;

// The sample catalog with M001's lease replaceable by a commitment.
ow::CatalogData catalogWithCommitment()
{
    ow::CatalogData data = sampleCatalog();
    for (ow::MaterialKind &k : data.materialKinds)
        if (k.code == u"LEASE_CONTRACT"_s)
            k.commitmentBasis = kBasis;
    for (ow::Matter &m : data.matters)
        if (m.code == u"M001"_s)
            for (ow::MatterMaterial &line : m.materials)
                if (line.kind == u"LEASE_CONTRACT"_s)
                    line.commitmentBasis = kBasis;
    return data;
}

const ow::MatterMaterial *lineOf(const ow::CatalogData &catalog, const QString &matter, const QString &kind)
{
    for (const ow::MatterMaterial &line : catalog.matter(matter)->materials)
        if (line.kind == kind)
            return &line;
    return nullptr;
}

} // namespace

TEST_CASE("a matter version keeps the commitment a line allows, and a line without one stores no key")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(catalogWithCommitment()).ok);
    const ow::CatalogData catalog = ow::CatalogRepository(t.db).loadCurrent();
    REQUIRE(lineOf(catalog, u"M001"_s, u"LEASE_CONTRACT"_s));
    CHECK(lineOf(catalog, u"M001"_s, u"LEASE_CONTRACT"_s)->commitmentBasis == kBasis);
    CHECK_FALSE(lineOf(catalog, u"M001"_s, u"HEALTH_CERT"_s)->commitmentAllowed());
    // Without a commitment the snapshot is what it was before commitments existed, so an import of an
    // unchanged catalog does not make new versions of every matter.
    const QJsonObject m002 = ow::MatterJson::toJson(*catalog.matter(u"M002"_s));
    for (const QJsonValue &line : m002.value(u"materials"_s).toArray())
        CHECK_FALSE(line.toObject().contains(u"commitmentBasis"_s));
}

TEST_CASE("a line replaced by commitment round-trips and is never on file for a later case")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(catalogWithCommitment()).ok);
    const ow::CatalogData catalog = ow::CatalogRepository(t.db).loadCurrent();
    ow::Case c = sampleCase(catalog, {u"M001"_s});
    bool replaced = false;
    for (ow::CaseMaterial &m : c.materials) {
        if (m.kind != u"LEASE_CONTRACT"_s)
            continue;
        m.status = ow::LineStatus::Commitment;
        m.received = false;
        m.receivedOn = {};
        replaced = true;
    }
    REQUIRE(replaced);
    ow::CaseRepository cases(t.db);
    QString error;
    REQUIRE(cases.commitDecision(c, samplePerson(), &error));

    const std::optional<ow::Case> stored = cases.byId(c.id);
    REQUIRE(stored);
    REQUIRE(stored->materials.size() == c.materials.size());
    for (qsizetype i = 0; i < c.materials.size(); ++i) {
        CHECK(stored->materials.at(i).status == c.materials.at(i).status);
        CHECK(stored->materials.at(i).received == c.materials.at(i).received);
    }
    CHECK(
        scalar(t.db.db(), u"SELECT status FROM case_material_lines WHERE case_id = ? AND kind = ?"_s, {c.id, u"LEASE_CONTRACT"_s})
            .toString()
        == u"commitment"_s);

    const QList<ow::CaseMaterial> onFile = ow::ApplicantRepository(t.db).reusableMaterials(c.applicantId, QDate::currentDate());
    CHECK_FALSE(onFile.isEmpty());
    for (const ow::CaseMaterial &m : onFile)
        CHECK(m.kind != u"LEASE_CONTRACT"_s);
}
