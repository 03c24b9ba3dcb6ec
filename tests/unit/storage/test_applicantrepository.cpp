// Applicants: upsert by ID number, reusable materials, open one-time notices.
#include "core/storage/applicantrepository.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

struct Fixture : CatalogDatabase {
    ow::Case commit(ow::Case c, const ow::Applicant &a = samplePerson())
    {
        QString error;
        const bool ok = cases.commitDecision(c, a, &error);
        INFO(error.toStdString());
        REQUIRE(ok);
        return c;
    }

    ow::ApplicantRepository applicants{t.db};
    ow::CaseRepository cases{t.db};
};

ow::CaseMaterial *line(ow::Case &c, const QString &kind)
{
    for (ow::CaseMaterial &m : c.materials)
        if (m.kind == kind)
            return &m;
    FAIL("no line " << kind.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("an applicant is kept once per ID number and updated in place")
{
    Fixture f;
    ow::Applicant a = samplePerson(u"11010119900307451x"_s);
    QString error;
    REQUIRE(f.applicants.upsert(a, &error));
    CHECK_FALSE(a.id.isEmpty());
    CHECK(a.idNumber == u"11010119900307451X"_s);

    const std::optional<ow::Applicant> found = f.applicants.findByIdNumber(u" 110101 19900307451x "_s);
    REQUIRE(found);
    CHECK(found->id == a.id);
    CHECK(found->name == a.name);

    ow::Applicant again = samplePerson(u"11010119900307451X"_s);
    again.id = u"some-other-id"_s;
    again.phone = u"13911112222"_s;
    REQUIRE(f.applicants.upsert(again, &error));
    CHECK(again.id == a.id); // the number decides who it is
    CHECK(f.applicants.byId(a.id)->phone == u"13911112222"_s);
    CHECK(countRows(f.t.db.db(), u"SELECT count(*) FROM applicants"_s) == 1);

    ow::Applicant organisation = samplePerson(u"91350100M000100Y43"_s, u"某某餐饮有限公司"_s);
    organisation.kind = ow::ApplicantKind::Organisation;
    organisation.legalRepresentative = u"王五"_s;
    REQUIRE(f.applicants.upsert(organisation, &error));
    const ow::Applicant stored = *f.applicants.byId(organisation.id);
    CHECK(stored.kind == ow::ApplicantKind::Organisation);
    CHECK(stored.legalRepresentative == u"王五"_s);

    ow::Applicant nameless;
    nameless.idNumber = u"1"_s;
    CHECK_FALSE(f.applicants.upsert(nameless, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("a corrected ID number updates the applicant it belongs to")
{
    Fixture f;
    ow::Applicant a = samplePerson(u"110101199003074514"_s);
    REQUIRE(f.applicants.upsert(a));
    ow::Applicant corrected = a;
    corrected.idNumber = u"110101199003074522"_s;
    REQUIRE(f.applicants.upsert(corrected));
    CHECK(corrected.id == a.id);
    CHECK_FALSE(f.applicants.findByIdNumber(u"110101199003074514"_s));
    CHECK(f.applicants.findByIdNumber(u"110101199003074522"_s)->id == a.id);
}

TEST_CASE("reusable materials: received, still valid, newest per kind, this applicant only")
{
    Fixture f;
    const QDate today = QDate::currentDate();
    ow::Case first = sampleCase(f.catalog, {u"M001"_s});
    line(first, u"RESIDENT_ID_CARD"_s)->receivedOn = today.addDays(-30);
    line(first, u"HEALTH_CERT"_s)->receivedOn = today.addDays(-400);
    line(first, u"HEALTH_CERT"_s)->validUntil = today.addDays(-1); // expired yesterday
    line(first, u"LEASE_CONTRACT"_s)->receivedOn = today.addDays(-30);
    line(first, u"LEASE_CONTRACT"_s)->validUntil = today; // still valid today
    line(first, u"APPLICATION_FORM"_s)->received = false; // never collected
    first = f.commit(first);

    ow::Case second = sampleCase(f.catalog, {u"M003"_s});
    line(second, u"RESIDENT_ID_CARD"_s)->receivedOn = today.addDays(-2);
    line(second, u"RESIDENT_ID_CARD"_s)->name = u"居民身份证（新）"_s;
    line(second, u"LEASE_CONTRACT"_s)->received = false;
    second = f.commit(second);

    f.commit(sampleCase(f.catalog, {u"M001"_s}), samplePerson(u"91350100M000100Y43"_s, u"别人"_s));

    const QList<ow::CaseMaterial> reusable = f.applicants.reusableMaterials(first.applicantId, today);
    QStringList kinds;
    for (const ow::CaseMaterial &m : reusable)
        kinds << m.kind;
    CHECK(kinds == QStringList{u"LEASE_CONTRACT"_s, u"RESIDENT_ID_CARD"_s});
    CHECK(reusable.at(0).validUntil == today);
    CHECK(reusable.at(1).name == u"居民身份证（新）"_s); // the newest receipt
    CHECK(reusable.at(1).receivedOn == today.addDays(-2));
    CHECK(reusable.at(1).received);

    CHECK(f.applicants.reusableMaterials(first.applicantId, today.addDays(1)).size() == 1); // lease expired by then
    CHECK(f.applicants.reusableMaterials(u"nobody"_s, today).isEmpty());
}

TEST_CASE("an open one-time notice is found until a later case follows it")
{
    Fixture f;
    const ow::Case notice = f.commit(sampleCase(f.catalog, {u"M001"_s, u"M002"_s}, ow::Decision::OneTimeNotice));
    const QString applicant = notice.applicantId;

    std::optional<ow::Case> open = f.applicants.openNotice(applicant, {u"M002"_s, u"M001"_s}); // order does not matter
    REQUIRE(open);
    CHECK(open->id == notice.id);
    CHECK_FALSE(f.applicants.openNotice(applicant, {u"M001"_s}));
    CHECK_FALSE(f.applicants.openNotice(u"nobody"_s, {u"M001"_s, u"M002"_s}));

    SECTION("a follow-up naming the notice closes it")
    {
        ow::Case follow = sampleCase(f.catalog, {u"M001"_s}); // even for another set of matters
        follow.previousCaseId = notice.id;
        follow.trips = notice.trips + 1;
        f.commit(follow);
        CHECK_FALSE(f.applicants.openNotice(applicant, {u"M001"_s, u"M002"_s}));
    }
    SECTION("a later case for the same matters closes it")
    {
        f.commit(sampleCase(f.catalog, {u"M001"_s, u"M002"_s}));
        CHECK_FALSE(f.applicants.openNotice(applicant, {u"M001"_s, u"M002"_s}));
    }
    SECTION("a second notice replaces the first")
    {
        ow::Case second = sampleCase(f.catalog, {u"M001"_s, u"M002"_s}, ow::Decision::OneTimeNotice);
        second.previousCaseId = notice.id;
        second.trips = 2;
        second = f.commit(second);
        open = f.applicants.openNotice(applicant, {u"M001"_s, u"M002"_s});
        REQUIRE(open);
        CHECK(open->id == second.id);
        CHECK(open->trips == 2);
    }
    SECTION("a case for other matters leaves it open")
    {
        f.commit(sampleCase(f.catalog, {u"M003"_s}));
        CHECK(f.applicants.openNotice(applicant, {u"M001"_s, u"M002"_s}));
    }
}
