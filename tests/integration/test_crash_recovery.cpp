// Power-cut drill: starts crash_child on one database 50 times and SIGKILLs it after a random 20-300 ms.
// Every case number the child reported as committed must exist afterwards with its outbox row, no number
// may be issued twice, and DatabaseCheck must find nothing wrong.
// Repeat a run with OW_CRASH_SEED=<seed printed below>.
#include "core/storage/caserepository.h"
#include "core/storage/database.h"
#include "core/storage/databasecheck.h"
#include "core/storage/outbox.h"
#include "tests/support/test_support.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 50;

quint32 crashSeed()
{
    bool ok = false;
    const quint32 fixed = qEnvironmentVariable("OW_CRASH_SEED").toUInt(&ok);
    return ok ? fixed : QRandomGenerator::system()->generate();
}

} // namespace

TEST_CASE("decisions reported as committed survive SIGKILL at any moment")
{
    const QString child = QStringLiteral(ONEWINDOW_CRASH_CHILD);
    REQUIRE(QFile::exists(child));
    const quint32 seed = crashSeed();
    std::printf("crash test seed: %u (set OW_CRASH_SEED to repeat)\n", seed);
    std::fflush(stdout);
    CAPTURE(seed);
    QRandomGenerator rng(seed);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"crash/onewindow.sqlite"_s); // the child creates the folder too
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"onewindow.*.info=false;onewindow.*.debug=false"_s);

    QStringList reported;
    int killedWhileRunning = 0;
    for (int run = 0; run < Runs; ++run) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(child, {path});
        REQUIRE(process.waitForStarted(5000));
        const int delay = int(rng.bounded(20, 301));
        // waitForFinished returning true means the child stopped by itself: that is a failure to explain.
        const bool finishedEarly = process.waitForFinished(delay);
        if (!finishedEarly) {
            process.kill(); // SIGKILL on Unix: no destructors, no atexit, no flush
            REQUIRE(process.waitForFinished(5000));
            ++killedWhileRunning;
        }
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        INFO("run " << run << " after " << delay << " ms; stderr: " << err.toStdString());
        CHECK_FALSE(finishedEarly);
        CHECK_FALSE(err.contains(u"ERROR"_s));
        // Only whole lines count: a line without its newline was never fully promised.
        const QStringList lines = out.split(u'\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i).startsWith(u"COMMITTED "_s))
                reported << lines.at(i).mid(10);
        }
    }
    std::printf("crash test: %d kills, %lld decisions reported\n", killedWhileRunning, qlonglong(reported.size()));
    CHECK(killedWhileRunning == Runs);
    CHECK_FALSE(reported.isEmpty());

    const QSet<QString> unique(reported.cbegin(), reported.cend());
    CHECK(unique.size() == reported.size()); // no case number handed out twice across crashes

    ow::Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    const QStringList problems = ow::DatabaseCheck::problems(db.db());
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());

    ow::CaseRepository cases(db);
    int missing = 0;
    int withoutOutbox = 0;
    for (const QString &number : reported) {
        const std::optional<ow::Case> c = cases.byCaseNumber(number);
        if (!c) {
            ++missing;
            UNSCOPED_INFO("lost: " << number.toStdString());
            continue;
        }
        QSqlQuery q(db.db());
        REQUIRE(q.prepare(u"SELECT count(*) FROM outbox WHERE case_id = ? AND revision = 1"_s));
        q.addBindValue(c->id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        if (q.value(0).toInt() != 1)
            ++withoutOutbox;
    }
    CHECK(missing == 0);
    CHECK(withoutOutbox == 0);

    // Whatever a kill left 'sending' goes back to pending at the next start.
    ow::Outbox outbox(db);
    CHECK(outbox.resetStaleSending(&error) >= 0);
    CHECK(outbox.counts().sending == 0);
}
