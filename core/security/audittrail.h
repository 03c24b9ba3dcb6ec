#pragma once
// The audit trail: who did what, when, at which window. Rows are appended, never changed.

#include <QDateTime>
#include <QList>
#include <QString>

namespace ow {

class Database;

struct AuditEntry {
    QDateTime at; // UTC
    QString username;
    QString hallCode;
    int window = 0;
    QString action; // sign_in, sign_in_failed, account_locked, decision, reprint, supplement, override, ...
    QString caseId;
    QString detail;
};

class AuditTrail
{
public:
    explicit AuditTrail(Database &database);
    // Joins the caller's transaction if there is one, so an audited change and its entry commit together.
    bool append(const AuditEntry &entry, QString *error = nullptr);
    QList<AuditEntry> forCase(const QString &caseId) const;
    QList<AuditEntry> latest(int limit = 100) const;

private:
    Database &m_database;
};

} // namespace ow
