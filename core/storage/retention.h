#pragma once
// Retention (个人信息保护; docs/adr/0023-retention.md): what the counter PC gives up once the platform holds
// the record and no open case needs it. The store's side: delivered payloads, applicants' personal data,
// the cases whose archived documents may go, and giving the freed pages back to the file system.
// Every kind is walked a small batch at a time (RetentionRun::step), so the window can run it between a
// clerk's keystrokes; a dry run walks the same rows and counts what a real run at the same time removes.

#include "core/storage/prunecursor.h"

#include <QDateTime>
#include <QString>

namespace ow {

class Database;

struct RetentionPolicy {
    int payloadDays = 30;       // a delivered revision (its outbox row), after the platform's receipt
    int personalDataDays = 365; // an applicant's name, ID number, phone, address, after their last case closed
    int documentDays = 180;     // the archived PDFs of a closed case, after it closed
};

struct RetentionCounts {
    qint64 payloads = 0;   // delivered outbox rows removed
    qint64 applicants = 0; // applicants whose personal data went
    qint64 documents = 0;  // archived PDF files removed
    qint64 bytesFreed = 0; // the database file's shrink (0 in a dry run)
};

class RetentionRun
{
public:
    RetentionRun(Database &database, const RetentionPolicy &policy, const QDateTime &now, bool dryRun);

    // One batch of the current kind (payloads, then applicants, then the changes the hall reporter has
    // passed); false on error. finished() after the last.
    bool step(QString *error = nullptr);
    bool finished() const { return m_payloads.done && m_applicants.done && m_changes.done; }
    RetentionCounts counts() const { return {m_payloads.count, m_applicants.count, 0, 0}; }

    // The archived documents of a case may go: closed (completed, not accepted, notified) before this
    // run's document cut-off. That cut-off is the earlier of the document and the personal-data ones:
    // the documents carry the same personal data.
    bool documentsMayGo(const QString &caseNumber) const;
    QDateTime documentCutoff() const;

    // Each run is remembered by its row in the audit trail (action "retention", written by the job with
    // its counts), so the last run needs no table of its own. Invalid when none ran yet.
    static QString auditAction();
    static QDateTime lastRun(Database &database);

private:
    Database &m_database;
    RetentionPolicy m_policy;
    QDateTime m_now;
    bool m_dryRun;
    PruneCursor m_payloads;
    PruneCursor m_applicants;
    PruneCursor m_changes; // not counted: bookkeeping of the hall reporter, no one's data
};

namespace StoreSpace {

// The main file's size plus its write-ahead log, in bytes.
qint64 fileBytes(const Database &database);
// Whether freed pages can be given back a few at a time (auto_vacuum = INCREMENTAL).
bool isIncremental(Database &database);
// Makes it so: sets the mode and rewrites the whole file once (VACUUM). Minutes on a large store, and no
// decision can commit meanwhile: the admin tool's job, out of hours (onewindowctl retention), never the
// window's. A new store is created incremental (Database::open).
bool makeIncremental(Database &database, QString *error = nullptr);
// Gives back up to 8 MiB of free pages; *more says whether free pages remain. False on error.
bool reclaim(Database &database, bool *more, QString *error = nullptr);
// Writes the log back into the file, so the file shrinks now rather than at the next checkpoint.
bool checkpoint(Database &database, QString *error = nullptr);

} // namespace StoreSpace

} // namespace ow
