// The window's HallCaseReporter over a real window database (decisions recorded by the real IntakeService)
// and the real HallServer on loopback: nothing is lost while the hall is down, every summary arrives with
// the right figures once it is up, supplements and the sync make a newer version, a refused summary is
// set aside without holding back the others.
#include "core/demo/demoidentities.h"
#include "core/hall/reporter/hallcasereporter.h"
#include "core/storage/caserepository.h"
#include "core/storage/outbox.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/unit/workflow/workflow_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

const QDate kDay(2026, 3, 2);
const QString kPension = u"GJJ-GG-0002"_s;      // no situations
const QString kUnemployment = u"RSJ-JF-0001"_s; // the bank account may follow later (容缺)

ow::Applicant person(int serial)
{
    ow::Applicant a;
    a.idNumber = ow::demo::residentId(u"330106"_s, QDate(1980, 1, 1).addDays(serial * 37), 100 + serial);
    a.name = u"测试%1"_s.arg(serial);
    return a;
}

QSet<QString> asked(const ow::IntakeSession &s, bool withDeficiency)
{
    QSet<QString> all;
    for (const ow::ChecklistLine &l : s.checklist.lines) {
        if (l.askedOfApplicant() && !l.optional && (withDeficiency || l.status != ow::LineStatus::DeficiencyAllowed))
            all.insert(l.kind);
    }
    return all;
}

QMap<QString, QString> firstOptions(const ow::IntakeSession &s)
{
    QMap<QString, QString> answers;
    for (const ow::Situation &q : s.checklist.situations)
        answers.insert(q.id, q.options.first().id);
    return answers;
}

// Records one decision through the intake, as the window does.
ow::Case decide(const ow::IntakeService &window, int serial, const QString &matter, ow::Decision decision,
                const QString &reason = {})
{
    auto session = window.start(person(serial), matter, {}, kDay);
    REQUIRE(session);
    window.answer(*session, firstOptions(*session));
    QSet<QString> received = asked(*session, decision != ow::Decision::AcceptWithDeficiency);
    if (decision == ow::Decision::OneTimeNotice)
        received = {u"ID_CARD"_s};
    const ow::DecisionResult r = window.decide(*session, received, decision, reason, QDateTime(kDay, QTime(9, serial)));
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    return r.savedCase;
}

QHash<QString, ow::CaseSummary> hallSummaries(const LocalHall &hall)
{
    ow::HallClient supervisor(hall.clientOptions(supervisorToken()));
    const ow::HallResult r = await(supervisor.fetchCaseSummaries(kDay, kDay));
    REQUIRE(r.ok());
    QHash<QString, ow::CaseSummary> byId;
    for (const ow::CaseSummary &s : r.summaries())
        byId.insert(s.caseId, s);
    return byId;
}

bool round(ow::HallCaseReporter &reporter, bool *complete = nullptr, int *sent = nullptr)
{
    QSignalSpy finished(&reporter, &ow::HallCaseReporter::roundFinished);
    reporter.reportNow(); // with nothing to send it finishes at once, before wait()
    if (finished.isEmpty() && !finished.wait(8000))
        return false;
    if (complete)
        *complete = finished.first().at(0).toBool();
    if (sent)
        *sent = finished.first().at(1).toInt();
    return true;
}

} // namespace

