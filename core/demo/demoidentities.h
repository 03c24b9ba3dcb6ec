#pragma once
// Made-up but well-formed applicants for demos, training and load tests: resident ID numbers and
// unified social credit codes with correct check characters, and plausible Chinese names.

#include "core/domain/case.h"

#include <QRandomGenerator>

namespace ow::demo {

// A resident ID for a real region code and birth date; the sequence's parity gives the sex (odd: male).
QString residentId(const QString &region6, const QDate &birth, int sequence3);
// A unified social credit code: registration authority and category "91" (enterprise), a region code and
// an organisation code body of 8 characters; both check characters are computed.
QString creditCode(const QString &region6, const QString &orgBody8);

Applicant randomPerson(QRandomGenerator &rng, const QDate &today);
Applicant randomOrganisation(QRandomGenerator &rng);

} // namespace ow::demo
