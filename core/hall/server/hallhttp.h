#pragma once
// HTTP pieces the routes share: JSON and problem+json (RFC 9457) responses, and reading a request body
// with a message that says what is wrong. Internal to core/hall.

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
QHttpServerResponse unauthorized();
QHttpServerResponse forbidden();
// 400 for Invalid, 404 for NotFound, 409 for Conflict.
QHttpServerResponse fromError(const QueueError &error);
QHttpServerResponse storageFailed(const QString &detail);

// The body as a JSON object: an empty body is {}; anything else that is not an object fails with a message.
bool body(const QHttpServerRequest &request, QJsonObject *out, QString *error);

// Typed fields. Absent optional fields keep *out; a present field of the wrong type fails with a message.
bool stringField(const QJsonObject &o, const QString &key, bool required, QString *out, QString *error);
bool boolField(const QJsonObject &o, const QString &key, bool *out, QString *error);
bool intField(const QJsonObject &o, const QString &key, bool required, int *out, QString *error);
bool stringListField(const QJsonObject &o, const QString &key, QStringList *out, QString *error);
bool timeField(const QJsonObject &o, const QString &key, QDateTime *out, QString *error);

} // namespace ow::hallhttp
