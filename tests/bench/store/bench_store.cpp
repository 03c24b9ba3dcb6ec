// onewindow-bench-store: a counter PC's store at scale (issue #13, "fast at a million cases").
// Builds a store of --cases N (tests/bench/store/storebuilder.h) or reuses --store FILE, then prints:
// case search p50/p99 by kind of query (names, ID tails, case numbers ...), the newest-first list, cold
// start to the sign-in dialog and to the first case list (a fresh process each time, the page cache as it
// is), file size per case (before and after retention), and the decision commit p99 on that store.
// Targets on the project's 2-core machine: search p99 < 50 ms, list < 20 ms, decision commit p99 < 5 ms.
#include "core/calendar/workingcalendar.h"
#include "core/demo/demoidentities.h"
#include "core/security/audittrail.h"
#include "core/storage/caserepository.h"
#include "core/storage/casesearch.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/workflow/intakeservice.h"
#include "core/workflow/retentionjob.h"
#include "tests/bench/benchintake.h"
#include "tests/bench/benchsupport.h"
#include "tests/bench/store/storebuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString figures(const std::vector<double> &samples)
{
    return QStringLiteral("p50 %1 ms  p99 %2 ms  max %3 ms")
        .arg(owbench::percentile(samples, 50), 0, 'f', 2)
        .arg(owbench::percentile(samples, 99), 0, 'f', 2)
        .arg(owbench::percentile(samples, 100), 0, 'f', 2);
}

// CaseRepository::search before schema 12: every case and applicant read with LIKE '%text%'.
QStringList oldSearch(const QSqlDatabase &db, const QString &text, int limit)
{
    QString like = text;
    like.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"));
    like = QLatin1Char('%') + like.replace(QLatin1Char('_'), QStringLiteral("\\_")) + QLatin1Char('%');
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.id FROM cases c JOIN applicants a ON a.id = c.applicant_id"
                             " WHERE c.case_number LIKE ? ESCAPE '\\' OR c.query_code = ? OR c.official_number LIKE ? ESCAPE '\\'"
                             " OR a.name LIKE ? ESCAPE '\\' OR a.id_number LIKE ? ESCAPE '\\'"
                             " ORDER BY c.created_at DESC, c.rowid DESC LIMIT ?"));
    for (const QVariant &v : QVariantList{like, text.toUpper(), like, like, like, limit})
        q.addBindValue(v);
    q.exec();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

// Retention with every kind at the same number of days, through the job the window and onewindowctl run
// (a store made before incremental vacuum is rewritten once first, as `onewindowctl retention` does).
bool runRetention(ow::Database &db, int days)
{
    QElapsedTimer t;
    t.start();
    ow::AuditTrail audit(db);
    ow::RetentionJob::Options options;
    options.policy = {days, days, days};
    options.username = QStringLiteral("bench");
    ow::RetentionJob job(db, &audit, options);
    ow::RetentionCounts counts;
    QString error;
    if (!job.run(QDateTime::currentDateTimeUtc(), false, true, &counts, &error)) {
        out << "retention failed: " << error << '\n';
        return false;
    }
    out << QStringLiteral(
               "retention after %1 days: %2 delivered revisions removed, %3 applicants reduced, %4 KiB given back in %5 s\n")
               .arg(days)
               .arg(counts.payloads)
               .arg(counts.applicants)
               .arg(counts.bytesFreed / 1024)
               .arg(msSince(t) / 1000, 0, 'f', 1);
    return true;
}

