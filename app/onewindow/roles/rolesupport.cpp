#include "app/onewindow/apptext.h"
#include "app/onewindow/roles/roles.h"
#include "core/calendar/workingcalendar.h"
#include "core/hall/client/hallclient.h"

#include <QFile>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QUrl>

namespace ow {

HallClient *makeHallFaceClient(RoleContext &context, QString *error)
{
    const CommandLine &options = context.options;
    QFile file(options.hallTokenFile.value_or(QString()));
    if (!options.hallService || !options.hallTokenFile || !file.open(QIODevice::ReadOnly)) {
        *error = AppText::tr("--role %1 needs --hall-service URL and --hall-token-file FILE.").arg(options.role);
        return nullptr;
    }
    return context.objects.make<HallClient>(hallClientOptions(options, file.readAll().trimmed()), context.network);
}

HallClient::Options hallClientOptions(const CommandLine &options, const QByteArray &token)
{
    HallClient::Options hall{QUrl(options.hallService.value_or(QString())), token};
    if (!options.caFile.isEmpty())
        hall.caCertificates = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
    return hall;
}

bool loadCalendar(const CommandLine &options, WorkingCalendar *calendar, QString *error)
{
    *calendar = WorkingCalendar::builtIn();
    for (const QString &file : options.calendarFiles) {
        QString detail;
        if (!calendar->loadFile(file, &detail)) {
            *error = AppText::tr("The calendar file was not loaded:\n%1").arg(detail);
            return false;
        }
    }
    return true;
}

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace ow
