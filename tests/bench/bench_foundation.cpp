// onewindow-bench-foundation: the foundation's two targets, measured in one run.
//  1. an intake decision commit (case, checklist lines, outbox row in one transaction): median, p95 and
//     p99 (target: p99 < 5 ms); a bare one-row insert transaction on the same database with the same
//     pragmas is printed beside it as a reference (the clerk waits for the preview, not the commit);
//  2. catalog search over 5,000 generated matters, Chinese and pinyin-initial queries: p50 / p99
//     (target: p99 < 2 ms).
#include "core/calendar/workingcalendar.h"
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogsearch.h"
#include "core/demo/demoidentities.h"
#include "core/security/accounts.h"
#include "core/security/audittrail.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"
#include "core/workflow/intakeservice.h"
#include "tests/bench/benchintake.h"
#include "tests/bench/benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtEndian>

#include <cstdio>
#include <functional>

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Which pages a decision writes, by table or index: the write-ahead log holds one frame per page a
// transaction changed, so after a truncating checkpoint the log lists exactly the decision's pages.
// Averaged over several decisions, as a page split now and then adds a few.
void printPagesPerDecision(ow::Database &db, const QString &walPath, int decisions, const std::function<bool()> &decide)
{
    QSqlQuery q(db.db());
    const auto checkpoint = [&] {
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.finish();
    };
    QMap<QString, int> byTree;
    int total = 0;
    quint32 pageSize = 0;
    for (int d = 0; d < decisions; ++d) {
        checkpoint();
        if (!decide()) {
            out << "decision failed\n";
            return;
        }
        QFile wal(walPath);
        if (!wal.open(QIODevice::ReadOnly)) {
            out << "cannot read " << walPath << '\n';
            return;
        }
        const QByteArray log = wal.readAll();
        pageSize = qFromBigEndian<quint32>(log.constData() + 8);
        QList<quint32> pages; // a 32-byte header, then frames: a 24-byte header (page number first) and the page
        for (qsizetype at = 32; at + 24 + qsizetype(pageSize) <= log.size(); at += 24 + pageSize)
            pages << qFromBigEndian<quint32>(log.constData() + at);
        checkpoint(); // dbstat reads the database file
        for (const quint32 page : pages) {
            q.prepare(QStringLiteral("SELECT name, pagetype FROM dbstat WHERE pageno = ?"));
            q.addBindValue(page);
            const bool found = q.exec() && q.next();
            // Page 1 is the database header (dbstat files it under sqlite_schema): written when the file grows.
            const QString tree = page == 1 ? QStringLiteral("page 1, the database header")
                                 : found   ? q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()
                                           : QStringLiteral("(freed)");
            byTree[tree]++;
            q.finish();
        }
        total += int(pages.size());
    }
    out << "pages written per decision: " << QString::number(double(total) / decisions, 'f', 1) << " of " << pageSize
        << " bytes (mean of " << decisions << "):\n";
    for (auto it = byTree.cbegin(); it != byTree.cend(); ++it)
        out << QStringLiteral("  %1  %2\n").arg(double(it.value()) / decisions, 5, 'f', 2).arg(it.key());
}

