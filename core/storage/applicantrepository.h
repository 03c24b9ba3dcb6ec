#pragma once
// Applicants, collected once and reused (一表申请 / 信息复用), and what their earlier cases tell a new one:
// materials still valid (no re-submission) and an open one-time notice (the trip count goes on).

#include "core/domain/case.h"
#include "core/storage/prunecursor.h"

#include <QStringList>

#include <optional>

namespace ow {

class Database;

class ApplicantRepository
{
public:
    explicit ApplicantRepository(Database &database);

    // ID numbers are keys: whitespace removed and upper-cased (the x of a resident ID) before any lookup.
    static QString normalizedIdNumber(const QString &idNumber);

    // An applicant whose personal data retention removed is found by the pseudonym of the number (one
    // key derivation, only when the number itself is not on file); the returned applicant then carries
    // the number asked for and no other details, and the next upsert with its id restores the number.
    std::optional<Applicant> findByIdNumber(const QString &idNumber) const;
    std::optional<Applicant> byId(const QString &id) const;

    // Inserts or updates by ID number, the natural key: an applicant already known under that number
    // keeps its id (written back into applicant.id); a new one gets applicant.id or a fresh UUID.
    // An id whose row carries another number is corrected to the new number, unless that number belongs
    // to somebody else. Joins the caller's transaction if there is one.
    bool upsert(Applicant &applicant, QString *error = nullptr);

    // Materials received on this applicant's earlier cases that are still valid today (valid_until
    // empty or not before today); the newest receipt per kind, ordered by kind.
    QList<CaseMaterial> reusableMaterials(const QString &applicantId, const QDate &today) const;

    // The applicant's latest one-time-notice case for exactly these matters, if no later case followed
    // it (neither a later case for the same matters nor any case naming it as previous). The new case
    // then sets previousCaseId to its id and trips to its trips + 1.
    std::optional<Case> openNotice(const QString &applicantId, const QStringList &matterCodes) const;

    // Retention (docs/adr/0023-retention.md): an applicant none of whose cases is open, waits to be sent
    // or closed on or after closedBefore loses name, phone, address and legal representative, and the ID
    // number becomes its pseudonym; the cases, their material lines (kind, received on, valid until) and
    // the applicant's id stay, so reuse and the dashboard's figures go on. The delivered payloads of that
    // applicant's cases are emptied with it. Walks at most limit applicants after the cursor. False on error.
    bool prunePersonalData(const QDateTime &closedBefore, bool dryRun, int limit, PruneCursor &cursor, QString *error = nullptr);
    // What a pruned applicant's id_number holds instead of the number: '#' and 32 hex digits, a PBKDF2 of
    // the normalised number salted per database (never a valid ID number or credit code).
    QString pseudonym(const QString &idNumber) const;
    static bool isPseudonym(const QString &storedIdNumber) { return storedIdNumber.startsWith(u'#'); }

private:
    std::optional<Applicant> findStored(const QString &normalizedNumber) const;

    Database &m_database;
};

} // namespace ow
