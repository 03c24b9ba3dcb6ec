// Canonical JSON of the catalog types and the outbox payload.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/matterjson.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace owtest;
namespace MJ = ow::MatterJson;

TEST_CASE("a matter survives the JSON round trip unchanged")
{
    const ow::CatalogData catalog = sampleCatalog();
    for (ow::Matter m : catalog.matters) {
        m.version = 7;
        m.materials.first().when = {u"agent=agent"_s};
        m.materials.first().requirement = ow::Requirement::Situational;
        m.materials.first().form = ow::MaterialForm::OriginalAndCopy;
        const QJsonObject json = MJ::toJson(m);
        ow::Matter back;
        QString error;
        REQUIRE(MJ::fromJson(json, &back, &error));
        CHECK(back.version == 7);
        CHECK(MJ::canonical(MJ::toJson(back)) == MJ::canonical(json));
        CHECK(back.tags == m.tags);
        CHECK(back.materials.first().when == m.materials.first().when);
    }
}

TEST_CASE("the content hash ignores the version number and sees every content change")
{
    ow::Matter m = sampleCatalog().matters.first();
    const QByteArray hash = MJ::contentHash(m);
    CHECK(hash.size() == 64);
    m.version = 3;
    CHECK(MJ::contentHash(m) == hash);
    m.promisedLimitDays += 1;
    CHECK(MJ::contentHash(m) != hash);
    m.promisedLimitDays -= 1;
    m.materials[2].deficiencyAllowed = false;
    CHECK(MJ::contentHash(m) != hash);
}

TEST_CASE("a matter's count of materials before the reform survives the round trip and leaves older hashes alone")
{
    ow::Matter m = sampleCatalog().matters.first();
    REQUIRE(m.materialsBeforeReform == 0);
    const QByteArray undeclared = MJ::contentHash(m);
    // Not declared: not written, so a matter imported before the field existed keeps its hash (no new version).
    CHECK_FALSE(MJ::toJson(m).contains(u"materialsBeforeReform"_s));
    m.materialsBeforeReform = 9;
    CHECK(MJ::contentHash(m) != undeclared);
    ow::Matter back;
    QString error;
    REQUIRE(MJ::fromJson(MJ::toJson(m), &back, &error));
    CHECK(back.materialsBeforeReform == 9);
    // A stored snapshot with a count past the bound does not read.
    QJsonObject json = MJ::toJson(m);
    json.insert(u"materialsBeforeReform"_s, 100000);
    CHECK_FALSE(MJ::fromJson(json, &back, &error));
    CHECK(error.contains(u"materialsBeforeReform"_s));
}

TEST_CASE("material kinds and bundles survive the round trip")
{
    const ow::CatalogData catalog = sampleCatalog();
    for (const ow::MaterialKind &k : catalog.materialKinds) {
        ow::MaterialKind back;
        REQUIRE(MJ::fromJson(MJ::toJson(k), &back));
        CHECK(MJ::canonical(MJ::toJson(back)) == MJ::canonical(MJ::toJson(k)));
    }
    ow::Bundle back;
    REQUIRE(MJ::fromJson(MJ::toJson(catalog.bundles.first()), &back));
    CHECK(back.matterCodes == catalog.bundles.first().matterCodes);
    CHECK(back.name == catalog.bundles.first().name);
}

TEST_CASE("unknown words and wrong types are errors, not silent defaults")
{
    QJsonObject json = MJ::toJson(sampleCatalog().matters.first());
    ow::Matter out;
    QString error;
    SECTION("tag")
    {
        json.insert(u"tags"_s, QJsonArray{u"sometimes"_s});
        CHECK_FALSE(MJ::fromJson(json, &out, &error));
        CHECK(error.contains(u"sometimes"_s));
    }
    SECTION("type")
    {
        json.insert(u"legalLimitDays"_s, u"twenty"_s);
        CHECK_FALSE(MJ::fromJson(json, &out, &error));
        CHECK(error.contains(u"legalLimitDays"_s));
    }
}

TEST_CASE("the case payload carries every field, the pinned versions and the applicant's ID number")
{
    const ow::CatalogData catalog = sampleCatalog();
    ow::Case c = sampleCase(catalog, {u"M001"_s, u"M002"_s}, ow::Decision::AcceptWithDeficiency);
    c.id = u"5b0c8f7e-0000-4000-8000-000000000001"_s;
    c.caseNumber = u"DEMO-20261128-03-0001"_s;
    c.queryCode = u"ACDE3467"_s;
    c.matters[0].second = 2;
    c.createdAt = QDateTime(QDate(2026, 11, 28), QTime(1, 2, 3, 456), Qt::UTC);
    c.updatedAt = c.createdAt;
    ow::Applicant a = samplePerson();
    a.id = u"applicant-1"_s;
    c.applicantId = a.id;

    const QJsonObject payload = MJ::casePayload(c, a);
    CHECK(payload.value(u"format"_s).toString() == u"onewindow-case/1"_s);
    CHECK(payload.value(u"applicant"_s).toObject().value(u"idNumber"_s).toString() == a.idNumber);
    CHECK(payload.value(u"decision"_s).toString() == ow::decisionKey(c.decision));
    CHECK(payload.value(u"matters"_s).toArray().at(0).toObject().value(u"version"_s).toInt() == 2);
    CHECK(payload.value(u"createdAt"_s).toString() == u"2026-11-28T01:02:03.456Z"_s);
    CHECK(payload.value(u"officialNumber"_s).isNull());

    ow::Case back;
    ow::Applicant backApplicant;
    QString error;
    REQUIRE(MJ::caseFromPayload(payload, &back, &backApplicant, &error));
    CHECK(MJ::canonical(MJ::casePayload(back, backApplicant)) == MJ::canonical(payload));
    CHECK(back.materials.size() == c.materials.size());
    CHECK(back.supplementDue == c.supplementDue);
    CHECK(back.createdAt == c.createdAt);
    CHECK(payload.value(u"delivery"_s).toObject() == QJsonObject{{u"method"_s, u"window"_s}, {u"address"_s, QJsonValue()}});
}

