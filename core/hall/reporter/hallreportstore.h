#pragma once
// The window's side of the case summaries (docs/hall-api.md, "Case summaries"): builds CaseSummary values
// from the window's own database and keeps, in that database, how far the hall has confirmed them.
//
// Every cursor is a sequence written in the same transaction as the change it follows, never a time: a
// clock stepped back (NTP, a BIOS clock reset) must not hide a change behind a cursor that already passed
// its timestamp (docs/adr/0014-change-sequence.md).
// - "revisions": outbox ids. Every decision and every supplement (容缺 return trip) appends an outbox row,
//   and ids only grow, so the rows after the cursor are exactly the cases that changed since. A decision
//   writes nothing else for the hall: its transaction is the measured hot path.
// - "synced": case_changes seq. When the sync gets a revision through (Outbox::markSent) it appends a
//   'synced' change; the case's summary then says synced and its updatedAt is that moment.
// - "statuses": case_changes seq of the platform's status moves (in_progress, ready_for_pickup, completed).
//   A status pull (CaseRepository::applyPlatformStatus) writes no outbox row but appends a 'statuses'
//   change, so the case is sent again: the dashboard learns it is finished (办结) and stops counting it overdue.
// A summary's updatedAt is max(case updated_at, last sent_at): the same case state always gives the same
// summary, which makes a resend harmless (the hall ignores what is not newer).

#include "core/hall/protocol/casesummary.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace ow {

class Database;

class HallReportStore
{
public:
    enum class Stream { Revisions, Synced, Statuses };

    struct Batch {
        Stream stream = Stream::Revisions;
        QList<CaseSummary> summaries; // one per case, in change order
        QStringList caseRowIds;       // cases.id of each summary (the summary's caseId is the case number)
        QString endPosition;          // the stream's cursor once the hall has these
        int rows = 0;                 // outbox (or, for Statuses, case) rows read; 0: nothing new
    };

    // hallWindowId: this window in the hall ("W03"); windowNumber: the window in case numbers (3). Only
    // the cases of this window are reported: a database may hold cases taken at other windows.
    HallReportStore(Database &database, const QString &hallWindowId, int windowNumber);

    // The changes after the stream's cursor: at most `limit` rows, so at most `limit` summaries.
    bool next(Stream stream, int limit, Batch *out, QString *error);
    // The hall confirmed the batch: the cursor moves past it.
    bool confirm(const Batch &batch, QString *error);
    // The hall refused the batch (a 4xx): its cases are noted with the reason and the cursor moves on, so
    // one summary the hall will never take does not hold back every later one.
    bool refuse(const Batch &batch, const QString &reason, QString *error);
    int refusedCount(QString *error = nullptr) const;

    // The summary of one case of this database (by cases.id); nullopt when there is none.
    std::optional<CaseSummary> summary(const QString &caseRowId, QString *error);

private:
    QString cursor(Stream stream, QString *error) const;
    bool setCursor(Stream stream, const QString &position, QString *error);
    bool isInstant(const QString &code, int version, const QString &snapshot);

    Database &m_database;
    QString m_windowId;
    int m_windowNumber = 0;
    QHash<QString, bool> m_instant; // "code/version" -> 即办件; matter versions never change
};

} // namespace ow
