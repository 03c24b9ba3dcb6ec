#pragma once
// Keys the hall PC makes for new records (cases, applicants).

#include <QDateTime>
#include <QString>

namespace ow {

// A UUID version 7 (RFC 9562) as lowercase text without braces: the first 48 bits are the Unix time in
// milliseconds, the rest (but the version and variant bits) random. Still a UUID to the platform, which
// keys a case by it; but consecutive keys sort together, so a new case's rows go to the end of every
// index on the key instead of a random leaf: a decision touches fewer pages and never splits one in the
// middle of a tree (docs/adr/0009-decision-pages.md).
QString timeOrderedUuid(const QDateTime &now = QDateTime::currentDateTimeUtc());

// A hall code: 1 to 16 capital letters or digits. It opens every case number (HALL-YYYYMMDD-WW-NNNN) and
// names the hall to its queue service, so the store, the queue and the provisioning tool hold it to one rule.
bool isHallCode(const QString &code);

} // namespace ow
