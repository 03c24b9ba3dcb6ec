#pragma once
// What a case's life left behind besides the case itself (schema 13): the documents issued for it, the
// platform's status moves, the queue tickets it was linked to, and where a reused material came from.
// The case view (core/workflow/casedetails.h) reads it; printing, the sync and the ticket linker append.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

class Database;

// One document handed out: the original (reprint 0) or its n-th reprint, and the PDF archived for it.
struct DocumentIssue {
    QString caseId;
    QString kind; // documentKey(): receipt, one-time-notice ...
    int reprint = 0;
    QDateTime issuedAt; // UTC
    QString clerk;
    QString file;
};

struct ProgressMove {
    QString platformStatus; // accepted, in_progress, completed, delivered
    QString department;
    QDateTime changedAt; // UTC
};

struct CaseTicketLink {
    QString ticketId;
    QString ticketCode;
    QDateTime linkedAt; // UTC
};

class CaseHistory
{
public:
    explicit CaseHistory(Database &database);

    // Appends the issue; false when that reprint number of that document is recorded already.
    bool recordIssue(const DocumentIssue &issue, QString *error = nullptr);
    // The number the next reprint of a document carries: one more than the highest so far (1 at first).
    int nextReprint(const QString &caseId, const QString &kind) const;
    QList<DocumentIssue> issues(const QString &caseId) const; // in the order they were issued

    QList<ProgressMove> moves(const QString &caseId) const; // oldest first
    QList<CaseTicketLink> tickets(const QString &caseNumber) const;

    // The case number of the applicant's earlier case that collected `kind` on `on`, which a reused line
    // of a later case stands for (the line keeps the date, not the case). Empty when none is found.
    QString reusedFrom(const QString &applicantId, const QString &kind, const QDate &on, const QString &exceptCaseId) const;

private:
    Database &m_database;
};

} // namespace ow
