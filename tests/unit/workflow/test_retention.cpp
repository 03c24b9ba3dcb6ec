// Retention (docs/adr/0023-retention.md) over a store with cases in every state: what goes, what stays.
#include "core/security/audittrail.h"
#include "core/storage/applicantrepository.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/databasecheck.h"
#include "core/storage/retention.h"
#include "core/workflow/casedesk.h"
#include "core/workflow/retentionjob.h"
#include "tests/support/test_support.h"
#include "tests/support/testfiles.h"
#include "tests/unit/storage/storagefixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

const QDateTime kNow = QDateTime::currentDateTimeUtc();

QString at(int daysAgo)
{
    return kNow.addDays(-daysAgo).toString(Qt::ISODateWithMs);
}

// One applicant per case, so each case's applicant says whether retention took that person's data.
struct Store {
    Store()
    {
        REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
        catalog = ow::CatalogRepository(t.db).loadCurrent();
        documents = t.dir.filePath(u"documents"_s);
    }

    // A decision whose case was made `createdDaysAgo`, last changed (closed) `changedDaysAgo`, with its
    // outbox row in `outboxState` (sent `sentDaysAgo`), and its receipt archived as PDF.
    QString add(const QString &label, ow::CaseStatus status, int createdDaysAgo, int changedDaysAgo, const QString &outboxState,
                int sentDaysAgo = 0)
    {
        const int n = ++count;
        ow::Case c = sampleCase(catalog, {u"M001"_s});
        ow::Applicant a = samplePerson(u"1101011990030%1"_s.arg(n, 5, 10, QLatin1Char('0')), u"申请人"_s + label);
        a.phone = u"1390000%1"_s.arg(n, 4, 10, QLatin1Char('0'));
        a.address = u"东城区某街%1号"_s.arg(n);
        QString error;
        REQUIRE(cases.commitDecision(c, a, &error));
        const QSqlDatabase db = t.db.db();
        runSql(db, u"UPDATE cases SET status = ?, created_at = ?, updated_at = ? WHERE id = ?"_s,
               {ow::caseStatusKey(status), at(createdDaysAgo), at(changedDaysAgo), c.id});
        runSql(db, u"UPDATE applicants SET updated_at = ? WHERE id_number = ?"_s, {at(createdDaysAgo), a.idNumber});
        runSql(db, u"UPDATE outbox SET state = ?, sent_at = ?, attempts = ?, last_error = ? WHERE case_id = ?"_s,
               {outboxState, outboxState == u"sent"_s ? QVariant(at(sentDaysAgo)) : QVariant(),
                outboxState == u"pending"_s ? 0 : 3, outboxState == u"sent"_s ? u""_s : u"HTTP 503"_s, c.id});
        // As Outbox::markSent writes it.
        runSql(db, u"UPDATE cases SET delivered_at = ? WHERE id = ?"_s,
               {outboxState == u"sent"_s ? QVariant(at(sentDaysAgo)) : QVariant(), c.id});
        const QString day = kNow.addDays(-createdDaysAgo).toLocalTime().date().toString(Qt::ISODate);
        REQUIRE(QDir().mkpath(documents + u'/' + day));
        writeFile(documents + u'/' + day + u'/' + c.caseNumber + u"-receipt.pdf"_s, "%PDF-1.4 " + a.name.toUtf8());
        ids.insert(label, c.id);
        numbers.insert(label, a.idNumber);
        names.insert(label, a.name);
        pdfs.insert(label, documents + u'/' + day + u'/' + c.caseNumber + u"-receipt.pdf"_s);
        return c.id;
    }