int benchCommit(int rounds, int history, bool listPages, const QString &dir)
{
    ow::Database db;
    QString error;
    if (!db.open(dir + QStringLiteral("/bench.db"), &error)) {
        out << "cannot open database: " << error << '\n';
        return 1;
    }
    const ow::CatalogLoadResult demo = ow::CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
    if (!demo.ok || !ow::CatalogRepository(db).importCatalog(demo.data).ok) {
        out << "cannot import the demo catalog\n";
        return 1;
    }
    QSqlQuery create(db.db());
    create.exec(QStringLiteral("CREATE TABLE bench_bare (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)"));

    const ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();
    owbench::BenchWindow bench(db, calendar, QStringLiteral("bench"));
    ow::IntakeService &window = bench.intake;
    QRandomGenerator rng(1);
    const QDate today(2026, 11, 27);
    const std::optional<owbench::TypicalIntake> typical = owbench::startTypicalIntake(window, rng, today, &error);
    if (!typical) {
        out << "cannot start a session: " << error << '\n';
        return 1;
    }
    const ow::IntakeSession &session = typical->session;
    const QSet<QString> &received = typical->received;

    // A hall PC's database is not empty: earlier decisions give the indexes their depth and spread.
    const QDateTime earlier = QDateTime(today.addDays(-1), QTime(9, 0)).toUTC();
    for (int i = 0; i < history; ++i) {
        const ow::DecisionResult r = window.decide(session, received, ow::Decision::Accept, {}, earlier);
        if (!r.ok) {
            out << "decision failed: " << r.error << '\n';
            return 1;
        }
    }
    if (listPages)
        printPagesPerDecision(db, dir + QStringLiteral("/bench.db-wal"), 50,
                              [&] { return window.decide(session, received, ow::Decision::Accept, {}, earlier).ok; });

    std::vector<double> decision, bare;
    const QDateTime now = QDateTime(today, QTime(10, 0)).toUTC();
    // Interleaved, so both see the same disk and cache conditions.
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const ow::DecisionResult r = window.decide(session, received, ow::Decision::Accept, {}, now);
        decision.push_back(msSince(t));
        if (!r.ok) {
            out << "decision failed: " << r.error << '\n';
            return 1;
        }
        t.restart();
        const bool ok = db.transaction([&] {
            QSqlQuery q(db.db());
            q.prepare(QStringLiteral("INSERT INTO bench_bare (payload) VALUES (?)"));
            q.addBindValue(QStringLiteral("one row"));
            return q.exec();
        });
        bare.push_back(msSince(t));
        if (!ok) {
            out << "bare insert failed\n";
            return 1;
        }
    }
    const double dMedian = owbench::percentile(decision, 50);
    const double bMedian = owbench::percentile(bare, 50);
    out << "decision commit: " << rounds << " rounds, " << session.checklist.lines.size()
        << " checklist lines each; journal_mode=WAL synchronous=FULL\n";
    out << QStringLiteral("  intake decision commit  median %1 ms  p95 %2 ms  p99 %3 ms   target p99 < 5 ms\n")
               .arg(dMedian, 0, 'f', 3)
               .arg(owbench::percentile(decision, 95), 0, 'f', 3)
               .arg(owbench::percentile(decision, 99), 0, 'f', 3);
    out << QStringLiteral("  bare one-row insert     median %1 ms  p95 %2 ms  p99 %3 ms   (reference)\n")
               .arg(bMedian, 0, 'f', 3)
               .arg(owbench::percentile(bare, 95), 0, 'f', 3)
               .arg(owbench::percentile(bare, 99), 0, 'f', 3);
    return 0;
}

// 5,000 matters: the demo catalog's names varied the way real catalogs vary them.
QList<ow::SearchEntry> generatedMatters(const ow::CatalogData &demo, int count)
{
    static const char *prefixes[] = {"", "市级", "区级", "街道", "开发区"};
    static const char *suffixes[] = {"",         "（新办）", "（变更）",     "（延续）",
                                     "（注销）", "（补办）", "（告知承诺）", "（跨省通办）"};
    QList<ow::SearchEntry> entries;
    int n = 0;
    while (entries.size() < count) {
        const ow::Matter &m = demo.matters.at(n % demo.matters.size());
        const int variant = n / int(demo.matters.size());
        ow::SearchEntry e;
        e.code = QStringLiteral("GEN-%1").arg(n, 5, 10, QLatin1Char('0'));
        e.name = QString::fromUtf8(prefixes[variant % 5]) + m.name + QString::fromUtf8(suffixes[(variant / 5) % 8]);
        if (variant >= 40)
            e.name += QStringLiteral("%1").arg(variant);
        e.department = m.department;
        entries << e;
        ++n;
    }
    return entries;
}

int benchSearch(int repeats)
{
    const ow::CatalogLoadResult demo = ow::CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
    if (!demo.ok)
        return 1;
    QElapsedTimer build;
    build.start();
    const ow::CatalogSearch search(generatedMatters(demo.data, 5000));
    const double buildMs = msSince(build);
    const QStringList chinese{
        QStringLiteral("食品"), QStringLiteral("经营许可"), QStringLiteral("不动产转移登记"),   QStringLiteral("社会保障卡"),
        QStringLiteral("户口"), QStringLiteral("登记"),     QStringLiteral("区市场监督管理局"), QStringLiteral("医")};
    const QStringList pinyin{QStringLiteral("spjy"), QStringLiteral("jyxk"), QStringLiteral("bdc"), QStringLiteral("shbzk"),
                             QStringLiteral("hk"),   QStringLiteral("dj"),   QStringLiteral("s"),   QStringLiteral("gtgsh")};
    out << "catalog search: " << search.size() << " matters, index built in " << QString::number(buildMs, 'f', 1) << " ms, "
        << repeats << " runs of each query\n";
    for (const auto &[label, queries] : {std::pair{"Chinese", chinese}, std::pair{"pinyin ", pinyin}}) {
        std::vector<double> samples;
        int hits = 0;
        for (int r = 0; r < repeats; ++r) {
            for (const QString &q : queries) {
                QElapsedTimer t;
                t.start();
                hits += int(search.search(q, 50).size());
                samples.push_back(msSince(t));
            }
        }
        out << QStringLiteral("  %1 queries  p50 %2 ms  p99 %3 ms  max %4 ms  (%5 hits)   target p99 < 2 ms\n")
                   .arg(QLatin1String(label))
                   .arg(owbench::percentile(samples, 50), 0, 'f', 3)
                   .arg(owbench::percentile(samples, 99), 0, 'f', 3)
                   .arg(owbench::percentile(samples, 100), 0, 'f', 3)
                   .arg(hits / repeats);
    }
    return 0;
}

} // namespace

