// Decisions, case numbers, return trips and lookups.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/matterjson.h"
#include "core/storage/outbox.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

struct Fixture : CatalogDatabase {
    int rows(const QString &sqlText, const QVariantList &values = {}) { return countRows(t.db.db(), sqlText, values); }

    ow::CaseRepository cases{t.db};
};

QString today()
{
    return QDate::currentDate().toString(u"yyyyMMdd");
}

} // namespace

TEST_CASE("a decision writes the case, its lines and its outbox row together")
{
    Fixture f;
    ow::Case c = sampleCase(f.catalog, {u"M001"_s, u"M002"_s});
    QString error;
    REQUIRE(f.cases.commitDecision(c, samplePerson(), &error));
    CHECK(error.isEmpty());

    CHECK_FALSE(c.id.isEmpty());
    CHECK_FALSE(c.applicantId.isEmpty());
    CHECK(c.revision == 1);
    CHECK(c.caseNumber == u"DEMO-%1-03-0001"_s.arg(today()));
    CHECK(c.queryCode.size() == ow::CaseRepository::QueryCodeLength);
    for (QChar ch : c.queryCode)
        CHECK(ow::CaseRepository::queryCodeAlphabet().contains(ch));
    CHECK(c.createdAt.timeSpec() == Qt::UTC);

    CHECK(f.rows(u"SELECT count(*) FROM cases"_s) == 1);
    CHECK(f.rows(u"SELECT count(*) FROM case_matters WHERE case_key = (SELECT case_key FROM cases WHERE id = ?)"_s, {c.id}) == 2);
    CHECK(scalar(f.t.db.db(), u"SELECT answers FROM cases WHERE id = ?"_s, {c.id}).toString() == u"{\"agent\":\"self\"}"_s);
    CHECK(f.rows(u"SELECT count(*) FROM case_materials WHERE case_key = (SELECT case_key FROM cases WHERE id = ?)"_s, {c.id})
          == int(c.materials.size()));
    CHECK(f.rows(u"SELECT count(*) FROM outbox WHERE case_id = ? AND revision = 1 AND state = 'pending'"_s, {c.id}) == 1);

    const std::optional<ow::Case> stored = f.cases.byId(c.id);
    REQUIRE(stored);
    CHECK(ow::MatterJson::canonical(ow::MatterJson::casePayload(*stored, samplePerson()))
          == ow::MatterJson::canonical(ow::MatterJson::casePayload(c, samplePerson())));

    const QJsonObject payload =
        QJsonDocument::fromJson(
            scalar(f.t.db.db(), u"SELECT payload FROM outbox WHERE case_id = ?"_s, {c.id}).toString().toUtf8())
            .object();
    CHECK(payload.value(u"caseNumber"_s).toString() == c.caseNumber);
    CHECK(payload.value(u"applicant"_s).toObject().value(u"idNumber"_s).toString() == samplePerson().idNumber);
    CHECK(payload.value(u"applicant"_s).toObject().value(u"id"_s).toString() == c.applicantId);
}

TEST_CASE("a failed decision leaves nothing behind, not even a case number")
{
    Fixture f;
    ow::Case bad = sampleCase(f.catalog, {u"M001"_s});
    bad.matters.first().second = 99; // no such version: the FOREIGN KEY on case_matters fails mid-way
    const ow::Case before = bad;
    QString error;
    CHECK_FALSE(f.cases.commitDecision(bad, samplePerson(), &error));
    CHECK(error.contains(u"FOREIGN KEY"_s));
    // The caller's object is as it was: no id, no number that was never saved.
    CHECK(bad.id == before.id);
    CHECK(bad.caseNumber.isEmpty());
    CHECK(bad.queryCode.isEmpty());
    CHECK(bad.applicantId.isEmpty());

    CHECK(f.rows(u"SELECT count(*) FROM cases"_s) == 0);
    CHECK(f.rows(u"SELECT count(*) FROM case_matters"_s) == 0);
    CHECK(f.rows(u"SELECT count(*) FROM case_materials"_s) == 0);
    CHECK(f.rows(u"SELECT count(*) FROM outbox"_s) == 0);
    CHECK(f.rows(u"SELECT count(*) FROM applicants"_s) == 0);
    CHECK(f.rows(u"SELECT count(*) FROM case_number_sequences"_s) == 0);

    // Decision: the rolled-back number was never shown to anybody, so the next case takes it.
    ow::Case good = sampleCase(f.catalog, {u"M001"_s});
    REQUIRE(f.cases.commitDecision(good, samplePerson(), &error));
    CHECK(good.caseNumber.endsWith(u"-03-0001"_s));
}

