// import-catalog, check-db and seed-demo: the commands that open a database.
#include "app/onewindowctl/ctlcommand.h"
#include "core/calendar/workingcalendar.h"
#include "core/catalog/catalogloader.h"
#include "core/demo/demoseeder.h"
#include "core/security/auditchain.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"
#include "core/storage/databasecheck.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace ctl {

namespace {

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), Ctl::tr("the database file"), QStringLiteral("PATH"));
}

// The common parse, and every command here needs --db.
bool parseArgs(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    return parseRequiring(parser, arguments, {QStringLiteral("db")}, Ctl::tr("--db PATH is required."), exitCode);
}

bool openDatabase(ow::Database &db, const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    permitNewDatabaseIfAsked(parser, path);
    QString error;
    if (!db.open(path, &error)) {
        err() << error << '\n';
        return false;
    }
    return true;
}

} // namespace

int importCatalog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Imports a matter catalog (docs/catalog-format.md). A file with any error is "
                                             "refused whole: every error is printed as FILE:LINE: message and nothing "
                                             "is imported. A changed matter gets a new version; decided cases keep theirs."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Ctl::tr("the catalog JSON file"));
    parser.addOption(dbOption());
    addNewDatabaseOption(parser);
    int code = 0;
    if (!parseArgs(parser, arguments, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err() << Ctl::tr("import-catalog takes exactly one FILE.") << '\n';
        return 2;
    }
    const ow::CatalogLoadResult loaded = ow::CatalogLoader::load(files.first());
    if (!loaded.ok) {
        for (const QString &e : loaded.errors)
            err() << e << '\n';
        err() << Ctl::tr("%n error(s); nothing was imported.", nullptr, int(loaded.errors.size())) << '\n';
        return 1;
    }
    ow::Database db;
    if (!openDatabase(db, parser))
        return 1;
    const ow::ImportReport report = ow::CatalogRepository(db).importCatalog(loaded.data);
    if (!report.ok) {
        err() << report.error << '\n';
        return 1;
    }
    out() << Ctl::tr("imported %1: %2 matters added, %3 changed (new version), %4 unchanged, %5 withdrawn; "
                     "%6 material kinds, %7 bundles")
                 .arg(QFileInfo(files.first()).fileName())
                 .arg(report.added)
                 .arg(report.changed)
                 .arg(report.unchanged)
                 .arg(report.removed)
                 .arg(report.materialKinds)
                 .arg(report.bundles)
          << '\n';
    return 0;
}

int checkDb(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr(
        "Checks a database: SQLite integrity, foreign keys, and orphans (cases without "
        "matters or outbox rows, outbox rows ahead of their case) and the audit trail's hash chain. Exit 1 on any problem."));
    parser.addOption(dbOption());
    int code = 0;
    if (!parseArgs(parser, arguments, &code))
        return code;
    const QString path = parser.value(QStringLiteral("db"));
    // Read-only: a check never migrates or writes what it checks. An empty or foreign file is an error
    // (Database::openReadOnly), and an older schema is reported as it is, not upgraded.
    ow::Database db;
    QString error;
    if (!db.openReadOnly(path, &error)) {
        err() << error << '\n';
        return 1;
    }
    // Told, not counted as a problem: the data is sound, only who may read it is wrong.
    if (!db.privacyWarning().isEmpty())
        err() << Ctl::tr("warning: %1").arg(db.privacyWarning()) << '\n';
    const int latest = ow::Migrations::latestVersion();
    const bool current = db.schemaVersion() == latest;
    // The outbox and case rules read the latest schema's tables; an older file gets SQLite's own checks.
    QStringList problems = current ? ow::DatabaseCheck::problems(db.db()) : ow::DatabaseCheck::fileProblems(db.db());
    if (current) {
        // The audit trail's chain too: the first broken row, as onewindowctl audit verify says it.
        const ow::AuditVerdict audit = ow::verifyAuditChain(db.db(), path);
        if (!audit.ok)
            problems.append(audit.problem);
    }
    for (const QString &p : problems)
        out() << p << '\n';
    if (db.schemaVersion() > latest) {
        err() << Ctl::tr("%1 has schema version %2, newer than this program knows (%3): use a newer onewindowctl.")
                     .arg(path)
                     .arg(db.schemaVersion())
                     .arg(latest)
              << '\n';
        return 1;
    }
    if (!problems.isEmpty()) {
        err() << Ctl::tr("%n problem(s) found.", nullptr, int(problems.size())) << '\n';
        return 1;
    }
    if (!current) {
        out() << Ctl::tr("ok: %1 is sound at schema version %2, older than this program's %3; it was not changed "
                         "(the window or the hall service upgrades it when it opens it)")
                     .arg(path)
                     .arg(db.schemaVersion())
                     .arg(latest)
              << '\n';
        return 0;
    }
    out() << Ctl::tr("ok: %1 is clean (schema version %2)").arg(path).arg(db.schemaVersion()) << '\n';
    return 0;
}

int seedDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Makes N realistic decisions through the real checklist engine on the catalog "
                                             "in the database (varied applicants, matters, bundles, situations and outcomes). "
                                             "If the database has no catalog, the demo catalog is imported first."));
    parser.addOption(dbOption());
    const QCommandLineOption cases(QStringLiteral("cases"), Ctl::tr("how many decisions (default 100)"), QStringLiteral("N"),
                                   QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"), Ctl::tr("random seed, for the same data again"), QStringLiteral("S"),
                                  QStringLiteral("20261128"));
    const QCommandLineOption hall(QStringLiteral("hall"), Ctl::tr("hall code in the case numbers (default DEMO)"),
                                  QStringLiteral("CODE"), QStringLiteral("DEMO"));
    const QCommandLineOption windows(QStringLiteral("windows"), Ctl::tr("number of windows taking cases (default 6)"),
                                     QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption days(QStringLiteral("days"), Ctl::tr("spread over this many working days up to today (default 10)"),
                                  QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption delivered(
        QStringLiteral("delivered"),
        Ctl::tr("mark every revision confirmed by the platform a minute after it was made (for benchmarks; the demo's "
                "platform then never receives them)"));
    parser.addOptions({cases, seed, hall, windows, days, delivered});
    addNewDatabaseOption(parser);
    int code = 0;
    if (!parseArgs(parser, arguments, &code))
        return code;

    ow::SeedOptions options;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    options.cases = parser.value(cases).toInt(&ok1);
    options.seed = parser.value(seed).toUInt(&ok2);
    options.windows = parser.value(windows).toInt(&ok3);
    options.workingDays = parser.value(days).toInt(&ok4);
    options.hallCode = parser.value(hall).trimmed().toUpper();
    options.delivered = parser.isSet(delivered);
    if (!ok1 || options.cases < 0 || options.cases > 10'000'000 || !ok2 || !ok3 || options.windows < 1 || options.windows > 99
        || !ok4 || options.workingDays < 1 || options.hallCode.isEmpty()) {
        err() << Ctl::tr("--cases, --seed, --windows (1-99) and --days need whole numbers; --hall a code.") << '\n';
        return 2;
    }

    ow::Database db;
    if (!openDatabase(db, parser))
        return 1;
    ow::CatalogRepository catalogs(db);
    QString error;
    if (catalogs.loadCurrent(&error).matters.isEmpty()) {
        const ow::CatalogLoadResult demo = ow::CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
        if (!demo.ok) {
            err() << demo.errors.join(u'\n') << '\n';
            return 1;
        }
        const ow::ImportReport imported = catalogs.importCatalog(demo.data);
        if (!imported.ok) {
            err() << imported.error << '\n';
            return 1;
        }
        out() << Ctl::tr("imported the demo catalog: %1 matters, %2 bundles").arg(imported.added).arg(imported.bundles) << '\n';
    }

    const ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();
    QElapsedTimer timer;
    timer.start();
    const ow::SeedReport report = ow::DemoSeeder(db, calendar).run(options);
    if (!report.ok) {
        err() << Ctl::tr("seed-demo stopped after %n decision(s): ", nullptr, report.committed) << report.error << '\n';
        return 1;
    }
    out() << Ctl::tr("%1 decisions in %2 ms: %3 accepted, %4 accepted with deficiency, %5 one-time notices, %6 not accepted; "
                     "%7 bundles, %8 organisations, %9 second trips")
                 .arg(report.committed)
                 .arg(timer.elapsed())
                 .arg(report.byDecision.value(ow::Decision::Accept))
                 .arg(report.byDecision.value(ow::Decision::AcceptWithDeficiency))
                 .arg(report.byDecision.value(ow::Decision::OneTimeNotice))
                 .arg(report.byDecision.value(ow::Decision::NotAccepted))
                 .arg(report.bundleCases)
                 .arg(report.organisationCases)
                 .arg(report.returnVisits)
          << '\n'
          << Ctl::tr("%1 supplements brought back, %2 checklist lines reused from earlier cases")
                 .arg(report.supplements)
                 .arg(report.reusedLines)
          << '\n';
    return 0;
}

} // namespace ctl
