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

bool stringField(const QJsonObject &o, const QString &key, bool required, QString *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return required ? fail(error, HallText::tr("\"%1\" is missing.").arg(key)) : true;
    if (!v.isString())
        return fail(error, HallText::tr("\"%1\" must be a string.").arg(key));
    *out = v.toString().trimmed();
    if (required && out->isEmpty())
        return fail(error, HallText::tr("\"%1\" is empty.").arg(key));
    return true;
}

bool boolField(const QJsonObject &o, const QString &key, bool *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isBool())
        return fail(error, HallText::tr("\"%1\" must be true or false.").arg(key));
    *out = v.toBool();
    return true;
}

bool intField(const QJsonObject &o, const QString &key, bool required, int *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return required ? fail(error, HallText::tr("\"%1\" is missing.").arg(key)) : true;
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || qAbs(v.toInteger()) > 1000000)
        return fail(error, HallText::tr("\"%1\" must be a whole number.").arg(key));
    *out = int(v.toInteger());
    return true;
}

bool stringListField(const QJsonObject &o, const QString &key, QStringList *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return fail(error, HallText::tr("\"%1\" must be an array of strings.").arg(key));
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return fail(error, HallText::tr("\"%1\" must be an array of strings.").arg(key));
        list.append(item.toString());
    }
    *out = list;
    return true;
}

bool timeField(const QJsonObject &o, const QString &key, QDateTime *out, QString *error)
{
    QString text;
    if (!stringField(o, key, true, &text, error))
        return false;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) // a time without a zone means nothing on a LAN of PCs
        return fail(error, HallText::tr("\"%1\" must be an ISO 8601 time with a zone, e.g. 2026-11-28T02:00:00Z.").arg(key));
    *out = t.toUTC();
    return true;
}

} // namespace ow::hallhttp
