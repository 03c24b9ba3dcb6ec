#pragma once
// One case's whole life, gathered for the case view (ui/cases/caseview.h): the applicant, the matters at
// their pinned versions, the answers, every checklist line with where it came from, the decision and its
// time limit, the documents issued, the platform's moves, the queue tickets and the audit history.
// Plain data: the view lays it out and decides nothing.

#include "core/security/auditquery.h"
#include "core/storage/casehistory.h"
#include "core/workflow/casedesk.h"

#include <QCoreApplication>

namespace ow {

struct CaseDetailsMatter {
    QString code;
    QString name;
    QString department;
    int version = 0;        // the version the case took
    int currentVersion = 0; // the version in force now (0: no longer in the catalog)
};

struct CaseDetailsAnswer {
    QString question;
    QString answer;
};

// Where a checklist line stands and where its material came from.
enum class LineSource {
    Collected,    // handed in at the window (on the day of the decision or a later trip)
    Reused,       // on file from an earlier case (reusedFrom)
    DataSharing,  // fetched by data sharing: not asked
    Owed,         // 容缺: still owed, due by owedUntil
    NotBrought,   // asked and not handed in (a one-time notice or a refusal lists it)
    OptionalSkip, // 选交, not brought: never owed
    Commitment,   // 告知承诺制: replaced by the applicant's signed commitment, never collected
};

struct CaseDetailsLine {
    QString name;
    QString kind;
    LineSource source = LineSource::Collected;
    QDate receivedOn;
    QDate owedUntil;    // Owed only
    QString reusedFrom; // Reused: the earlier case's number, when this store still holds it
    bool optional = false;
};
QString lineSourceText(const CaseDetailsLine &line); // "Collected on 2 March 2026", "Reused from case X" ...

struct CaseDetailsDocument {
    QString kind; // documentKey()
    QString title;
    int reprint = 0;
    QDateTime issuedAt; // UTC
    QString clerk;
    QString file;
    bool fileKept = false; // false once retention removed it, or when it could not be written
};

struct CaseDetails {
    CaseDeskEntry entry;    // the case, its applicant, its title and whether it reached the platform
    QString maskedIdNumber; // empty when retention replaced the number by its pseudonym
    bool idNumberRemoved = false;
    QList<CaseDetailsMatter> matters;
    QList<CaseDetailsAnswer> answers;
    QList<CaseDetailsLine> lines;
    std::optional<int> workingDaysLeft; // to the promised date, from today (negative: overdue); none when closed
    QString previousCaseNumber;         // the one-time notice this case follows
    QList<CaseDetailsDocument> documents;
    QList<ProgressMove> moves; // the platform's status moves, oldest first
    QList<CaseTicketLink> tickets;
    QList<AuditRow> audit; // newest first
};

// The platform's status key in words (accepted, in_progress, completed, delivered).
QString platformStatusName(const QString &key);

} // namespace ow
