#pragma once
// What may never reach a log: ID numbers, phone numbers and the tokens that open the hall and the platform.
// The code does not log them (docs/coding.md); this is the second line, applied to every message the
// programs' log handler writes, so one careless qCDebug cannot put an applicant's ID number into a file
// that is copied for support.

#include <QString>

namespace ow::LogRedaction {

// The message with every resident ID number (18 characters, the last a digit or X), mainland mobile
// number, bearer token, token query parameter and JSON "token"/"password" value replaced by a marker.
QString redact(const QString &message);

} // namespace ow::LogRedaction
