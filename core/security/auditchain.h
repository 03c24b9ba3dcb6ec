#pragma once
// The audit trail's hash chain and its device key (docs/adr/0021-audit-hash-chain.md).
//
// Each row's hash is SHA-256 over the previous row's hash and the row's columns, every one written as a
// tag (null or text) and a length before its UTF-8 bytes, so no two different rows encode alike. The head
// (last place and hash) and each retention checkpoint are signed with HMAC-SHA-256 under a key of 32 random
// bytes kept in a 0600 file beside the database: forging the chain after an edit needs that file as well.

#include <QByteArray>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace ow {

Q_DECLARE_LOGGING_CATEGORY(lcSecurity)

// One row as stored: the values exactly as the columns hold them, so verifying re-encodes the same bytes.
struct AuditChainRow {
    qint64 id = 0;
    qint64 seq = 0;
    QVariant at; // the stored text
    QVariant username;
    QVariant hallCode;
    QVariant window;
    QVariant action;
    QVariant caseId; // NULL when the row names no case
    QVariant detail;
    QString prevHash;
    QString rowHash;
};

// What a retention run leaves behind: rows up to throughSeq are gone, lastHash was the last one's hash.
struct AuditCheckpoint {
    qint64 throughSeq = 0;
    qint64 removed = 0;
    QString lastHash;
    QString signature;
};

namespace AuditChain {

inline constexpr auto checkpointAction = "audit_checkpoint";
inline constexpr auto keyReplacedAction = "audit_key_replaced";
inline constexpr auto headRebuiltAction = "audit_head_rebuilt";

// The hash before the first row.
QString genesis();
QByteArray encode(const AuditChainRow &row);
QString hashOf(const QString &prevHash, const AuditChainRow &row);

// The key file of the database at databasePath: "<file>.audit-key" in the same folder.
QString keyPath(const QString &databasePath);
// The key, or nothing when the file is missing or not a key (*error says which).
std::optional<QByteArray> loadKey(const QString &path, QString *error = nullptr);
// Loads the key, or makes one (owner read/write only) when there is none; *created says which.
std::optional<QByteArray> loadOrCreateKey(const QString &path, bool *created, QString *error = nullptr);

QString signHead(const QByteArray &key, qint64 lastSeq, const QString &lastHash);
QString signCheckpoint(const QByteArray &key, const AuditCheckpoint &checkpoint);
// The checkpoint row's detail text, and back (nothing when detail is not one).
QString checkpointDetail(const AuditCheckpoint &checkpoint);
std::optional<AuditCheckpoint> parseCheckpoint(const QString &detail);

} // namespace AuditChain

struct AuditVerdict {
    bool ok = false;
    qint64 rows = 0;
    qint64 brokenRowId = 0; // the first row found broken; 0 when the fault is not one row's (head, key)
    QString problem;        // one translated line; empty when ok
    QString summary() const;
};

// Walks the whole trail in id order and checks every link, the start (row 1 or a signed checkpoint) and
// the signed head. Only reads; safe on a read-only connection and on a database in use.
AuditVerdict verifyAuditChain(const QSqlDatabase &db, const QString &databasePath);

} // namespace ow