TEST_CASE("while the hall is down nothing is lost, and once it is up every summary arrives with the right figures")
{
    owtest::DemoHall window;
    const ow::IntakeService intake = window.window(3);
    const ow::Case accepted = decide(intake, 1, kPension, ow::Decision::Accept);
    const ow::Case deficiency = decide(intake, 2, kUnemployment, ow::Decision::AcceptWithDeficiency);
    const ow::Case notice = decide(intake, 3, kUnemployment, ow::Decision::OneTimeNotice);
    const ow::Case refused = decide(intake, 4, kPension, ow::Decision::NotAccepted, u"不属于本大厅受理范围"_s);
    REQUIRE(deficiency.supplementDue.isValid());

    LocalHall hall;
    REQUIRE(hall.start());
    const quint16 port = hall.url.port();
    hall.server.stop(); // the hall PC is off

    ow::HallClient client(hall.clientOptions(windowToken(3)));
    ow::HallCaseReporter reporter(window.db, &client, {u"W03"_s, 3, 600000, 3}); // batches of 3: two requests
    bool complete = true;
    int sent = -1;
    REQUIRE(round(reporter, &complete, &sent));
    CHECK_FALSE(complete);
    CHECK(sent == 0);

    REQUIRE(hall.start(port));
    REQUIRE(round(reporter, &complete, &sent));
    CHECK(complete);
    CHECK(sent == 4);
    QHash<QString, ow::CaseSummary> atHall = hallSummaries(hall);
    REQUIRE(atHall.size() == 4);

    const ow::CaseSummary a = atHall.value(accepted.caseNumber);
    CHECK(a.windowId == u"W03"_s);
    CHECK(a.day == kDay);
    CHECK(a.decision == u"accepted"_s);
    CHECK(a.materialsListed == accepted.listedCount);
    CHECK(a.materialsCollected == accepted.collectedCount);
    CHECK(a.materialsListed > 0);
    CHECK(a.supplementsOutstanding == 0);
    CHECK(a.trips == 1);
    REQUIRE(a.matters.size() == 1);
    CHECK(a.matters.first().code == kPension);
    CHECK_FALSE(a.matters.first().name.isEmpty());
    CHECK_FALSE(a.matters.first().department.isEmpty());
    CHECK(a.promisedDate == (a.instant ? QDate() : accepted.promisedDate));
    CHECK_FALSE(a.supplementDueDate.isValid());
    CHECK_FALSE(a.synced);
    CHECK(a.status == u"accepted"_s);
    CHECK_FALSE(a.isFinished());

    const ow::CaseSummary d = atHall.value(deficiency.caseNumber);
    CHECK(d.decision == u"accepted_deficiency"_s);
    CHECK(d.materialsListed == deficiency.listedCount);
    CHECK(d.materialsCollected == deficiency.collectedCount);
    CHECK(d.materialsCollected < d.materialsListed);
    CHECK(d.supplementsOutstanding >= 1);
    CHECK(d.supplementDueDate == deficiency.supplementDue);
    CHECK(d.promisedDate == deficiency.promisedDate);
    CHECK(d.status == u"awaiting_supplement"_s);

    CHECK(atHall.value(notice.caseNumber).decision == u"one_time_notice"_s);
    CHECK_FALSE(atHall.value(notice.caseNumber).promisedDate.isValid()); // takes nothing in
    CHECK(atHall.value(refused.caseNumber).decision == u"not_accepted"_s);

    // Nothing new: a round sends nothing and the hall's log does not grow.
    const qint64 seq = hall.server.lastSequence();
    REQUIRE(round(reporter, &complete, &sent));
    CHECK(complete);
    CHECK(sent == 0);
    CHECK(hall.server.lastSequence() == seq);

    // The return trip brings the bank account: a newer version with nothing outstanding and two trips.
    QSet<QString> owed;
    for (const ow::CaseMaterial &m : deficiency.materials) {
        if (m.status == ow::LineStatus::DeficiencyAllowed && !m.received)
            owed.insert(m.kind);
    }
    QString error;
    REQUIRE(ow::CaseRepository(window.db).recordSupplement(deficiency.id, QStringList(owed.cbegin(), owed.cend()),
                                                           kDay.addDays(1), &error));
    REQUIRE(round(reporter, &complete, &sent));
    CHECK(sent == 1);
    const ow::CaseSummary supplemented = hallSummaries(hall).value(deficiency.caseNumber);
    CHECK(supplemented.supplementsOutstanding == 0);
    CHECK(supplemented.trips == 2);
    CHECK(supplemented.materialsCollected == d.materialsCollected + int(owed.size()));
    CHECK(supplemented.updatedAt > d.updatedAt);

    // The sync gets every revision through: each summary says so.
    ow::Outbox outbox(window.db);
    QList<qint64> ids;
    QSqlQuery q(window.db.db());
    REQUIRE(q.exec(u"SELECT id FROM outbox WHERE state = 'pending' ORDER BY id"_s));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    REQUIRE(ids.size() == 5); // four decisions and the supplement
    REQUIRE(outbox.markSending(ids, &error));
    for (qint64 id : ids)
        REQUIRE(outbox.markSent(id, {}, &error));
    REQUIRE(round(reporter, &complete, &sent));
    CHECK(complete);
    CHECK(sent == 4);
    for (const ow::CaseSummary &s : hallSummaries(hall))
        CHECK(s.synced);

    // The platform completes the accepted case (办结). The status pull writes no outbox row — it sets the
    // status and updated_at as CaseRepository::applyPlatformStatus does for SyncClient — so only the
    // statuses cursor sees it: the case is sent again, newer, and the hall keeps the new version.
    const ow::CaseSummary beforeCompletion = hallSummaries(hall).value(accepted.caseNumber);
    REQUIRE(ow::CaseRepository(window.db).applyPlatformStatus(accepted.id, ow::CaseStatus::InProgress, &error));
    REQUIRE(ow::CaseRepository(window.db).applyPlatformStatus(accepted.id, ow::CaseStatus::Completed, &error));
    const qint64 seqBefore = hall.server.lastSequence();
    REQUIRE(round(reporter, &complete, &sent));
    CHECK(complete);
    CHECK(sent == 1); // stored, not ignored: once, with the latest status
    const ow::CaseSummary completed = hallSummaries(hall).value(accepted.caseNumber);
    CHECK(completed.status == u"completed"_s);
    CHECK(completed.isFinished());
    CHECK(completed.updatedAt > beforeCompletion.updatedAt);
    CHECK(completed.synced);
    CHECK(hall.server.lastSequence() == seqBefore + 1); // one case_reported event
    // Nothing moved since: the next round sends nothing.
    REQUIRE(round(reporter, &complete, &sent));
    CHECK(complete);
    CHECK(sent == 0);
    CHECK(hall.server.lastSequence() == seqBefore + 1);
}

