#pragma once
// The audit trail: who did what, when, at which window. Rows are appended as a hash chain whose head is
// signed with the device key (core/security/auditchain.h, docs/adr/0021-audit-hash-chain.md); only
// removeBefore() takes rows away, and it leaves a signed checkpoint in their place.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

class Database;

// The actions the trail knows (docs/adr/0021-audit-hash-chain.md says what each detail holds):
//   sign_in, sign_in_failed, account_locked, user_added, password_changed, user_disabled, user_enabled,
//   user_unlocked, decision, supplement, reprint, override, handover, id_revealed, audit_checkpoint,
//   audit_key_replaced, audit_head_rebuilt
struct AuditEntry {
    QDateTime at; // UTC
    QString username;
    QString hallCode;
    int window = 0;
    QString action;
    QString caseId;
    QString detail;
};

class AuditTrail
{
public:
    explicit AuditTrail(Database &database);
    // Joins the caller's transaction if there is one, so an audited change and its entry commit together;
    // otherwise it is a transaction of its own. The previous row is read inside the write transaction,
    // so two programs appending to one file cannot fork the chain.
    bool append(const AuditEntry &entry, QString *error = nullptr);
    // Chains rows written before the chain existed (schema 11); append does it too. Returns how many.
    int chainExisting(QString *error = nullptr);
    // Removes the rows written before cutoff (the oldest run of them, so what stays is one unbroken
    // chain) and appends a checkpoint row signed with the device key: the last removed row's hash and
    // how many went. Retention policy decides the cutoff; this only keeps the chain verifiable.
    bool removeBefore(const QDateTime &cutoff, const QString &actor, qint64 *removed, QString *error = nullptr);

    QList<AuditEntry> forCase(const QString &caseId) const;
    QList<AuditEntry> latest(int limit = 100) const;

private:
    bool appendInTransaction(const AuditEntry &entry, QString *error);
    bool insertRow(const AuditEntry &entry, qint64 seq, QString prevHash, QString *rowHash,
                   QString *error); // prevHash may be *rowHash
    bool writeHead(qint64 seq, const QString &hash, QString *error);
    bool chainInTransaction(int *chained, QString *error);
    std::optional<QByteArray> key(bool *created, QString *error);

    Database &m_database;
    std::optional<QByteArray> m_key; // loaded once; the file is beside the database
};

} // namespace ow