    // Whether the case's outbox row is still there, with its payload.
    bool hasPayload(const QString &label) const
    {
        return scalar(t.db.db(), u"SELECT payload <> '' FROM outbox WHERE case_id = ?"_s, {ids.value(label)}).toBool();
    }
    QString deliveredAt(const QString &label) const
    {
        return scalar(t.db.db(), u"SELECT delivered_at FROM cases WHERE id = ?"_s, {ids.value(label)}).toString();
    }
    bool hasPersonalData(const QString &label) const
    {
        return countRows(t.db.db(), u"SELECT count(*) FROM applicants WHERE id_number = ? AND name = ?"_s,
                         {numbers.value(label), names.value(label)})
               == 1;
    }
    // Everything retention may change, as text: a dry run must leave it exactly as it was.
    QString snapshot() const
    {
        return scalar(t.db.db(), u"SELECT (SELECT group_concat(id_number || name || phone || address, '|') FROM applicants)"
                                 u" || (SELECT group_concat(length(payload), ',') FROM outbox)"_s)
                   .toString()
               + archivedFiles().join(u',') + QString::number(QFileInfo(t.path).size());
    }
    QStringList archivedFiles() const
    {
        QStringList files;
        for (QDirIterator it(documents, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
             it.hasNext();)
            files << it.next();
        files.sort();
        return files;
    }

    ow::RetentionCounts run(bool dryRun)
    {
        ow::AuditTrail audit(t.db);
        ow::RetentionJob job(t.db, &audit, {ow::RetentionPolicy{}, documents, u"test"_s, u"DEMO"_s, 3});
        ow::RetentionCounts counts;
        QString error;
        const bool ok = job.run(kNow, dryRun, true, &counts, &error);
        INFO(error.toStdString());
        REQUIRE(ok);
        return counts;
    }

    TempDatabase t;
    ow::CatalogData catalog;
    ow::CaseRepository cases{t.db};
    QString documents;
    int count = 0;
    QHash<QString, QString> ids, numbers, names, pdfs;
};

// Every state a store holds, with the default policy (payloads 30 days, personal data 365, documents 180).
void fillEveryState(Store &s)
{
    s.add(u"pending"_s, ow::CaseStatus::Rejected, 800, 800, u"pending"_s);
    s.add(u"parked"_s, ow::CaseStatus::Rejected, 800, 800, u"parked"_s);
    s.add(u"sending"_s, ow::CaseStatus::Completed, 800, 800, u"sending"_s);
    s.add(u"deliveredOld"_s, ow::CaseStatus::Accepted, 60, 60, u"sent"_s, 59);
    s.add(u"deliveredNew"_s, ow::CaseStatus::Accepted, 6, 6, u"sent"_s, 5);
    s.add(u"openOld"_s, ow::CaseStatus::InProgress, 800, 700, u"sent"_s, 790);
    s.add(u"deficientOld"_s, ow::CaseStatus::AwaitingSupplement, 800, 800, u"sent"_s, 790);
    s.add(u"pickupOld"_s, ow::CaseStatus::ReadyForPickup, 800, 500, u"sent"_s, 790);
    s.add(u"closedOld"_s, ow::CaseStatus::Completed, 500, 400, u"sent"_s, 499);
    s.add(u"rejectedOld"_s, ow::CaseStatus::Rejected, 400, 400, u"sent"_s, 399);
    s.add(u"closedMid"_s, ow::CaseStatus::Completed, 250, 200, u"sent"_s, 249);
    s.add(u"closedNew"_s, ow::CaseStatus::Completed, 20, 10, u"sent"_s, 19);
}

} // namespace