TEST_CASE("a status pull of another window's case is not reported by this window")
{
    owtest::DemoHall window;
    const ow::Case mine = decide(window.window(3), 1, kPension, ow::Decision::Accept);
    const ow::Case theirs = decide(window.window(7), 2, kPension, ow::Decision::Accept);
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient client(hall.clientOptions(windowToken(3)));
    ow::HallCaseReporter reporter(window.db, &client, {u"W03"_s, 3, 600000, 500});
    int sent = 0;
    REQUIRE(round(reporter, nullptr, &sent));
    CHECK(sent == 1);
    QString error;
    REQUIRE(ow::CaseRepository(window.db).applyPlatformStatus(theirs.id, ow::CaseStatus::Completed, &error));
    REQUIRE(round(reporter, nullptr, &sent));
    CHECK(sent == 0);
    REQUIRE(ow::CaseRepository(window.db).applyPlatformStatus(mine.id, ow::CaseStatus::ReadyForPickup, &error));
    REQUIRE(round(reporter, nullptr, &sent));
    CHECK(sent == 1);
    const ow::CaseSummary ready = hallSummaries(hall).value(mine.caseNumber);
    CHECK(ready.status == u"ready_for_pickup"_s);
    CHECK(ready.delivery == u"window"_s);
    // Ready since the status pull; the dashboard counts its waiting days from here.
    CHECK(ready.readyDate == QDate::currentDate());
}