// Sign-in at the programs' own PBKDF2 cost (ADR 0019): a right password, a wrong one, an unknown user (the
// three must cost alike, or the time tells which accounts exist), and the one sign-in that re-hashes a stored
// hash made at the old 120,000 iterations.
int benchSignIn(int rounds, const QString &dir)
{
    ow::Database db;
    QString error;
    if (!db.open(dir + QStringLiteral("/signin.sqlite"), &error)) {
        out << "cannot open database: " << error << '\n';
        return 1;
    }
    ow::AuditTrail audit(db);
    ow::Accounts accounts(db, audit);
    const QString password = QStringLiteral("counter-window-2026");
    if (!accounts.add(QStringLiteral("li.na"), QStringLiteral("李娜"), ow::Role::Clerk, password, &error)) {
        out << "cannot add the account: " << error << '\n';
        return 1;
    }
    const auto measure = [&](const QString &user, const QString &pass, bool expectOk) {
        std::vector<double> ms;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            const ow::SignInResult r = accounts.signIn(user, pass, QStringLiteral("XH"), 3, QDateTime::currentDateTimeUtc());
            ms.push_back(msSince(t));
            if (r.ok != expectOk)
                out << "unexpected sign-in result for " << user << '\n';
            accounts.unlock(QStringLiteral("li.na"), nullptr); // a lock-out would not change the cost; keep it clean
        }
        return owbench::percentileLine(ms, {50, 100}, 0);
    };
    out << "sign-in at " << ow::PasswordHasher::DefaultIterations << " PBKDF2-SHA256 iterations, " << rounds << " rounds each:\n";
    out << "  right password   " << measure(QStringLiteral("li.na"), password, true) << '\n';
    out << "  wrong password   " << measure(QStringLiteral("li.na"), QStringLiteral("counter-window-2025"), false) << '\n';
    out << "  unknown user     " << measure(QStringLiteral("wang.wu"), password, false) << '\n';

    ow::SignInPolicy old;
    old.hashIterations = 120000;
    ow::Accounts before(db, audit, old);
    if (!before.add(QStringLiteral("zhang.san"), QStringLiteral("张三"), ow::Role::Clerk, password, &error)) {
        out << "cannot add the old account: " << error << '\n';
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const bool first =
        accounts.signIn(QStringLiteral("zhang.san"), password, QStringLiteral("XH"), 3, QDateTime::currentDateTimeUtc()).ok;
    const double rehashMs = msSince(t);
    t.restart();
    const bool second =
        accounts.signIn(QStringLiteral("zhang.san"), password, QStringLiteral("XH"), 3, QDateTime::currentDateTimeUtc()).ok;
    out << QStringLiteral("  a 120,000-iteration hash: first sign-in (verify + re-hash) %1 ms, the next %2 ms%3\n")
               .arg(rehashMs, 0, 'f', 0)
               .arg(msSince(t), 0, 'f', 0)
               .arg(first && second ? QString() : QStringLiteral("  (SIGN-IN FAILED)"));
    return first && second ? 0 : 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*.debug=false\nonewindow.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Foundation benchmarks: decision commit, catalog search and sign-in."));
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("commit rounds (default 400)"), QStringLiteral("N"),
                                    QStringLiteral("400"));
    const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("search repeats (default 200)"),
                                     QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("folder for the database (default: a temporary folder; pick one on the "
                                                "disk the hall will use)"),
                                 QStringLiteral("DIR"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     QStringLiteral("decisions made before measuring, so the indexes have a hall PC's "
                                                    "depth (default 5000: a window's quarter)"),
                                     QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption pages(QStringLiteral("pages"), QStringLiteral("list the pages one decision writes, by table"));
    const QCommandLineOption signIns(QStringLiteral("sign-ins"), QStringLiteral("sign-in rounds of each kind (default 5)"),
                                     QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({rounds, repeats, dir, history, pages, signIns});
    parser.process(app);

    QTemporaryDir temp(parser.isSet(dir) ? parser.value(dir) + QStringLiteral("/bench-XXXXXX") : QString());
    out << "rss at start: " << owbench::residentKiB() << " KiB\n";
    int rc = benchCommit(parser.value(rounds).toInt(), parser.value(history).toInt(), parser.isSet(pages), temp.path());
    rc |= benchSearch(parser.value(repeats).toInt());
    rc |= benchSignIn(parser.value(signIns).toInt(), temp.path());
    out << "rss at end: " << owbench::residentKiB() << " KiB\n";
    out.flush();
    return rc;
}