TEST_CASE("retention takes only what nothing needs: nothing pending, parked or open is touched")
{
    Store s;
    fillEveryState(s);
    const int lines = countRows(s.t.db.db(), u"SELECT count(*) FROM case_materials"_s);
    REQUIRE(lines > s.count);
    s.run(false);

    for (const QString &kept : {u"pending"_s, u"parked"_s, u"sending"_s, u"deliveredNew"_s, u"closedNew"_s}) {
        INFO(kept.toStdString());
        CHECK(s.hasPayload(kept));
    }
    // A delivered revision's row goes once the platform has had it 30 days; its case keeps the time.
    ow::CaseDesk desk(s.t.db, nullptr, {});
    const QList<std::pair<QString, int>> removed{{u"deliveredOld"_s, 59}, {u"openOld"_s, 790},   {u"deficientOld"_s, 790},
                                                 {u"pickupOld"_s, 790},   {u"closedOld"_s, 499}, {u"rejectedOld"_s, 399},
                                                 {u"closedMid"_s, 249}};
    for (const auto &[label, sentDaysAgo] : removed) {
        INFO(label.toStdString());
        CHECK(countRows(s.t.db.db(), u"SELECT count(*) FROM outbox WHERE case_id = ?"_s, {s.ids.value(label)}) == 0);
        CHECK(s.deliveredAt(label) == at(sentDaysAgo));
        const std::optional<ow::CaseDeskEntry> entry = desk.summary(s.ids.value(label));
        REQUIRE(entry);
        CHECK(entry->sync == ow::SyncState::Synced);
    }
    // Personal data: only of applicants whose every case closed more than a year ago with nothing to send.
    for (const QString &kept : {u"pending"_s, u"parked"_s, u"sending"_s, u"deliveredOld"_s, u"openOld"_s, u"deficientOld"_s,
                                u"pickupOld"_s, u"closedMid"_s, u"closedNew"_s}) {
        INFO(kept.toStdString());
        CHECK(s.hasPersonalData(kept));
    }
    for (const QString &pruned : {u"closedOld"_s, u"rejectedOld"_s}) {
        INFO(pruned.toStdString());
        CHECK_FALSE(s.hasPersonalData(pruned));
    }
    // Documents: of closed cases older than 180 days only.
    for (const QString &kept : {u"pending"_s, u"parked"_s, u"sending"_s, u"deliveredOld"_s, u"openOld"_s, u"deficientOld"_s,
                                u"pickupOld"_s, u"closedNew"_s}) {
        INFO(kept.toStdString());
        CHECK(QFile::exists(s.pdfs.value(kept)));
    }
    for (const QString &removed : {u"closedOld"_s, u"rejectedOld"_s, u"closedMid"_s}) {
        INFO(removed.toStdString());
        CHECK_FALSE(QFile::exists(s.pdfs.value(removed)));
    }
    // The cases themselves and their lines stay; of the outbox, the rows not delivered long ago.
    CHECK(countRows(s.t.db.db(), u"SELECT count(*) FROM cases"_s) == s.count);
    CHECK(countRows(s.t.db.db(), u"SELECT count(*) FROM case_materials"_s) == lines);
    CHECK(countRows(s.t.db.db(), u"SELECT count(*) FROM outbox"_s) == 5);
    // check-db sees nothing wrong in a case whose rows went (the fixture's forced statuses aside).
    const QStringList problems = ow::DatabaseCheck::problems(s.t.db.db());
    INFO(problems.join(u" | "_s).toStdString());
    CHECK(problems.filter(u"outbox"_s).isEmpty());
    CHECK(problems.filter(u"audit"_s, Qt::CaseInsensitive).isEmpty());
}

