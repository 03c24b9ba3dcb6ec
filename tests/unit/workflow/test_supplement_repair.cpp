// Cases the old completion rule left 待补齐材料 (an optional line not brought counted as owed): the
// window repairs them when it opens the database, once; onewindowctl check-db reports them, read-only.
#include "core/demo/demoidentities.h"
#include "core/domain/case.h"
#include "core/security/audittrail.h"
#include "core/storage/caserepository.h"
#include "core/storage/databasecheck.h"
#include "core/workflow/casedesk.h"
#include "tests/unit/workflow/workflow_fixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QDate kDay(2026, 3, 2);
const QString kFoodLicence = QStringLiteral("SCJG-XK-0006"); // FOOD_LAYOUT may follow, HEALTH_CERT optional

Applicant person(int n)
{
    Applicant a;
    a.idNumber = demo::residentId(QStringLiteral("330106"), QDate(1970, 1, 1).addDays(n), 200 + n);
    a.name = QStringLiteral("补正%1").arg(n);
    return a;
}

void run(Database &db, const QString &sqlText, const QVariantList &values)
{
    QSqlQuery q(db.db());
    REQUIRE(q.prepare(sqlText));
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

int count(Database &db, const QString &sqlText, const QVariantList &values)
{
    QSqlQuery q(db.db());
    REQUIRE(q.prepare(sqlText));
    for (const QVariant &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// A 容缺 case of 食品经营许可 with HEALTH_CERT (optional) not brought and FOOD_LAYOUT owed. With
// `stuck`, FOOD_LAYOUT then came the way it came before schema 9: the optional line stored as an ordinary
// line to collect, the supplement recorded (in person: trip, revision and outbox row), the case left
// awaiting supplement, and migration 0009 marking HEALTH_CERT optional afterwards.
QString deficiencyCase(owtest::DemoHall &hall, int n, bool stuck)
{
    const IntakeService window = hall.window();
    QString error;
    const auto preview = window.preview(kFoodLicence, {}, kDay);
    REQUIRE(preview);
    QMap<QString, QString> answers; // the first option of every question
    for (const Situation &s : preview->checklist.situations)
        answers.insert(s.id, s.options.first().id);
    const auto session = window.start(person(n), kFoodLicence, answers, kDay, &error);
    REQUIRE(session);
    QSet<QString> received;
    for (const ChecklistLine &l : session->checklist.lines)
        if (l.askedOfApplicant() && !l.optional && l.kind != u"FOOD_LAYOUT"_s)
            received.insert(l.kind);
    const DecisionResult r = window.decide(*session, received, Decision::AcceptWithDeficiency, {}, QDateTime(kDay, QTime(9, 0)));
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    REQUIRE(r.savedCase.status == CaseStatus::AwaitingSupplement);
    if (stuck) {
        run(hall.db, u"UPDATE case_materials SET optional = 0 WHERE case_key = (SELECT case_key FROM cases WHERE id = ?)"_s,
            {r.savedCase.id});
        REQUIRE(CaseRepository(hall.db).recordSupplement(r.savedCase.id, {u"FOOD_LAYOUT"_s}, kDay.addDays(1), &error));
        REQUIRE(CaseRepository(hall.db).byId(r.savedCase.id)->status == CaseStatus::AwaitingSupplement);
        run(hall.db,
            u"UPDATE case_materials SET optional = 1 WHERE case_key = (SELECT case_key FROM cases WHERE id = ?)"
            u" AND wording_id IN (SELECT id FROM material_wordings WHERE kind = ?)"_s,
            {r.savedCase.id, u"HEALTH_CERT"_s});
    }
    return r.savedCase.id;
}

int outboxRows(Database &db, const QString &caseId)
{
    return count(db, u"SELECT count(*) FROM outbox WHERE case_id = ?"_s, {caseId});
}

} // namespace

TEST_CASE("a case the old completion rule left awaiting supplement is accepted once, with no trip and an audit row")
{
    owtest::DemoHall hall;
    const QString stuckId = deficiencyCase(hall, 1, true);
    const QString owingId = deficiencyCase(hall, 2, false);
    const Case before = *CaseRepository(hall.db).byId(stuckId);
    const Case owingBefore = *CaseRepository(hall.db).byId(owingId);
    REQUIRE(before.status == CaseStatus::AwaitingSupplement);
    REQUIRE(before.trips == 2);
    const int outboxBefore = outboxRows(hall.db, stuckId);
    REQUIRE(outboxBefore == before.revision);

    const QList<Case> found = CaseRepository::supplementsAlreadyMet(hall.db.db());
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == stuckId);

    AuditTrail audit(hall.db);
    CaseDesk desk(hall.db, &audit, DocumentStation{});
    QString error;
    CHECK(desk.completeSupplementsAlreadyMet(u"system"_s, &error) == 1);
    CHECK(error.isEmpty());

    const Case after = *CaseRepository(hall.db).byId(stuckId);
    CHECK(after.status == CaseStatus::Accepted);
    CHECK(after.revision == before.revision + 1);
    CHECK(after.trips == before.trips);
    CHECK(after.collectedCount == before.collectedCount);
    CHECK(outboxRows(hall.db, stuckId) == outboxBefore + 1);
    CHECK(count(hall.db, u"SELECT count(*) FROM outbox WHERE case_id = ? AND revision = ?"_s, {stuckId, after.revision}) == 1);
    const QList<AuditEntry> entries = audit.forCase(stuckId);
    const bool repairAudited = std::any_of(entries.cbegin(), entries.cend(), [](const AuditEntry &e) {
        return e.action == u"supplement"_s && e.username == u"system"_s && e.detail.startsWith(u"repair:"_s)
               && e.detail.contains(u"old completion rule"_s);
    });
    CHECK(repairAudited);

    // The case that still owes FOOD_LAYOUT is untouched.
    const Case owingAfter = *CaseRepository(hall.db).byId(owingId);
    CHECK(owingAfter.status == CaseStatus::AwaitingSupplement);
    CHECK(owingAfter.revision == owingBefore.revision);
    CHECK(owingAfter.trips == owingBefore.trips);
    CHECK(audit.forCase(owingId).size() == 0);

    // Idempotent: a second open finds nothing and writes nothing.
    const int auditRows = count(hall.db, u"SELECT count(*) FROM audit_trail WHERE case_id = ?"_s, {stuckId});
    CHECK(desk.completeSupplementsAlreadyMet(u"system"_s, &error) == 0);
    CHECK(error.isEmpty());
    CHECK(CaseRepository(hall.db).byId(stuckId)->revision == after.revision);
    CHECK(outboxRows(hall.db, stuckId) == outboxBefore + 1);
    CHECK(count(hall.db, u"SELECT count(*) FROM audit_trail WHERE case_id = ?"_s, {stuckId}) == auditRows);
    CHECK(DatabaseCheck::problems(hall.db.db()).isEmpty());
}

TEST_CASE("check-db reports a case left awaiting supplement with nothing owed and leaves the file byte-identical")
{
    owtest::DemoHall hall;
    const QString stuckId = deficiencyCase(hall, 3, true);
    deficiencyCase(hall, 4, false);
    const QString caseNumber = CaseRepository(hall.db).byId(stuckId)->caseNumber;
    const QString path = hall.dir.filePath(u"hall.db"_s);
    hall.db.close();
    REQUIRE_FALSE(QFileInfo::exists(path + u"-wal"_s));
    const auto bytes = [&] {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    const QByteArray before = bytes();

    const owtest::ProgramRun r = owtest::runProgram(owtest::binPath(u"onewindowctl"_s), {u"check-db"_s, u"--db"_s, path});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(caseNumber));
    CHECK(r.out.contains(u"awaiting supplement"_s));
    CHECK(r.out.count(u"awaiting supplement"_s) == 1); // the case that still owes a line is no finding
    CHECK(bytes() == before);
    // A read-only SQLite connection to a WAL database may leave an empty log beside it; nothing is in it.
    CHECK(QFileInfo(path + u"-wal"_s).size() == 0);
}
