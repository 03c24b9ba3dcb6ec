#pragma once
// The window's view of decided cases: find them (today's, or by number, name or ID), say whether each
// reached the platform, rebuild their documents for a reprint, and record a return trip that brings
// the materials a 容缺 case was waiting for.

#include "core/print/casedocument.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace ow {

class AuditTrail;
class Database;
class WorkingCalendar;
struct CaseDetails;

enum class SyncState { SavedHere, Sending, Synced, Refused };
QString syncStateName(SyncState state);

// A case as the desk lists it (not ow::CaseSummary of core/hall: that one is what the hall sees).
struct CaseDeskEntry {
    Case caseData;
    Applicant applicant;
    QString title; // the bundle's name, or the matters' names
    SyncState sync = SyncState::SavedHere;
    QString syncDetail; // the platform's reason when it refused the case
};

class CaseDesk
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseDesk)

public:
    CaseDesk(Database &database, AuditTrail *audit, DocumentStation station);

    // Empty text: the cases of `day` (today by default), oldest first; otherwise a search, newest first.
    QList<CaseDeskEntry> find(const QString &text, int limit = 200, const QDate &day = QDate::currentDate()) const;
    std::optional<CaseDeskEntry> summary(const QString &caseId) const;

    // The document as it was (matters at their pinned versions), for printing.
    CaseDocument document(const CaseDeskEntry &summary, DocumentKind kind, const QDateTime &printedAt) const;
    // The same document for a reprint: it carries the next reprint number of that document (its mark on
    // the page and its own archived file, docs/adr/0024-case-view-and-reprints.md).
    CaseDocument reprint(const CaseDeskEntry &summary, DocumentKind kind, const QDateTime &printedAt) const;
    // The documents a reprint can give: the decision's, and the 领取回执 / 送达回证 once the result was
    // handed over (the hand-over's document carries the hand-over and its window).
    QList<DocumentKind> reprintable(const CaseDeskEntry &summary) const;
    // Records that a document was handed out (an original or a reprint) and the PDF archived for it.
    bool recordIssue(const CaseDocument &document, const QString &file, QString *error = nullptr);

    // Everything the case view shows of one case (core/workflow/casedetails.h); nullopt when it is not here.
    std::optional<CaseDetails> details(const QString &caseId, const QDate &today = QDate::currentDate()) const;
    // The applicant's full ID number, for the case view's Reveal, with an audit row id_revealed; empty
    // (with error) when the row could not be written, so nothing is shown unrecorded.
    QString revealIdNumber(const QString &caseId, const QString &clerk, QString *error = nullptr);
    // Working days left count on this calendar (the built-in one until set).
    void setCalendar(const WorkingCalendar *calendar) { m_calendar = calendar; }

    // The materials a case accepted with deficiency was missing; a trip only when brought in person.
    bool recordReturnTrip(const QString &caseId, const QStringList &kinds, const QDate &on, const QString &clerk, QString *error,
                          SupplementChannel channel = SupplementChannel::InPerson);
    void auditReprint(const QString &caseId, DocumentKind kind, const QString &clerk);

    // Repairs the cases the old completion rule left 待补齐材料 although nothing is owed any more
    // (CaseRepository::supplementsAlreadyMet): each becomes Accepted with a new revision and outbox row,
    // no trip, and an audit row "supplement" saying it was this repair. Returns how many were repaired,
    // or -1 with error when the search failed; a case that could not be repaired is left as it was, named
    // in error, and the others still are. Idempotent: a second call finds nothing.
    int completeSupplementsAlreadyMet(const QString &actor, QString *error = nullptr);

    const DocumentStation &station() const { return m_station; }

private:
    CaseDeskEntry summarise(const Case &c, const QHash<QString, QString> &bundleNames) const;
    QHash<QString, QString> bundleNames() const; // bundle code -> name, from the catalog in force

    Database &m_database;
    AuditTrail *m_audit;
    DocumentStation m_station;
    const WorkingCalendar *m_calendar = nullptr;
};

} // namespace ow