TEST_CASE("case numbers run per window and day and never repeat")
{
    Fixture f;
    QStringList numbers;
    const auto commit = [&](int window, const QDateTime &at = {}) {
        ow::Case c = sampleCase(f.catalog, {u"M003"_s}, ow::Decision::Accept, window);
        c.createdAt = at;
        QString error;
        REQUIRE(f.cases.commitDecision(c, samplePerson(), &error));
        numbers << c.caseNumber;
        return c.caseNumber;
    };
    CHECK(commit(3) == u"DEMO-%1-03-0001"_s.arg(today()));
    CHECK(commit(3) == u"DEMO-%1-03-0002"_s.arg(today()));
    CHECK(commit(12) == u"DEMO-%1-12-0001"_s.arg(today()));
    CHECK(commit(3) == u"DEMO-%1-03-0003"_s.arg(today()));
    const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
    CHECK(commit(3, yesterday) == u"DEMO-%1-03-0001"_s.arg(yesterday.toLocalTime().date().toString(u"yyyyMMdd")));
    CHECK(QSet<QString>(numbers.cbegin(), numbers.cend()).size() == numbers.size());
    CHECK(f.rows(u"SELECT last_seq FROM case_number_sequences WHERE window_no = 3 AND day = ?"_s,
                 {QDate::currentDate().toString(Qt::ISODate)})
          == 3);

    // Reopening (a restart) continues the count.
    f.t.db.close();
    REQUIRE(f.t.db.open(f.t.path));
    CHECK(commit(3) == u"DEMO-%1-03-0004"_s.arg(today()));
}