TEST_CASE("a pruned applicant shows no personal data anywhere, and reuse goes on for both kinds")
{
    Store s;
    fillEveryState(s);
    const ow::ApplicantRepository applicants(s.t.db);
    const QDate today = QDate::currentDate();
    const std::optional<ow::Applicant> before = applicants.findByIdNumber(s.numbers.value(u"closedOld"_s));
    REQUIRE(before);
    const QList<ow::CaseMaterial> reusableBefore = applicants.reusableMaterials(before->id, today);
    REQUIRE_FALSE(reusableBefore.isEmpty());
    s.run(false);

    ow::CaseDesk desk(s.t.db, nullptr, {});
    const QString id = s.ids.value(u"closedOld"_s);
    const std::optional<ow::CaseDeskEntry> entry = desk.summary(id);
    REQUIRE(entry);
    CHECK(entry->applicant.name.isEmpty());
    CHECK(entry->applicant.phone.isEmpty());
    CHECK(entry->applicant.address.isEmpty());
    CHECK(ow::ApplicantRepository::isPseudonym(entry->applicant.idNumber));
    CHECK(desk.find(s.names.value(u"closedOld"_s), 50, {}).isEmpty());
    CHECK(desk.find(s.numbers.value(u"closedOld"_s), 50, {}).isEmpty());
    CHECK(
        countRows(s.t.db.db(), u"SELECT count(*) FROM outbox WHERE payload LIKE ? OR payload LIKE ?"_s,
                  {QString(u'%' + s.numbers.value(u"closedOld"_s) + u'%'), QString(u'%' + s.names.value(u"closedOld"_s) + u'%')})
        == 0);
    const QString row = scalar(s.t.db.db(),
                               u"SELECT id_number || '|' || name || '|' || phone || '|' || address || '|' || legal_representative"
                               u" FROM applicants WHERE id = (SELECT applicant_id FROM cases WHERE id = ?)"_s,
                               {id})
                            .toString();
    CHECK(row.startsWith(u'#'));
    CHECK(row.section(u'|', 1) == u"|||"_s);
    // The search still finds a kept applicant by name and number.
    CHECK(desk.find(s.names.value(u"closedNew"_s), 50, {}).size() == 1);
    CHECK(desk.find(s.numbers.value(u"closedNew"_s), 50, {}).size() == 1);

    // Reuse: the kept applicant is found with all details and the materials of the earlier case.
    const std::optional<ow::Applicant> kept = applicants.findByIdNumber(s.numbers.value(u"closedNew"_s));
    REQUIRE(kept);
    CHECK(kept->name == s.names.value(u"closedNew"_s));
    CHECK_FALSE(applicants.reusableMaterials(kept->id, today).isEmpty());
    // The pruned one comes back with the ID card: found by the pseudonym, no details, the facts of reuse kept.
    const std::optional<ow::Applicant> back = applicants.findByIdNumber(s.numbers.value(u"closedOld"_s));
    REQUIRE(back);
    CHECK(back->idNumber == s.numbers.value(u"closedOld"_s));
    CHECK(back->name.isEmpty());
    CHECK(back->id == before->id);
    const QList<ow::CaseMaterial> reusable = applicants.reusableMaterials(back->id, today);
    REQUIRE(reusable.size() == reusableBefore.size());
    for (qsizetype i = 0; i < reusable.size(); ++i) {
        CHECK(reusable.at(i).kind == reusableBefore.at(i).kind);
        CHECK(reusable.at(i).receivedOn == reusableBefore.at(i).receivedOn);
        CHECK(reusable.at(i).validUntil == reusableBefore.at(i).validUntil);
    }
    // A new decision with the id found restores the number and the details on the same row.
    ow::Applicant again = samplePerson(s.numbers.value(u"closedOld"_s), u"回来的人"_s);
    again.id = back->id;
    QString error;
    REQUIRE(ow::ApplicantRepository(s.t.db).upsert(again, &error));
    CHECK(again.id == back->id);
    CHECK(applicants.byId(back->id)->idNumber == s.numbers.value(u"closedOld"_s));
}

TEST_CASE("a dry run changes nothing and counts what the real run then removes")
{
    Store s;
    fillEveryState(s);
    const QString before = s.snapshot();
    const ow::RetentionCounts dry = s.run(true);
    CHECK(s.snapshot() == before);
    CHECK(countRows(s.t.db.db(), u"SELECT count(*) FROM audit_trail WHERE action = 'retention'"_s) == 0);

    const ow::RetentionCounts real = s.run(false);
    CHECK(dry.payloads == 7);
    CHECK(dry.applicants == 2);
    CHECK(dry.documents == 3);
    CHECK(real.payloads == dry.payloads);
    CHECK(real.applicants == dry.applicants);
    CHECK(real.documents == dry.documents);
    // One audit row per real run, with its counts; a second run finds nothing more.
    CHECK(scalar(s.t.db.db(), u"SELECT detail FROM audit_trail WHERE action = 'retention'"_s)
              .toString()
              .startsWith(u"payloads=7 applicants=2 documents=3"_s));
    const ow::RetentionCounts again = s.run(false);
    CHECK(again.payloads + again.applicants + again.documents == 0);
}

