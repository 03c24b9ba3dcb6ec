// retention: what the retention policy removes from a store (docs/adr/0023-retention.md), or would.
#include "app/onewindowctl/ctlcommand.h"
#include "core/security/audittrail.h"
#include "core/storage/database.h"
#include "core/workflow/retentionjob.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ctl {

int retention(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Applies the retention policy: empties delivered payloads, removes the personal data of applicants "
                "no open case needs and the archived documents of closed cases, and gives the space back. Nothing "
                "pending, parked or open is touched. The days come from the window's settings (group "
                "\"retention\") unless given here. A real run first rewrites a store made by an older version "
                "once, which takes minutes on a large store: run it out of hours."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Ctl::tr("say what would be removed; change nothing"));
    const QCommandLineOption db(QStringList{QStringLiteral("db"), QStringLiteral("database")},
                                Ctl::tr("the database file (default: the window's)"), QStringLiteral("PATH"));
    const QCommandLineOption documents(
        QStringLiteral("documents"), Ctl::tr("the folder of archived documents (default: the window's)"), QStringLiteral("DIR"));
    const QCommandLineOption payloadDays(QStringLiteral("payload-days"), Ctl::tr("days a delivered revision is kept"),
                                         QStringLiteral("N"));
    const QCommandLineOption personalDays(QStringLiteral("personal-data-days"),
                                          Ctl::tr("days an applicant's personal data is kept after their last case closed"),
                                          QStringLiteral("N"));
    const QCommandLineOption documentDays(QStringLiteral("document-days"),
                                          Ctl::tr("days the archived documents of a closed case are kept"), QStringLiteral("N"));
    parser.addOptions({dryRun, db, documents, payloadDays, personalDays, documentDays});
    int code = 0;
    if (!parseArguments(parser, arguments, &code))
        return code;

    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("OneWindow"),
                             QStringLiteral("onewindow"));
    ow::RetentionJob::Options options;
    options.policy = ow::RetentionJob::policyFrom(settings);
    for (auto [option, days] :
         {std::pair{&payloadDays, &options.policy.payloadDays}, std::pair{&personalDays, &options.policy.personalDataDays},
          std::pair{&documentDays, &options.policy.documentDays}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *days = parser.value(*option).toInt(&ok);
        if (!ok || *days < 1) {
            err() << Ctl::tr("--%1 takes a number of days (1 or more).").arg(option->names().constFirst()) << '\n';
            return 2;
        }
    }
    options.documentsDir =
        parser.isSet(documents) ? parser.value(documents) : QDir(windowDataDirectory()).filePath(QStringLiteral("documents"));
    options.username = QStringLiteral("onewindowctl");

    const QString path =
        parser.isSet(db) ? parser.value(db) : QDir(windowDataDirectory()).filePath(QStringLiteral("onewindow.db"));
    ow::Database database;
    QString error;
    // Never makes a store: a path that names none is a mistake, not a request for an empty database.
    if (!QFileInfo::exists(path)) {
        err() << Ctl::tr("No database at %1.").arg(QDir::toNativeSeparators(path)) << '\n';
        return 1;
    }
    if (!database.open(path, &error)) {
        err() << error << '\n';
        return 1;
    }
    ow::AuditTrail audit(database);
    ow::RetentionJob job(database, &audit, options);
    ow::RetentionCounts counts;
    const bool dry = parser.isSet(dryRun);
    const bool ok = job.run(QDateTime::currentDateTimeUtc(), dry, true, &counts, &error);
    for (const QString &line : ow::RetentionJob::describe(counts, dry))
        out() << line << '\n';
    if (!ok) {
        err() << error << '\n';
        return 1;
    }
    return 0;
}

} // namespace ctl
