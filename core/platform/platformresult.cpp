#include "core/platform/platformresult.h"

#include "core/platform/platformlog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ow {

Q_LOGGING_CATEGORY(lcPlatform, "onewindow.platform", QtWarningMsg)

namespace PlatformProblem {

namespace {

QString reasonPhrase(int status)
{
    switch (status) {
    case 400: return u"Bad Request"_s;
    case 401: return u"Unauthorized"_s;
    case 404: return u"Not Found"_s;
    case 409: return u"Conflict"_s;
    case 413: return u"Payload Too Large"_s;
    case 422: return u"Unprocessable Entity"_s;
    case 429: return u"Too Many Requests"_s;
    case 500: return u"Internal Server Error"_s;
    case 503: return u"Service Unavailable"_s;
    default: return u"Error"_s;
    }
}

} // namespace

PlatformResult make(int status, const char16_t *type, const QString &detail)
{
    return {status, QJsonObject{{u"type"_s, QString::fromUtf16(type)},
                                {u"title"_s, reasonPhrase(status)},
                                {u"status"_s, status},
                                {u"detail"_s, detail}}};
}

} // namespace PlatformProblem
} // namespace ow