TEST_CASE("the file shrinks after a run, and an older store is made incremental once")
{
    Store s;
    // An older store: made before auto_vacuum was chosen at creation.
    runSql(s.t.db.db(), u"PRAGMA auto_vacuum = NONE"_s);
    runSql(s.t.db.db(), u"VACUUM"_s);
    REQUIRE_FALSE(ow::StoreSpace::isIncremental(s.t.db));
    for (int i = 0; i < 300; ++i)
        s.add(u"delivered%1"_s.arg(i), ow::CaseStatus::Completed, 90, 80, u"sent"_s, 85);
    REQUIRE(ow::StoreSpace::checkpoint(s.t.db));
    const qint64 before = ow::StoreSpace::fileBytes(s.t.db);

    const ow::RetentionCounts counts = s.run(false);
    CHECK(ow::StoreSpace::isIncremental(s.t.db));
    CHECK(counts.payloads == 299); // the outbox's last row stays, so its ids are never handed out again
    CHECK(counts.documents == 0);  // closed 80 days ago: the documents stay 180
    const qint64 after = ow::StoreSpace::fileBytes(s.t.db);
    INFO("before " << before << " after " << after);
    CHECK(after < before);
    CHECK(scalar(s.t.db.db(), u"PRAGMA freelist_count"_s).toInt() == 0);
}

TEST_CASE("retention keeps the delivered rows the hall has not heard of, and the outbox's last row")
{
    Store s;
    for (int i = 0; i < 6; ++i)
        s.add(u"delivered%1"_s.arg(i), ow::CaseStatus::Completed, 90, 80, u"sent"_s, 85);
    const QString idOf2 =
        scalar(s.t.db.db(), u"SELECT id FROM outbox WHERE case_id = ?"_s, {s.ids.value(u"delivered2"_s)}).toString();
    runSql(s.t.db.db(), u"INSERT INTO hall_report_cursors (stream, position, updated_at) VALUES ('revisions', ?, ?)"_s,
           {idOf2, at(0)});
    CHECK(s.run(false).payloads == 3);
    for (int i = 0; i < 6; ++i) {
        INFO(i);
        CHECK(s.hasPayload(u"delivered%1"_s.arg(i)) == (i > 2));
    }
    // Once the hall caught up, all but the last go.
    runSql(s.t.db.db(), u"UPDATE hall_report_cursors SET position = (SELECT max(id) FROM outbox)"_s);
    CHECK(s.run(false).payloads == 2);
    CHECK(countRows(s.t.db.db(), u"SELECT count(*) FROM outbox"_s) == 1);
    CHECK(s.hasPayload(u"delivered5"_s));
    // A new decision's row takes a number past every removed one.
    const QString next = s.add(u"new"_s, ow::CaseStatus::Accepted, 0, 0, u"pending"_s);
    CHECK(scalar(s.t.db.db(), u"SELECT id FROM outbox WHERE case_id = ?"_s, {next}).toInt() == 7);
}

TEST_CASE("retention removes the changes the hall reporter has passed, and keeps what it has not read")
{
    Store s;
    for (int i = 0; i < 3; ++i)
        s.add(u"case%1"_s.arg(i), ow::CaseStatus::Completed, 90, 80, u"sent"_s, 85);
    const auto addChanges = [&s] {
        for (int i = 0; i < 3; ++i)
            for (const QString &stream : {u"synced"_s, u"statuses"_s})
                runSql(s.t.db.db(), u"INSERT INTO case_changes (stream, case_id) VALUES (?, ?)"_s,
                       {stream, s.ids.value(u"case%1"_s.arg(i))});
    };
    const auto seqs = [&s] {
        return scalar(s.t.db.db(), u"SELECT group_concat(seq) FROM (SELECT seq FROM case_changes ORDER BY seq)"_s).toString();
    };
    addChanges(); // seq 1..6: synced on odd, statuses on even
    // A hall that has read its revisions but no change yet: the changes wait for it.
    runSql(s.t.db.db(), u"INSERT INTO hall_report_cursors (stream, position, updated_at) VALUES ('revisions', '0', ?)"_s,
           {at(0)});
    s.run(false);
    CHECK(seqs() == u"1,2,3,4,5,6"_s);
    // It has reported the synced stream up to 3 and the statuses up to 2.
    runSql(s.t.db.db(),
           u"INSERT INTO hall_report_cursors (stream, position, updated_at) VALUES ('synced', '3', ?),"
           u" ('statuses', '2', ?)"_s,
           {at(0), at(0)});
    s.run(false);
    CHECK(seqs() == u"4,5,6"_s);
    // A window that reports to no hall keeps only the last row, so the next one is numbered past it.
    runSql(s.t.db.db(), u"DELETE FROM hall_report_cursors"_s);
    s.run(false);
    CHECK(seqs() == u"6"_s);
    addChanges();
    CHECK(seqs() == u"6,7,8,9,10,11,12"_s);
}

