#include "core/hall/server/hallhttp.h"

#include "core/hall/protocol/halltext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ow::hallhttp {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString title(Status status)
{
    switch (status) {
    case Status::BadRequest: return u"Bad Request"_s;
    case Status::Unauthorized: return u"Unauthorized"_s;
    case Status::Forbidden: return u"Forbidden"_s;
    case Status::NotFound: return u"Not Found"_s;
    case Status::MethodNotAllowed: return u"Method Not Allowed"_s;
    case Status::Conflict: return u"Conflict"_s;
    case Status::UpgradeRequired: return u"Upgrade Required"_s;
    case Status::RequestTimeout: return u"Request Timeout"_s;
    case Status::LengthRequired: return u"Length Required"_s;
    case Status::PayloadTooLarge: return u"Payload Too Large"_s;
    case Status::UriTooLong: return u"URI Too Long"_s;
    case Status::RequestHeaderFieldsTooLarge: return u"Request Header Fields Too Large"_s;
    case Status::NotImplemented: return u"Not Implemented"_s;
    case Status::ServiceUnavailable: return u"Service Unavailable"_s;
    default: return u"Error"_s;
    }
}

} // namespace

QHttpServerResponse json(const QJsonObject &body, Status status)
{
    return QHttpServerResponse("application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QByteArray problemBody(Status status, const QString &code, const QString &detail)
{
    const QJsonObject body{{u"type"_s, QString(u"urn:onewindow:hall:"_s + code)},
                           {u"title"_s, title(status)},
                           {u"status"_s, int(status)},
                           {u"code"_s, code},
                           {u"detail"_s, detail}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray reasonPhrase(Status status)
{
    return title(status).toLatin1();
}

QHttpServerResponse problem(Status status, const QString &code, const QString &detail)
{
    QHttpServerResponse response("application/problem+json", problemBody(status, code, detail), status);
    if (status == Status::Unauthorized)
        response.setHeader("WWW-Authenticate", "Bearer realm=\"onewindow-hall\"");
    return response;
}

QHttpServerResponse badRequest(const QString &message, const QString &code)
{
    return problem(Status::BadRequest, code, message);
}

QHttpServerResponse methodNotAllowed()
{
    return problem(Status::MethodNotAllowed, u"method_not_allowed"_s, HallText::tr("This path does not take that method."));
}

QHttpServerResponse unauthorized()
{
    return problem(Status::Unauthorized, u"unauthorized"_s,
                   HallText::tr("A device token is needed: send \"Authorization: Bearer TOKEN\"."));
}

QHttpServerResponse forbidden()
{
    return problem(Status::Forbidden, u"forbidden"_s, HallText::tr("This device's role may not do that here."));
}

QHttpServerResponse fromError(const QueueError &error)
{
    switch (error.kind) {
    case QueueError::Kind::NotFound: return problem(Status::NotFound, error.code, error.message);
    case QueueError::Kind::Conflict: return problem(Status::Conflict, error.code, error.message);
    case QueueError::Kind::Invalid:
    case QueueError::Kind::None: break;
    }
    return problem(Status::BadRequest, error.code, error.message);
}

QHttpServerResponse storageFailed(const QString &detail)
{
    return problem(Status::ServiceUnavailable, u"storage_failed"_s,
                   HallText::tr("The hall database refused the change, so nothing changed; try again. (%1)").arg(detail));
}

bool body(const QHttpServerRequest &request, QJsonObject *out, QString *error)
{
    const QByteArray raw = request.body();
    if (raw.trimmed().isEmpty()) {
        *out = {};
        return true;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(error, HallText::tr("The body is not valid JSON: %1 at byte %2.").arg(parse.errorString()).arg(parse.offset));
    if (!doc.isObject())
        return fail(error, HallText::tr("The body must be a JSON object."));
    *out = doc.object();
    return true;
}

} // namespace ow::hallhttp
