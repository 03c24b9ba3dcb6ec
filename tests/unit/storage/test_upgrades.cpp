// A counter PC updated from any earlier release: a database at every earlier schema version, holding a hall's
// everyday data, opens in this program and is upgraded with nothing lost. The data is written as the first
// schema's program wrote it (plain SQL on schema 1's tables) and carried by the migrations to version v
// before this program opens it, which is the path every real database took. What is checked is what a
// clerk and the platform depend on: the case, its applicant, lines and answers, its place in the search and
// the newest-first list, its unsent outbox row byte for byte, and a clean integrity and foreign-key check.
#include "core/storage/applicantrepository.h"
#include "core/storage/caserepository.h"
#include "core/storage/databasecheck.h"
#include "core/storage/matterjson.h"
#include "core/storage/migrations.h"
#include "core/storage/outbox.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString CaseId = u"7d0e6a1c-3f0b-4c5e-9a51-5d2c8e1f0a01"_s;
const QString ApplicantId = u"a6f1c7a2-8a3e-4b1e-9d0e-2f9b7c1d4e05"_s;
const QString CaseNumber = u"DEMO-20251103-03-0007"_s;
const QString RatingId = u"5b0c9e2a-1d3f-4e6a-8b7c-9d0e1f2a3b4c"_s;
const QByteArray Payload =
    R"({"caseId":"7d0e6a1c-3f0b-4c5e-9a51-5d2c8e1f0a01","revision":1,"note":"as the first release wrote it"})";

// The everyday data of a counter, in schema 1's tables and columns: a catalog matter, an applicant, a 容缺
// case with its matter, answers and material lines, its number sequence and its unsent outbox row.
void writeSchemaOneData(const QSqlDatabase &db, const ow::Matter &matter)
{
    using owtest::runSql;
    const QString at = u"2025-11-03T01:02:03.456Z"_s;
    runSql(db, u"INSERT INTO material_kinds (code, position, name) VALUES (?, 0, ?)"_s, {u"K-ID"_s, u"身份证"_s});
    runSql(db,
           u"INSERT INTO matter_versions (code, version, name, department, snapshot, content_hash, imported_at) "
           "VALUES (?, 1, ?, ?, ?, ?, ?)"_s,
           {matter.code, matter.name, matter.department,
            QString::fromUtf8(QJsonDocument(ow::MatterJson::toJson(matter)).toJson(QJsonDocument::Compact)), u"hash-1"_s, at});
    runSql(db, u"INSERT INTO matters_current (code, version, position, updated_at) VALUES (?, 1, 0, ?)"_s, {matter.code, at});
    runSql(db,
           u"INSERT INTO applicants (id, kind, id_number, name, phone, address, created_at, updated_at) "
           "VALUES (?, 'person', ?, ?, ?, ?, ?, ?)"_s,
           {ApplicantId, u"110101199003074514"_s, u"张三"_s, u"13800138000"_s, u"北京市东城区"_s, at, at});
    runSql(db,
           u"INSERT INTO cases (id, case_number, query_code, applicant_id, decision, status, promised_date, supplement_due, "
           "trips, listed_count, collected_count, hall_code, window_no, clerk, local_day, created_at, updated_at) "
           "VALUES (?, ?, ?, ?, 'accept_with_deficiency', 'awaiting_supplement', '2025-11-17', '2025-11-10', 1, 2, 1, 'DEMO', 3, "
           "'clerk1', '2025-11-03', ?, ?)"_s,
           {CaseId, CaseNumber, u"QX7K2M9P"_s, ApplicantId, at, at});
    runSql(db, u"INSERT INTO case_matters (case_id, position, matter_code, matter_version) VALUES (?, 0, ?, 1)"_s,
           {CaseId, matter.code});
    runSql(db, u"INSERT INTO case_answers (case_id, situation_id, option_id) VALUES (?, 'S1', 'O2')"_s, {CaseId});
    runSql(db,
           u"INSERT INTO case_materials (case_id, position, kind, name, status, received, received_on, matter_codes) "
           "VALUES (?, 0, 'K-ID', '身份证', 'to_collect', 1, '2025-11-03', ?)"_s,
           {CaseId, u"[\"%1\"]"_s.arg(matter.code)});
    runSql(db,
           u"INSERT INTO case_materials (case_id, position, kind, name, status, received, matter_codes) "
           "VALUES (?, 1, 'K-LEASE', '租赁合同', 'deficiency_allowed', 0, ?)"_s,
           {CaseId, u"[\"%1\"]"_s.arg(matter.code)});
    runSql(db, u"INSERT INTO case_number_sequences (hall_code, day, window_no, last_seq) VALUES ('DEMO', '2025-11-03', 3, 7)"_s);
    runSql(db, u"INSERT INTO outbox (case_id, revision, payload, state, created_at) VALUES (?, 1, ?, 'pending', ?)"_s,
           {CaseId, QString::fromUtf8(Payload), at});
}

} // namespace