TEST_CASE("one step gives back up to 8 MiB of free pages, in one transaction")
{
    TempDatabase t;
    const QSqlDatabase db = t.db.db();
    runSql(db, u"CREATE TABLE filler (b BLOB)"_s);
    for (int i = 0; i < 2600; ++i)
        runSql(db, u"INSERT INTO filler (b) VALUES (zeroblob(4000))"_s);
    runSql(db, u"DROP TABLE filler"_s);
    const int free = scalar(db, u"PRAGMA freelist_count"_s).toInt();
    REQUIRE(free > 2048);
    bool more = false;
    REQUIRE(ow::StoreSpace::reclaim(t.db, &more));
    CHECK(more);
    CHECK(scalar(db, u"PRAGMA freelist_count"_s).toInt() == free - 2048);
    REQUIRE(ow::StoreSpace::reclaim(t.db, &more));
    CHECK_FALSE(more);
    CHECK(scalar(db, u"PRAGMA freelist_count"_s).toInt() == 0);
}

TEST_CASE("a new store is made with incremental vacuum")
{
    TempDatabase t;
    CHECK(ow::StoreSpace::isIncremental(t.db));
}

TEST_CASE("the window's job runs once a day in batches and remembers its run in the audit trail")
{
    Store s;
    fillEveryState(s);
    ow::AuditTrail audit(s.t.db);
    ow::RetentionJob job(s.t.db, &audit, {ow::RetentionPolicy{}, s.documents, u"clerk01"_s, u"DEMO"_s, 3});
    QSignalSpy finished(&job, &ow::RetentionJob::finished);
    CHECK_FALSE(ow::RetentionRun::lastRun(s.t.db).isValid());
    REQUIRE(job.startIfDue(kNow));
    CHECK(job.isRunning());
    CHECK(s.hasPersonalData(u"closedOld"_s)); // nothing happens before the event loop runs the batches
    REQUIRE(finished.wait(20000));
    CHECK(finished.first().at(0).toBool());
    CHECK_FALSE(s.hasPersonalData(u"closedOld"_s));
    CHECK_FALSE(QFile::exists(s.pdfs.value(u"closedOld"_s)));
    const QDateTime last = ow::RetentionRun::lastRun(s.t.db);
    CHECK(last.isValid());
    CHECK_FALSE(job.startIfDue(last.addSecs(3600)));
    CHECK(job.startIfDue(last.addDays(1).addSecs(1)));
    REQUIRE(finished.wait(20000));
}

TEST_CASE("the policy's days come from the settings, and a bad value keeps the default")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"onewindow.conf"_s), QSettings::IniFormat);
    CHECK(ow::RetentionJob::policyFrom(settings).payloadDays == 30);
    CHECK(ow::RetentionJob::policyFrom(settings).personalDataDays == 365);
    CHECK(ow::RetentionJob::policyFrom(settings).documentDays == 180);
    settings.setValue(u"retention/payloadDays"_s, 7);
    settings.setValue(u"retention/personalDataDays"_s, u"soon"_s);
    settings.setValue(u"retention/documentDays"_s, 0);
    const ow::RetentionPolicy policy = ow::RetentionJob::policyFrom(settings);
    CHECK(policy.payloadDays == 7);
    CHECK(policy.personalDataDays == 365);
    CHECK(policy.documentDays == 180);
}
