// What the clerk's window connects to, from the options: its database, the platform and the hall.
#include "app/onewindow/apptext.h"
#include "app/onewindow/roles/clerkrole.h"
#include "core/print/casedocument.h"

#include <QDir>
#include <QFile>
#include <QSettings>

namespace ow {

namespace {

bool readToken(const QString &path, QByteArray *token)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    *token = file.readAll().trimmed();
    return true;
}

} // namespace

bool clerkSetupFromOptions(const CommandLine &options, ClerkSetup *setup, QString *error)
{
    if (!loadCalendar(options, &setup->calendar, error))
        return false;
    setup->databasePath = options.databasePath.value_or(QDir(dataDirectory()).filePath(QStringLiteral("onewindow.db")));
    setup->hallCode = options.hallCode;
    setup->hallName = options.hallName.value_or(options.hallCode);
    // The hall's progress-lookup page is the same for every window: the settings file ([documents] queryLink)
    // holds it once per PC, --query-link overrides it.
    setup->queryLinkTemplate =
        options.queryLink.value_or(QSettings().value(QStringLiteral("documents/queryLink")).toString()).trimmed();
    if (const QString problem = queryLinkTemplateProblem(setup->queryLinkTemplate); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (options.platformUrl) {
        setup->sync.platformUrl = QUrl(*options.platformUrl);
        if (!readToken(options.tokenFile.value_or(QString()), &setup->sync.token)) {
            *error = AppText::tr("--platform needs --token-file with this device's token.");
            return false;
        }
        setup->sync.caFile = options.caFile;
        setup->sync.allowInsecure = options.allowInsecure;
        if (const QString problem = setup->sync.problem(); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    if (options.hallService) {
        QByteArray token;
        if (!readToken(options.hallTokenFile.value_or(QString()), &token)) {
            *error = AppText::tr("--hall-service needs --hall-token-file with this window's token.");
            return false;
        }
        setup->hall = hallClientOptions(options, token);
    }
    return true;
}

bool buildClerk(RoleContext &context, QString *error)
{
    ClerkSetup setup;
    return clerkSetupFromOptions(context.options, &setup, error) && buildClerkWindow(context, setup, error);
}

} // namespace ow