qint64 fileBytes(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.finish();
    q.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void printSize(const QSqlDatabase &db, int cases, bool byTable)
{
    const qint64 bytes = fileBytes(db);
    out << QStringLiteral("file size: %1 MB, %2 bytes per case\n")
               .arg(double(bytes) / 1e6, 0, 'f', 1)
               .arg(bytes / std::max(1, cases));
    if (!byTable)
        return;
    QSqlQuery q(db); // the search index's own share, and the largest tables
    q.exec(QStringLiteral("SELECT CASE WHEN name LIKE 'case_search%' OR name LIKE 'applicant_search%' THEN 'search index (fts5)'"
                          " ELSE name END AS part, sum(pgsize) FROM dbstat GROUP BY part ORDER BY 2 DESC LIMIT 8"));
    while (q.next())
        out << QStringLiteral("  %1 bytes per case  %2\n")
                   .arg(q.value(1).toLongLong() / std::max(1, cases), 6)
                   .arg(q.value(0).toString());
}

struct Kind {
    const char *label;
    QString (*query)(const QString &name, const QString &idNumber, const QString &caseNumber, const QString &code,
                     const QString &official);
};

const Kind kKinds[] = {
    {"name (full)", [](auto &n, auto &, auto &, auto &, auto &) { return n; }},
    {"name (2 characters)", [](auto &n, auto &, auto &, auto &, auto &) { return n.left(2); }},
    {"surname (1 character)", [](auto &n, auto &, auto &, auto &, auto &) { return n.left(1); }},
    {"ID tail (last 4)", [](auto &, auto &id, auto &, auto &, auto &) { return id.right(4); }},
    {"ID tail (last 6)", [](auto &, auto &id, auto &, auto &, auto &) { return id.right(6); }},
    {"case number (whole)", [](auto &, auto &, auto &c, auto &, auto &) { return c; }},
    {"case number (day-window)", [](auto &, auto &, auto &c, auto &, auto &) { return c.mid(5, 11); }},
    {"query code", [](auto &, auto &, auto &, auto &q, auto &) { return q; }},
    {"official number", [](auto &, auto &, auto &, auto &, auto &o) { return o; }},
};

void benchSearch(ow::Database &db, int perKind, int compareOld)
{
    const QSqlDatabase sql = db.db();
    QSqlQuery q(sql);
    q.exec(QStringLiteral("SELECT max(rowid) FROM cases"));
    const qint64 maxRow = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    QRandomGenerator rng(7);
    out << "case search, " << perKind << " queries of each kind, limit 50 (ids; with the cases loaded as the window does):\n";
    std::vector<double> all;
    for (const Kind &kind : kKinds) {
        std::vector<double> ids, loaded, old;
        int hits = 0, equal = 0;
        QString slowest;
        double slowestMs = -1;
        for (int i = 0; i < perKind; ++i) {
            q.prepare(QStringLiteral("SELECT a.name, a.id_number, c.case_number, c.query_code, coalesce(c.official_number, '')"
                                     " FROM cases c JOIN applicants a ON a.id = c.applicant_id WHERE c.rowid >= ? LIMIT 1"));
            q.addBindValue(1 + qint64(rng.bounded(quint64(maxRow))));
            if (!q.exec() || !q.next())
                continue;
            const QString text = kind.query(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                            q.value(3).toString(), q.value(4).toString());
            q.finish();
            if (text.isEmpty()) {
                --i; // no official number yet: draw another case
                continue;
            }
            QElapsedTimer t;
            t.start();
            const QStringList found = ow::CaseSearch::matching(sql, text, 50);
            ids.push_back(msSince(t));
            hits += int(found.size());
            t.restart();
            ow::CaseRepository(db).search(text, 50);
            loaded.push_back(msSince(t));
            if (loaded.back() > slowestMs) {
                slowestMs = loaded.back();
                slowest = text;
            }
            if (i < compareOld) {
                t.restart();
                equal += oldSearch(sql, text, 50) == found ? 1 : 0;
                old.push_back(msSince(t));
            }
        }
        all.insert(all.end(), loaded.begin(), loaded.end());
        out << QStringLiteral("  %1  ids %2 | loaded %3  (%4 hits on average)\n")
                   .arg(QLatin1String(kind.label), -25)
                   .arg(figures(ids), figures(loaded))
                   .arg(double(hits) / std::max(1, perKind), 0, 'f', 1);
        out << QStringLiteral("  %1  slowest: \"%2\" %3 ms\n").arg(QString(), -25).arg(slowest).arg(slowestMs, 0, 'f', 2);
        if (!old.empty())
            out << QStringLiteral("  %1  old LIKE scan: %2 over %3 queries, same answer in %4\n")
                       .arg(QString(), -25)
                       .arg(figures(old))
                       .arg(old.size())
                       .arg(equal);
    }
    out << "  every kind together, loaded: " << figures(all) << "   target p99 < 50 ms\n";
}

void benchList(ow::Database &db)
{
    std::vector<double> samples;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        ow::CaseRepository(db).search({}, 50);
        samples.push_back(msSince(t));
    }
    out << "newest-first list, first page of 50 with the cases loaded: " << figures(samples) << "   target < 20 ms\n";
}

// The program started again for each run: what a clerk's morning start costs on this store.
void benchColdStart(const QString &path)
{
    out << "cold start (a fresh process each run, the page cache as it is):\n";
    for (int run = 0; run < 3; ++run) {
        QProcess child;
        QElapsedTimer t;
        t.start();
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--cold-start"), path});
        child.waitForFinished(600000);
        const double wall = msSince(t);
        out << "  " << QString::fromUtf8(child.readAllStandardOutput()).trimmed().replace(QLatin1Char('\n'), QLatin1String(", "))
            << QStringLiteral(", process start to exit %1 ms\n").arg(wall, 0, 'f', 1);
    }
}

int coldStart(const QString &path, const QElapsedTimer &sinceMain)
{
    ow::Database db;
    QString error;
    if (!db.open(path, &error)) {
        out << "cannot open: " << error << '\n';
        return 1;
    }
    out << QStringLiteral("open + migrate (to the sign-in dialog) %1 ms\n").arg(msSince(sinceMain), 0, 'f', 1);
    out.flush();
    ow::CaseRepository(db).search({}, 50);
    out << QStringLiteral("first case list %1 ms\n").arg(msSince(sinceMain), 0, 'f', 1);
    return 0;
}

