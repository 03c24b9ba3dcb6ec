#pragma once
// Check-digit validation of the identifiers a clerk types all day:
// the resident ID number (GB 11643) and the unified social credit code (GB 32100).

#include <QDate>
#include <QString>

namespace ow {

enum class IdKind { Unknown, ResidentId, CreditCode };

struct IdCheck {
    bool valid = false;
    IdKind kind = IdKind::Unknown;
    QString normalized; // upper-cased, spaces removed
    QString reason;     // translated, for the clerk; empty when valid
    QDate birthDate;    // resident IDs only
};

// Normalises (trims, removes inner spaces, upper-cases x) and validates.
IdCheck checkResidentId(const QString &value, const QDate &today = QDate::currentDate());
IdCheck checkCreditCode(const QString &value);
// Decides by shape which of the two the value is meant to be, then validates it.
IdCheck checkIdentifier(const QString &value, const QDate &today = QDate::currentDate());

// Shows the first 4 and last 4 characters: 4101**********1234. For lists and printouts.
QString maskIdNumber(const QString &value);

} // namespace ow