TEST_CASE("a summary the hall refuses is set aside and counted, and the others still arrive")
{
    owtest::DemoHall window;
    const ow::IntakeService intake = window.window(3);
    QList<ow::Case> cases;
    for (int i = 1; i <= 5; ++i)
        cases.append(decide(intake, i, kPension, ow::Decision::Accept));
    LocalHall hall;
    REQUIRE(hall.start());
    // Window 5 already reported a case under the number of the third: the hall will not let W03 touch it.
    ow::CaseSummary taken;
    taken.caseId = cases.at(2).caseNumber;
    taken.windowId = u"W05"_s;
    taken.day = kDay;
    taken.decidedAt = QDateTime(kDay, QTime(1, 0), Qt::UTC);
    taken.updatedAt = taken.decidedAt;
    taken.decision = QString(ow::CaseSummary::Accepted);
    ow::HallClient window5(hall.clientOptions(windowToken(5)));
    REQUIRE(await(window5.reportCases({taken})).ok());

    ow::HallClient client(hall.clientOptions(windowToken(3)));
    ow::HallCaseReporter reporter(window.db, &client, {u"W03"_s, 3, 600000, 500});
    QSignalSpy refusals(&reporter, &ow::HallCaseReporter::summariesRefused);
    bool complete = false;
    int sent = 0;
    REQUIRE(round(reporter, &complete, &sent));
    CHECK(complete);
    CHECK(sent == 4);
    CHECK(refusals.size() == 1);
    CHECK(reporter.refusedCount() == 1);
    const QHash<QString, ow::CaseSummary> atHall = hallSummaries(hall);
    CHECK(atHall.size() == 5);
    CHECK(atHall.value(cases.at(2).caseNumber).windowId == u"W05"_s);
    for (int i : {0, 1, 3, 4})
        CHECK(atHall.value(cases.at(i).caseNumber).windowId == u"W03"_s);
    // The refusal is kept in the window's database, so the count survives a restart of the window.
    ow::HallCaseReporter restarted(window.db, &client, {u"W03"_s, 3});
    CHECK(restarted.refusedCount() == 1);
}

TEST_CASE("a refusal about the window itself (another window's token) sets nothing aside and is tried again")
{
    owtest::DemoHall window;
    const ow::IntakeService intake = window.window(3);
    const ow::Case mine = decide(intake, 1, kPension, ow::Decision::Accept);
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient wrongToken(hall.clientOptions(windowToken(4))); // the counter was given window 4's token
    ow::HallCaseReporter misconfigured(window.db, &wrongToken, {u"W03"_s, 3, 600000, 500});
    bool complete = true;
    REQUIRE(round(misconfigured, &complete));
    CHECK_FALSE(complete);
    CHECK(misconfigured.refusedCount() == 0);
    CHECK(hallSummaries(hall).isEmpty());

    ow::HallClient rightToken(hall.clientOptions(windowToken(3))); // put right: the case goes
    ow::HallCaseReporter fixed(window.db, &rightToken, {u"W03"_s, 3, 600000, 500});
    REQUIRE(round(fixed, &complete));
    CHECK(complete);
    CHECK(hallSummaries(hall).contains(mine.caseNumber));
}

TEST_CASE("the reporter sends at once when the hall's stream comes back, and only this window's cases")
{
    owtest::DemoHall window;
    const ow::IntakeService intake3 = window.window(3);
    const ow::IntakeService intake7 = window.window(7);
    const ow::Case mine = decide(intake3, 1, kPension, ow::Decision::Accept);
    decide(intake7, 2, kPension, ow::Decision::Accept); // another window's case in the same database

    LocalHall hall;
    REQUIRE(hall.start());
    const quint16 port = hall.url.port();
    hall.server.stop();
    ow::HallClient client(hall.clientOptions(windowToken(3)));
    ow::HallCaseReporter reporter(window.db, &client, {u"W03"_s, 3, 600000, 500});
    QSignalSpy rounds(&reporter, &ow::HallCaseReporter::roundFinished);
    reporter.start(); // a first round, which fails: the hall is down
    client.start();
    REQUIRE(waitFor([&] { return rounds.size() >= 1 && !reporter.isBusy(); }));
    CHECK_FALSE(rounds.last().at(0).toBool());

    REQUIRE(hall.start(port));
    REQUIRE(waitFor([&] { return client.isOnline(); }, std::chrono::seconds(8)));
    REQUIRE(waitFor([&] { return !rounds.isEmpty() && rounds.last().at(0).toBool(); }, std::chrono::seconds(8)));
    const QHash<QString, ow::CaseSummary> atHall = hallSummaries(hall);
    REQUIRE(atHall.size() == 1);
    CHECK(atHall.contains(mine.caseNumber));
}

