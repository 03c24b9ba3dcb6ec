// sync --once: one full round with the platform (docs/sync.md) from the command line, for administrators,
// scripts and training: push what waits, pull the catalog and the status changes, say what happened.
#include "app/onewindowctl/ctlcommand.h"
#include "core/storage/database.h"
#include "core/sync/syncclient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

namespace ctl {

namespace {

QByteArray readToken(const QCommandLineParser &parser, bool *ok)
{
    if (parser.isSet(QStringLiteral("token")))
        return parser.value(QStringLiteral("token")).toUtf8();
    QFile file(parser.value(QStringLiteral("token-file")));
    if (!file.open(QIODevice::ReadOnly)) {
        err() << Ctl::tr("Cannot read the token file %1.").arg(file.fileName()) << '\n';
        *ok = false;
        return {};
    }
    return file.readAll().trimmed();
}

void printReport(const ow::SyncRoundReport &r, const ow::SyncSnapshot &s, const QList<ow::ParkedItem> &parked)
{
    out() << Ctl::tr("platform: %1").arg(ow::connectivityName(s.connectivity)) << '\n';
    out() << Ctl::tr("cases: %1 delivered (%2 the platform already had), %3 to retry later, %4 refused")
                 .arg(r.casesDelivered)
                 .arg(r.casesAlreadyHeld)
                 .arg(r.casesRetrying)
                 .arg(r.casesParked)
          << '\n';
    out() << Ctl::tr("ratings: %1 delivered, %2 to retry later, %3 refused")
                 .arg(r.evaluationsDelivered)
                 .arg(r.evaluationsRetrying)
                 .arg(r.evaluationsParked)
          << '\n';
    if (r.catalogChanged)
        out() << Ctl::tr("catalog: imported, %1 matters added, %2 changed (new version), %3 withdrawn")
                     .arg(r.catalogImport.added)
                     .arg(r.catalogImport.changed)
                     .arg(r.catalogImport.removed)
              << '\n';
    else
        out() << (r.catalogChecked ? Ctl::tr("catalog: unchanged") : Ctl::tr("catalog: not checked")) << '\n';
    out() << Ctl::tr("status changes: %1 received, %2 applied").arg(r.statusChanges).arg(r.statusApplied) << '\n';
    if (r.statusChangesRemain)
        out() << Ctl::tr("status changes: more remain on the platform; the next round reads on") << '\n';
    out() << Ctl::tr("now: %1 waiting to be sent, %2 refused (parked), %3 ready for pick-up")
                 .arg(s.backlog)
                 .arg(s.parked)
                 .arg(s.readyForPickup)
          << '\n';
    for (const ow::ParkedItem &p : parked)
        out() << Ctl::tr("refused: %1 %2: %3")
                     .arg(p.caseNumber,
                          p.kind == ow::ParkedItem::Kind::Evaluation ? Ctl::tr("rating") : Ctl::tr("revision %1").arg(p.revision),
                          p.reason)
              << '\n';
    for (const QString &e : r.errors)
        err() << e << '\n';
}

} // namespace

int syncOnce(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Runs one full sync round with the central platform: sends the cases and "
                "ratings waiting in the outbox (each at most once), then fetches the catalog "
                "and the status changes. Exit 0 when all went well, 1 when the platform "
                "refused something (parked, listed here), 3 when it could not be reached, the round was cut short, "
                "or something is left to retry."));
    parser.addOption({QStringLiteral("once"), Ctl::tr("one round, then exit (required)")});
    parser.addOption({QStringLiteral("db"), Ctl::tr("the database file"), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("platform"), Ctl::tr("the platform's API address, e.g. https://platform.example/api/v1"),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("token"), Ctl::tr("this device's token (visible to other users: prefer --token-file)"),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("token-file"), Ctl::tr("a file holding this device's token"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ca-file"), Ctl::tr("extra CA certificates to trust (PEM)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("timeout"),
                      Ctl::tr("seconds one request may take in all, however the answer trickles in (default 60)"),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    parser.addOption(
        {QStringLiteral("allow-insecure"),
         Ctl::tr("allow a plain http:// platform address (demo and training only: the token and the data travel unencrypted)")});
    int code = 0;
    if (!parseArguments(parser, arguments, &code))
        return code;
    const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("platform")));
    if (!parser.isSet(QStringLiteral("once")) || !parser.isSet(QStringLiteral("db")) || !url.isValid()
        || (parser.isSet(QStringLiteral("token")) == parser.isSet(QStringLiteral("token-file")))) {
        err() << Ctl::tr("sync needs --once, --db PATH, --platform URL and one of --token or --token-file.") << '\n';
        return 2;
    }
    bool ok = true;
    ow::SyncSettings settings;
    settings.platformUrl = url;
    settings.token = readToken(parser, &ok);
    settings.caFile = parser.value(QStringLiteral("ca-file"));
    settings.allowInsecure = parser.isSet(QStringLiteral("allow-insecure"));
    settings.requestDeadline = std::chrono::seconds(std::clamp(parser.value(QStringLiteral("timeout")).toInt(), 1, 3600));
    settings.transferTimeout = std::min<std::chrono::milliseconds>(settings.transferTimeout, settings.requestDeadline);
    if (!ok)
        return 2;
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        err() << problem << '\n';
        return 2;
    }

    ow::Database db;
    QString error;
    if (!db.open(parser.value(QStringLiteral("db")), &error)) {
        err() << error << '\n';
        return 1;
    }
    QNetworkAccessManager network;
    ow::SyncClient client(db, &network, settings);
    const int reset = client.resetInterrupted(&error);
    if (reset > 0)
        out() << Ctl::tr("%n send(s) interrupted by an earlier run queued again", nullptr, reset) << '\n';
    ow::SyncRoundReport report;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&client, &ow::SyncClient::roundFinished, &loop, [&](const ow::SyncRoundReport &r) {
        report = r;
        finished = true;
        loop.quit();
    });
    client.runRound();
    if (!finished) // a round with nothing to ask the platform ends at once
        loop.exec();
    const ow::SyncSnapshot snapshot = client.snapshot();
    printReport(report, snapshot, client.parkedItems());
    if (!report.reachedPlatform)
        return 3;
    if (snapshot.parked > 0)
        return 1;
    // Anything not confirmed is not done: a script must not read "0" while cases wait to be sent again.
    const bool leftToRetry = report.casesRetrying > 0 || report.evaluationsRetrying > 0;
    return report.complete && !leftToRetry && report.errors.isEmpty() ? 0 : 3;
}

} // namespace ctl
