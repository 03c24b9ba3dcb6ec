#pragma once
// Reading and writing the rows of one case (cases with its situation answers, case_matters, case_materials)
// and its outbox rows. Shared by CaseRepository and ApplicantRepository; internal to core/storage.
// None of these open a transaction: callers run them inside Database::transaction.

#include "core/domain/case.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace ow::CaseRecords {

std::optional<Case> load(const QSqlDatabase &db, const QString &caseId, QString *error = nullptr);
// Loads each id in order, skipping any that cannot be read (logged).
QList<Case> loadAll(const QSqlDatabase &db, const QStringList &caseIds);

// Inserts the case row; localDay is the hall-local day of createdAt (the day in the case number).
bool insertCase(const QSqlDatabase &db, const Case &c, const QDate &localDay, QString *error);
// Writes back what may change after the decision: status, counts, dates, revision, official number, answers.
bool updateCase(const QSqlDatabase &db, const Case &c, QString *error);
// Writes the case's matters and materials; with Lines::Replace it first removes the old ones (a new
// case has none, and the DELETEs were a tenth of a decision's statements).
enum class Lines { New, Replace };
bool writeLines(const QSqlDatabase &db, const Case &c, Lines mode, QString *error);
// Adds the outbox row for c's current revision, its payload built from c and the applicant.
bool appendOutbox(const QSqlDatabase &db, const Case &c, const Applicant &applicant, QString *error);

} // namespace ow::CaseRecords