TEST_CASE("a database of every earlier schema version is upgraded with nothing lost")
{
    QString error;
    const QList<ow::Migration> migrations = ow::Migrations::builtIn(&error);
    REQUIRE(migrations.size() >= 2);
    const ow::CatalogData catalog = owtest::sampleCatalog();
    const ow::Matter &matter = catalog.matters.constFirst();
    for (qsizetype from = 1; from < migrations.size(); ++from) {
        INFO("a database of schema " << from << " (the program's is " << migrations.size() << ")");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"counter.db"_s);
        {
            ow::Database first;
            REQUIRE(first.open(path, migrations.mid(0, 1), &error));
            writeSchemaOneData(first.db(), matter);
        }
        if (from > 1) {
            ow::Database earlier;
            REQUIRE(earlier.open(path, migrations.mid(0, from), &error));
            REQUIRE(earlier.schemaVersion() == from);
            if (from >= 3) // a rating on its way to the platform (schema 3's evaluations)
                owtest::runSql(earlier.db(),
                               u"INSERT INTO evaluations (id, case_id, score, comment, rated_at) VALUES (?, ?, 2, ?, ?)"_s,
                               {RatingId, CaseId, u"慢"_s, u"2025-11-03T01:05:00.000Z"_s});
        }

        ow::Database db;
        INFO(error.toStdString());
        REQUIRE(db.open(path, &error));
        CHECK(db.schemaVersion() == migrations.size());
        CHECK(db.migrationsApplied() == migrations.size() - from);
        CHECK(ow::DatabaseCheck::problems(db.db()).isEmpty());

        ow::CaseRepository cases(db);
        const std::optional<ow::Case> c = cases.byId(CaseId);
        REQUIRE(c.has_value());
        CHECK(c->caseNumber == CaseNumber);
        CHECK(c->decision == ow::Decision::AcceptWithDeficiency);
        CHECK(c->status == ow::CaseStatus::AwaitingSupplement);
        CHECK(c->supplementDue == QDate(2025, 11, 10));
        CHECK(c->matters == QList<QPair<QString, int>>{{matter.code, 1}});
        CHECK(c->answers.value(u"S1"_s) == u"O2"_s);
        REQUIRE(c->materials.size() == 2);
        CHECK(c->materials[0].received);
        CHECK_FALSE(c->materials[1].received);
        CHECK(c->materials[1].name == u"租赁合同"_s);
        const std::optional<ow::Applicant> applicant = ow::ApplicantRepository(db).byId(ApplicantId);
        REQUIRE(applicant.has_value());
        CHECK(applicant->name == u"张三"_s);

        // Found the ways a clerk looks for it: by name, by the ID number's last four, by the case number.
        for (const QString &query : {u"张三"_s, u"4514"_s, u"0007"_s}) {
            INFO(query.toStdString());
            const QList<ow::Case> found = cases.search(query);
            CHECK((found.size() == 1 && found.constFirst().id == CaseId));
        }
        // Its unsent revision still goes to the platform, exactly as it was written.
        const std::optional<ow::OutboxItem> unsent = ow::Outbox(db).latestForCase(CaseId);
        REQUIRE(unsent.has_value());
        CHECK(unsent->payload == Payload);
        CHECK(unsent->state == ow::OutboxState::Pending);
        // A rating waiting to be sent still goes, as it was saved (no reasons, no hall ticket).
        if (from >= 3) {
            CHECK(owtest::scalar(db.db(),
                                 u"SELECT json_array(state, score, comment, reasons, ticket_id) FROM evaluations WHERE id = ?"_s,
                                 {RatingId})
                      .toString()
                  == uR"(["pending",2,"慢","",""])"_s);
        }
        // The next decision of that window that day takes the next number.
        CHECK(owtest::scalar(db.db(), u"SELECT last_seq FROM case_number_sequences WHERE day = '2025-11-03'"_s).toInt() == 7);
    }
}
