#pragma once
// HTTP pieces the routes share: JSON and problem+json (RFC 9457) responses, and reading a request body
// with a message that says what is wrong (its fields are read with JsonReader). Internal to core/hall.

#include "core/json/jsonreader.h"
#include "core/queue/queueengine.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace ow::hallhttp {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok);
QHttpServerResponse problem(Status status, const QString &code, const QString &detail);
// The problem+json body alone, and the reason phrase, for answers written straight to a socket
// (connectionguard.cpp refuses requests QHttpServer never sees).
QByteArray problemBody(Status status, const QString &code, const QString &detail);
QByteArray reasonPhrase(Status status);
QHttpServerResponse badRequest(const QString &message, const QString &code = QStringLiteral("bad_request"));
QHttpServerResponse methodNotAllowed();
QHttpServerResponse unauthorized();
QHttpServerResponse forbidden();
// 400 for Invalid, 404 for NotFound, 409 for Conflict.
QHttpServerResponse fromError(const QueueError &error);
QHttpServerResponse storageFailed(const QString &detail);

// The body as a JSON object: an empty body is {}; anything else that is not an object fails with a message.
bool body(const QHttpServerRequest &request, QJsonObject *out, QString *error);

// Every text field of a request: surrounding spaces dropped (typed at a kiosk or a window). The body's
// own bound (docs/hall-api.md, "Limits") bounds them.
inline constexpr TextRule Text{.trim = true};
inline constexpr TextRule RequiredText{.need = Need::Required, .trim = true};

} // namespace ow::hallhttp
