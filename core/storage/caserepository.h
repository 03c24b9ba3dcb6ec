#pragma once
// Decided cases. Every change a clerk makes is ONE transaction over the case, its lines and a new outbox
// row (transactional outbox): once a call returns true, a power cut loses nothing; when it returns false,
// nothing of it was written.

#include "core/domain/case.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace ow {

class Database;

class CaseRepository
{
public:
    explicit CaseRepository(Database &database);

    // Saves a new decision: upserts the applicant (c.applicantId is set from it), assigns c.id if empty,
    // the case number HALL-YYYYMMDD-WW-NNNN (local date of c.createdAt, or now when unset; daily sequence
    // per hall, day and window, drawn inside this transaction), a unique query code, revision 1 and the
    // times; writes the case, its matters (pinned versions must exist), answers, materials and outbox row.
    // On failure c is left exactly as it was passed in and no sequence number is consumed.
    bool commitDecision(Case &c, const Applicant &applicant, QString *error = nullptr);

    // The materials a case accepted with deficiency (容缺) was missing: the listed kinds are marked
    // received on `on`, the case becomes Accepted when no required line is owed any more (an optional
    // line never is), revision + 1 and a new outbox row. Trips + 1 only when the applicant came in
    // person (channel); by post or through data sharing is no trip. An empty list records a trip that
    // brought nothing.
    bool recordSupplement(const QString &caseId, const QStringList &receivedKinds, const QDate &on, QString *error = nullptr,
                          SupplementChannel channel = SupplementChannel::InPerson);

    // Repair of cases the old completion rule left 待补齐材料 (an optional line not brought counted as
    // owed, before schema 9): awaiting supplement, yet no line owed (CaseMaterial::owed). Only reads.
    static QList<Case> supplementsAlreadyMet(const QSqlDatabase &db, QString *error = nullptr);
    // Moves such a case to Accepted the way a supplement does (revision + 1, a new outbox row) without
    // receiving anything and with no trip. A case that owes a line or is no longer awaiting supplement
    // is left alone (true, *changed false).
    bool completeSupplementAlreadyMet(const QString &caseId, bool *changed, QString *error = nullptr);

    // Facts from the platform; they do not make a new revision (nothing to send back).
    bool markOfficialNumber(const QString &caseId, const QString &officialNumber, QString *error = nullptr);
    bool applyPlatformStatus(const QString &caseId, CaseStatus status, QString *error = nullptr);

    std::optional<Case> byId(const QString &id) const;
    std::optional<Case> byCaseNumber(const QString &caseNumber) const;
    std::optional<Case> byQueryCode(const QString &queryCode) const;
    // Newest first: case number, query code or official number, applicant name or ID number (contains,
    // case-insensitive for Latin letters). Empty text gives the newest cases. Through indexes (CaseSearch).
    QList<Case> search(const QString &text, int limit = 50) const;
    // Cases taken on a hall-local day, in the order they were taken.
    QList<Case> forDay(const QDate &day) const;

    static QString formatCaseNumber(const QString &hallCode, const QDate &day, int window, int sequence);
    // Query codes avoid characters read alike on a receipt or over the phone (0/O, 1/I/L, 2/Z, 5/S, 8/B).
    static QString queryCodeAlphabet();
    static constexpr int QueryCodeLength = 8;

private:
    bool supplement(const QString &caseId, const QStringList &receivedKinds, const QDate &on, QString *error, bool addTrip,
                    bool onlyIfNothingOwed, bool *changed);
    std::optional<Case> byColumn(const QString &sqlText, const QString &value) const;
    QList<Case> byIdQuery(const QString &sqlText, const QVariantList &values) const;

    Database &m_database;
};

} // namespace ow