TEST_CASE("the case payload tells the platform a result goes by post, and where")
{
    const ow::CatalogData catalog = sampleCatalog();
    ow::Case c = sampleCase(catalog, {u"M001"_s}, ow::Decision::Accept);
    c.delivery = ow::DeliveryMethod::ByPost;
    c.deliveryAddress = u"杭州市西湖区文三路 90 号 3 单元 502 室"_s;
    const ow::Applicant a = samplePerson();
    QJsonObject payload = MJ::casePayload(c, a);
    CHECK(payload.value(u"delivery"_s).toObject().value(u"method"_s).toString() == u"post"_s);
    ow::Case back;
    QString error;
    REQUIRE(MJ::caseFromPayload(payload, &back, nullptr, &error));
    CHECK(back.delivery == ow::DeliveryMethod::ByPost);
    CHECK(back.deliveryAddress == c.deliveryAddress);

    // A revision written before the hand-over existed has no delivery: collected at the hall.
    payload.remove(u"delivery"_s);
    REQUIRE(MJ::caseFromPayload(payload, &back, nullptr, &error));
    CHECK(back.delivery == ow::DeliveryMethod::AtWindow);

    // By post without an address, or a method nobody knows, is refused with the reason.
    payload.insert(u"delivery"_s, QJsonObject{{u"method"_s, u"post"_s}});
    CHECK_FALSE(MJ::caseFromPayload(payload, &back, nullptr, &error));
    CHECK(error.contains(u"address"_s));
    payload.insert(u"delivery"_s, QJsonObject{{u"method"_s, u"drone"_s}});
    CHECK_FALSE(MJ::caseFromPayload(payload, &back, nullptr, &error));
    CHECK(error.contains(u"drone"_s));
}

TEST_CASE("the outbox stores the payload byte for byte as the canonical JSON of casePayload")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    const ow::CatalogData catalog = ow::CatalogRepository(t.db).loadCurrent();
    ow::Case c = sampleCase(catalog, {u"M001"_s, u"M002"_s}, ow::Decision::AcceptWithDeficiency);
    c.answers.insert(u"agent"_s, u"yes"_s);
    c.answers.insert(u"business_scope"_s, u"food"_s);
    ow::Applicant a = samplePerson();

    SECTION("ordinary Chinese text, nulls and dates") {}
    SECTION("every character JSON must escape, a supplementary-plane character and a lone surrogate")
    {
        a.name = u"王\"小\\明\n\t\r\b\f"_s + QChar(0x01) + QChar(0x1f) + u"/\u007f"_s;
        a.address = u"𠀋街 1号"_s + QChar(0xd800) + u"x"_s + QChar(0xdc00);
        c.reason = u"Ünïcödé – ✓ 😀"_s;
        c.bundleCode = u"BIZ-START"_s;
    }
    SECTION("empty answers and an unusual situation id")
    {
        c.answers.clear();
        c.answers.insert(u"情形\"一\""_s, u"是"_s);
    }
    QString error;
    REQUIRE(ow::CaseRepository(t.db).commitDecision(c, a, &error));
    ow::Applicant saved = a; // as the decision saved it (ApplicantRepository::upsert): with its id, name trimmed
    saved.id = c.applicantId;
    saved.name = saved.name.trimmed();
    const QByteArray payload = scalar(t.db.db(), u"SELECT payload FROM outbox WHERE case_id = ?"_s, {c.id}).toString().toUtf8();
    CHECK(payload == MJ::canonical(MJ::casePayload(c, saved)));
    CHECK(scalar(t.db.db(), u"SELECT typeof(payload) FROM outbox WHERE case_id = ?"_s, {c.id}).toString() == u"text"_s);
}

TEST_CASE("a line's matter codes and a case's answers are stored as QJsonDocument writes them")
{
    TempDatabase t;
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    ow::Case c = sampleCase(ow::CatalogRepository(t.db).loadCurrent(), {u"M001"_s});
    const QStringList codes{u"SCJG-XK-0006"_s, u"情形\"一\"\\"_s, QString(), u"😀"_s};
    c.materials.first().matterCodes = codes;
    c.answers.clear();
    c.answers.insert(u"agent"_s, u"self"_s);
    c.answers.insert(u"情形\"一\""_s, u"是\n否"_s);
    QString error;
    REQUIRE(ow::CaseRepository(t.db).commitDecision(c, samplePerson(), &error));

    CHECK(scalar(t.db.db(), u"SELECT matter_codes FROM case_material_lines WHERE case_id = ? AND position = 0"_s, {c.id})
              .toString()
              .toUtf8()
          == QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact));
    QJsonObject object;
    for (auto it = c.answers.cbegin(); it != c.answers.cend(); ++it)
        object.insert(it.key(), it.value());
    CHECK(scalar(t.db.db(), u"SELECT answers FROM cases WHERE id = ?"_s, {c.id}).toString().toUtf8()
          == QJsonDocument(object).toJson(QJsonDocument::Compact));
    const std::optional<ow::Case> back = ow::CaseRepository(t.db).byId(c.id);
    REQUIRE(back);
    CHECK(back->answers == c.answers);
    CHECK(back->materials.first().matterCodes == codes);
}