TEST_CASE("a clock stepped back hides no sync and no status move from the hall")
{
    owtest::DemoHall window;
    const ow::IntakeService intake = window.window(3);
    const ow::Case early = decide(intake, 1, kPension, ow::Decision::Accept);
    LocalHall hall;
    REQUIRE(hall.start());
    ow::HallClient client(hall.clientOptions(windowToken(3)));
    ow::HallCaseReporter reporter(window.db, &client, {u"W03"_s, 3, 600000, 500});
    REQUIRE(round(reporter));
    ow::Outbox outbox(window.db);
    ow::CaseRepository cases(window.db);
    QString error;
    const auto sync = [&](const ow::Case &c) {
        QSqlQuery q(window.db.db());
        REQUIRE(q.prepare(u"SELECT id FROM outbox WHERE case_id = ?"_s));
        q.addBindValue(c.id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        REQUIRE(outbox.markSending({id}, &error));
        REQUIRE(outbox.markSent(id, {}, &error));
    };

    // The window's clock ran ahead (a BIOS clock set wrong): the sync and the platform's status move are
    // stamped 2099, as Outbox::markSent and applyPlatformStatus would stamp them, and reported.
    const QString ahead = u"2099-01-01T09:00:00.000Z"_s;
    sync(early);
    QSqlQuery stamp(window.db.db());
    REQUIRE(stamp.prepare(u"UPDATE outbox SET sent_at = ? WHERE case_id = ?"_s));
    stamp.addBindValue(ahead);
    stamp.addBindValue(early.id);
    REQUIRE(stamp.exec());
    REQUIRE(stamp.prepare(u"UPDATE cases SET delivered_at = ? WHERE id = ?"_s));
    stamp.addBindValue(ahead);
    stamp.addBindValue(early.id);
    REQUIRE(stamp.exec());
    REQUIRE(round(reporter));
    REQUIRE(cases.applyPlatformStatus(early.id, ow::CaseStatus::InProgress, &error));
    REQUIRE(stamp.prepare(u"UPDATE cases SET updated_at = ? WHERE id = ?"_s));
    stamp.addBindValue(u"2099-01-01T10:00:00.000Z"_s); // an hour after the sync, by the same clock
    stamp.addBindValue(early.id);
    REQUIRE(stamp.exec());
    REQUIRE(round(reporter));
    CHECK(hallSummaries(hall).value(early.caseNumber).status == u"in_progress"_s);

    // NTP steps the clock back to today. A case decided now is synced and completed at times before 2099:
    // the hall must still learn both.
    const ow::Case late = decide(intake, 2, kPension, ow::Decision::Accept);
    REQUIRE(round(reporter));
    sync(late);
    int sent = 0;
    REQUIRE(round(reporter, nullptr, &sent));
    CHECK(sent == 1);
    CHECK(hallSummaries(hall).value(late.caseNumber).synced);
    REQUIRE(cases.applyPlatformStatus(late.id, ow::CaseStatus::Completed, &error));
    REQUIRE(round(reporter, nullptr, &sent));
    CHECK(sent == 1);
    CHECK(hallSummaries(hall).value(late.caseNumber).status == u"completed"_s);
}