// The counter's decision, as onewindow-bench-foundation makes it, on this store.
int benchDecision(ow::Database &db, int rounds)
{
    const ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();
    owbench::BenchWindow bench(db, calendar, QStringLiteral("bench"));
    QRandomGenerator rng(1);
    QString error;
    const std::optional<owbench::TypicalIntake> typical =
        owbench::startTypicalIntake(bench.intake, rng, QDate::currentDate(), &error);
    if (!typical) {
        out << "cannot start a session: " << error << '\n';
        return 1;
    }
    std::vector<double> samples;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const ow::DecisionResult r =
            bench.intake.decide(typical->session, typical->received, ow::Decision::Accept, {}, QDateTime::currentDateTimeUtc());
        samples.push_back(msSince(t));
        if (!r.ok) {
            out << "decision failed: " << r.error << '\n';
            return 1;
        }
    }
    out << "decision commit, " << rounds << " rounds: " << figures(samples)
        << QStringLiteral("  p95 %1 ms   target p99 < 5 ms\n").arg(owbench::percentile(samples, 95), 0, 'f', 2);
    return 0;
}

// Opens the store; one an earlier release built (--store FILE) is upgraded by this open, which is what a
// counter PC waits once, so the time is printed.
bool openStore(ow::Database &db, const QString &path, bool build)
{
    QString error;
    int storedSchema = 0;
    if (!build) {
        ow::Database before;
        if (!before.openReadOnly(path, &error)) {
            out << "cannot open " << path << ": " << error << '\n';
            return false;
        }
        storedSchema = before.schemaVersion();
    }
    QElapsedTimer opening;
    opening.start();
    if (!db.open(path, &error)) {
        out << "cannot open " << path << ": " << error << '\n';
        return false;
    }
    if (!build && storedSchema < db.schemaVersion())
        out << QStringLiteral("migration from schema %1 to %2 on this store: %3 s\n")
                   .arg(storedSchema)
                   .arg(db.schemaVersion())
                   .arg(msSince(opening) / 1000, 0, 'f', 1);
    return true;
}

int countCases(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM cases"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*.debug=false\nonewindow.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The store at scale: search, list, cold start, size, decision commit."));
    parser.addHelpOption();
    const QCommandLineOption cases(QStringLiteral("cases"), QStringLiteral("cases to build (default 20000)"), QStringLiteral("N"),
                                   QStringLiteral("20000"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("the store's file: built when missing, reused when there"),
                                   QStringLiteral("FILE"));
    const QCommandLineOption queries(QStringLiteral("queries"), QStringLiteral("queries of each kind (default 100)"),
                                     QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption compare(QStringLiteral("compare-old"),
                                     QStringLiteral("queries of each kind also run as the old LIKE scan (default 2)"),
                                     QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("decision commits (default 300)"),
                                    QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption retention(QStringLiteral("retention-days"),
                                       QStringLiteral("run retention with this many days, then print the size again"),
                                       QStringLiteral("M"));
    const QCommandLineOption cold(QStringLiteral("cold-start"), QStringLiteral("(internal) one cold start of FILE"),
                                  QStringLiteral("FILE"));
    parser.addOptions({cases, store, queries, compare, rounds, retention, cold});
    parser.process(app);
    if (parser.isSet(cold))
        return coldStart(parser.value(cold), sinceMain);

    QTemporaryDir temp;
    const QString path = parser.isSet(store) ? parser.value(store) : temp.filePath(QStringLiteral("bench-store.sqlite"));
    const bool build = !QFileInfo::exists(path);
    ow::Database db;
    QString error;
    if (!openStore(db, path, build))
        return 1;
    if (build) {
        owbench::StoreShape shape;
        shape.cases = parser.value(cases).toInt();
        QElapsedTimer t;
        t.start();
        const bool ok = owbench::buildStore(db, shape, &error, [&](int done, int total) {
            out << QStringLiteral("\rbuilding: %1 / %2 cases, %3 s").arg(done).arg(total).arg(msSince(t) / 1000, 0, 'f', 0);
            out.flush();
        });
        if (!ok) {
            out << "\ncannot build the store: " << error << '\n';
            return 1;
        }
        out << QStringLiteral("\nbuilt %1 cases in %2 s (%3 cases/s) at %4\n")
                   .arg(shape.cases)
                   .arg(msSince(t) / 1000, 0, 'f', 1)
                   .arg(shape.cases / (msSince(t) / 1000), 0, 'f', 0)
                   .arg(path);
    }
    const int total = countCases(db.db());
    out << "store: " << total << " cases, schema " << db.schemaVersion() << '\n';
    printSize(db.db(), total, true);
    benchList(db);
    benchSearch(db, parser.value(queries).toInt(), parser.value(compare).toInt());
    benchColdStart(path);
    int rc = benchDecision(db, parser.value(rounds).toInt());
    if (parser.isSet(retention) && runRetention(db, parser.value(retention).toInt()))
        printSize(db.db(), total, true);
    out.flush();
    return rc;
}
