#pragma once
// Reading the audit trail for people: the supervisor's audit view and its CSV export. Filters by user,
// case number and local days, newest row first, a page at a time, so a million rows never sit in memory.

#include "core/security/auditchain.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

struct AuditFilter {
    QString username;   // exactly; empty: everyone
    QString caseNumber; // a part of the case number (or of the case id when the case is not here); empty: any row
    QDate from;         // the first local day shown; invalid: no lower bound
    QDate to;           // the last local day shown; invalid: no upper bound
    bool operator==(const AuditFilter &) const = default;
};

struct AuditRow {
    qint64 id = 0;
    qint64 seq = 0;
    QDateTime at; // UTC
    QString username;
    QString hallCode;
    int window = 0;
    QString action;
    QString caseNumber; // the case's number, or its id when the case is not in this database
    QString detail;
};

class AuditQuery
{
public:
    explicit AuditQuery(Database &database);
    // Up to limit rows matching filter, newest first, older than the row beforeId (0: from the newest);
    // a page goes on from the last id of the one before, so paging stays cheap at any depth.
    QList<AuditRow> page(const AuditFilter &filter, qint64 beforeId, int limit, QString *error = nullptr) const;
    int count(const AuditFilter &filter, QString *error = nullptr) const;
    QStringList usernames() const;
    // The whole chain, as onewindowctl audit verify checks it.
    AuditVerdict verify() const;

private:
    Database &m_database;
};

// A CSV of every row matching filter (UTF-8 with a byte-order mark, for Excel), written whole or not at all.
bool writeAuditCsv(const AuditQuery &query, const AuditFilter &filter, const QString &path, QString *error = nullptr);

} // namespace ow