TEST_CASE("a decision is refused for a bad hall, window, empty matters or a reused id")
{
    Fixture f;
    ow::Case c = sampleCase(f.catalog, {u"M001"_s});
    QString error;
    SECTION("hall code")
    {
        c.hallCode = u"A-B"_s;
        CHECK_FALSE(f.cases.commitDecision(c, samplePerson(), &error));
        CHECK(error.contains(u"A-B"_s));
    }
    SECTION("window")
    {
        c.window = 100;
        CHECK_FALSE(f.cases.commitDecision(c, samplePerson(), &error));
    }
    SECTION("matters")
    {
        c.matters.clear();
        CHECK_FALSE(f.cases.commitDecision(c, samplePerson(), &error));
    }
    SECTION("an id already saved")
    {
        REQUIRE(f.cases.commitDecision(c, samplePerson(), &error));
        ow::Case again = sampleCase(f.catalog, {u"M001"_s});
        again.id = c.id;
        CHECK_FALSE(f.cases.commitDecision(again, samplePerson(), &error));
        CHECK(error.contains(c.id));
        CHECK(f.rows(u"SELECT count(*) FROM cases"_s) == 1);
    }
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("return trips after a deficiency acceptance count and complete the case")
{
    Fixture f;
    ow::Case c = sampleCase(f.catalog, {u"M001"_s}, ow::Decision::AcceptWithDeficiency);
    QString error;
    REQUIRE(f.cases.commitDecision(c, samplePerson(), &error));
    REQUIRE(c.status == ow::CaseStatus::AwaitingSupplement);
    const int collected = c.collectedCount;
    const QDate day = QDate::currentDate().addDays(2);

    REQUIRE(f.cases.recordSupplement(c.id, {u"HEALTH_CERT"_s}, day, &error));
    ow::Case after = *f.cases.byId(c.id);
    CHECK(after.trips == 2);
    CHECK(after.revision == 2);
    CHECK(after.status == ow::CaseStatus::AwaitingSupplement); // the lease is still missing
    CHECK(after.collectedCount == collected + 1);

    REQUIRE(f.cases.recordSupplement(c.id, {u"LEASE_CONTRACT"_s}, day.addDays(1), &error));
    after = *f.cases.byId(c.id);
    CHECK(after.trips == 3);
    CHECK(after.revision == 3);
    CHECK(after.status == ow::CaseStatus::Accepted);
    for (const ow::CaseMaterial &m : after.materials)
        CHECK(m.received);
    const auto lease = std::find_if(after.materials.cbegin(), after.materials.cend(),
                                    [](const ow::CaseMaterial &m) { return m.kind == u"LEASE_CONTRACT"_s; });
    CHECK(lease->receivedOn == day.addDays(1));
    CHECK(f.rows(u"SELECT count(*) FROM outbox WHERE case_id = ?"_s, {c.id}) == 3);
    CHECK(f.rows(u"SELECT max(revision) FROM outbox WHERE case_id = ?"_s, {c.id}) == 3);

    // Accepted now: a further supplement is refused and changes nothing.
    CHECK_FALSE(f.cases.recordSupplement(c.id, {}, day, &error));
    CHECK(f.cases.byId(c.id)->revision == 3);
}

TEST_CASE("a return trip naming a material the case does not list changes nothing")
{
    Fixture f;
    ow::Case c = sampleCase(f.catalog, {u"M001"_s}, ow::Decision::AcceptWithDeficiency);
    QString error;
    REQUIRE(f.cases.commitDecision(c, samplePerson(), &error));
    CHECK_FALSE(f.cases.recordSupplement(c.id, {u"HEALTH_CERT"_s, u"PASSPORT"_s}, QDate::currentDate(), &error));
    CHECK(error.contains(u"PASSPORT"_s));
    const ow::Case after = *f.cases.byId(c.id);
    CHECK(after.trips == 1);
    CHECK(after.revision == 1);
    CHECK(f.rows(u"SELECT count(*) FROM outbox"_s) == 1);
    CHECK_FALSE(f.cases.recordSupplement(u"no-such-case"_s, {}, QDate::currentDate(), &error));
}

TEST_CASE("cases are found by number, query code, official number, name and ID number")
{
    Fixture f;
    ow::Case a = sampleCase(f.catalog, {u"M001"_s});
    ow::Case b = sampleCase(f.catalog, {u"M002"_s}, ow::Decision::Accept, 4);
    QString error;
    REQUIRE(f.cases.commitDecision(a, samplePerson(u"110101199003074514"_s, u"张三"_s), &error));
    REQUIRE(f.cases.commitDecision(b, samplePerson(u"91350100M000100Y43"_s, u"李四餐饮有限公司"_s), &error));
    REQUIRE(f.cases.markOfficialNumber(b.id, u"GOV-2026-000042"_s, &error));

    CHECK(f.cases.byCaseNumber(a.caseNumber)->id == a.id);
    CHECK(f.cases.byCaseNumber(a.caseNumber.toLower())->id == a.id);
    CHECK(f.cases.byQueryCode(b.queryCode)->id == b.id);
    CHECK_FALSE(f.cases.byCaseNumber(u"DEMO-19990101-01-0001"_s));

    const auto ids = [&](const QString &text) {
        QStringList out;
        for (const ow::Case &c : f.cases.search(text))
            out << c.id;
        return out;
    };
    CHECK(ids(u"张三"_s) == QStringList{a.id});
    CHECK(ids(u"餐饮"_s) == QStringList{b.id});
    CHECK(ids(u"91350100m000100y43"_s) == QStringList{b.id});
    CHECK(ids(u"03074514"_s) == QStringList{a.id});
    CHECK(ids(b.queryCode.toLower()) == QStringList{b.id});
    CHECK(ids(u"GOV-2026"_s) == QStringList{b.id});
    CHECK(ids(u"-03-"_s) == QStringList{a.id});
    CHECK(ids(u"DEMO"_s) == QStringList{b.id, a.id}); // newest first
    CHECK(ids(u"%"_s).isEmpty());                     // wildcards are text, not patterns
    CHECK(ids(u"_"_s).isEmpty());
    CHECK(f.cases.search(u"DEMO"_s, 1).size() == 1);
    CHECK(f.cases.search(QString()).size() == 2);
    CHECK(f.cases.byId(b.id)->officialNumber == u"GOV-2026-000042"_s);
}

TEST_CASE("forDay lists the cases of a hall-local day in order")
{
    Fixture f;
    QString error;
    ow::Case old = sampleCase(f.catalog, {u"M001"_s});
    old.createdAt = QDateTime::currentDateTimeUtc().addDays(-3);
    REQUIRE(f.cases.commitDecision(old, samplePerson(), &error));
    ow::Case first = sampleCase(f.catalog, {u"M001"_s});
    ow::Case second = sampleCase(f.catalog, {u"M002"_s});
    REQUIRE(f.cases.commitDecision(first, samplePerson(), &error));
    REQUIRE(f.cases.commitDecision(second, samplePerson(), &error));

    const QList<ow::Case> todays = f.cases.forDay(QDate::currentDate());
    REQUIRE(todays.size() == 2);
    CHECK(todays.at(0).id == first.id);
    CHECK(todays.at(1).id == second.id);
    CHECK(f.cases.forDay(old.createdAt.toLocalTime().date()).size() == 1);
    CHECK(f.cases.forDay(QDate(2000, 1, 1)).isEmpty());
}

TEST_CASE("a status from the platform is stored without a new revision")
{
    Fixture f;
    ow::Case c = sampleCase(f.catalog, {u"M001"_s});
    QString error;
    REQUIRE(f.cases.commitDecision(c, samplePerson(), &error));
    REQUIRE(f.cases.applyPlatformStatus(c.id, ow::CaseStatus::Completed, &error));
    const ow::Case after = *f.cases.byId(c.id);
    CHECK(after.status == ow::CaseStatus::Completed);
    CHECK(after.revision == 1);
    CHECK_FALSE(f.cases.applyPlatformStatus(u"nope"_s, ow::CaseStatus::Completed, &error));
    CHECK_FALSE(f.cases.markOfficialNumber(u"nope"_s, u"X"_s, &error));
}

TEST_CASE("a full disk fails the decision cleanly and keeps what was saved")
{
    Fixture f;
    ow::Case saved = sampleCase(f.catalog, {u"M001"_s});
    QString error;
    REQUIRE(f.cases.commitDecision(saved, samplePerson(), &error));

    // SQLite's page limit makes it answer exactly as on a full disk (SQLITE_FULL). The limit cannot go
    // below the current size, so asking for 1 page pins the file at the size it has now.
    const int pages = countRows(f.t.db.db(), u"PRAGMA page_count"_s);
    CHECK(countRows(f.t.db.db(), u"PRAGMA max_page_count = 1"_s) == pages);
    ow::Case big = sampleCase(f.catalog, {u"M001"_s, u"M002"_s, u"M003"_s});
    big.reason = QString(200'000, u'x');
    CHECK_FALSE(f.cases.commitDecision(big, samplePerson(), &error));
    CHECK(error.contains(u"full"_s));
    CHECK(big.caseNumber.isEmpty());
    CHECK(f.rows(u"SELECT count(*) FROM cases"_s) == 1);
    CHECK(f.rows(u"SELECT count(*) FROM outbox"_s) == 1);

    scalar(f.t.db.db(), u"PRAGMA max_page_count = 1073741823"_s);
    REQUIRE(f.cases.commitDecision(big, samplePerson(), &error));
    CHECK(big.caseNumber.endsWith(u"-0002"_s));
}
