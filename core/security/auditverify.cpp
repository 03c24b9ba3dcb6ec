// verifyAuditChain: the walk over the whole trail that onewindowctl audit verify, check-db and the
// supervisor's audit page run. It names the first row that breaks the chain.
#include "core/security/auditchain.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

struct Audit {
    Q_DECLARE_TR_FUNCTIONS(ow::Audit)
};

AuditVerdict broken(qint64 rows, qint64 rowId, const QString &problem)
{
    AuditVerdict v;
    v.rows = rows;
    v.brokenRowId = rowId;
    v.problem = problem;
    return v;
}

struct SignedHead {
    bool present = false;
    qint64 lastSeq = 0;
    QString lastHash;
    QString signature;
};

bool readHead(const QSqlDatabase &db, SignedHead *head, QString *error)
{
    QSqlQuery q(db);
    if (!sql::run(q, u"SELECT last_seq, last_hash, signature FROM audit_head WHERE id = 1"_s, error))
        return false;
    if (q.next())
        *head = {true, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return true;
}

// The last removed row's hash, as the signed checkpoint that vouches for rows up to throughSeq being
// removed says it, if any row holds one.
std::optional<QString> checkpointHash(const QSqlDatabase &db, const QByteArray &key, qint64 throughSeq)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::run(q, u"SELECT detail FROM audit_trail WHERE action = ?"_s, {QString::fromLatin1(AuditChain::checkpointAction)},
                  nullptr))
        return std::nullopt;
    while (q.next()) {
        const std::optional<AuditCheckpoint> c = AuditChain::parseCheckpoint(q.value(0).toString());
        if (c && c->throughSeq == throughSeq && AuditChain::signCheckpoint(key, *c) == c->signature)
            return c->lastHash;
    }
    return std::nullopt;
}

} // namespace

AuditVerdict verifyAuditChain(const QSqlDatabase &db, const QString &databasePath)
{
    QString detail;
    SignedHead head;
    if (!readHead(db, &head, &detail))
        return broken(0, 0, Audit::tr("Cannot read the audit trail's head: %1").arg(detail));
    QString keyError;
    const std::optional<QByteArray> key = AuditChain::loadKey(AuditChain::keyPath(databasePath), &keyError);

    QSqlQuery q(db);
    q.setForwardOnly(true); // a million rows pass through, none is kept
    if (!sql::run(q,
                  u"SELECT id, seq, at, username, hall_code, window_no, action, case_id, detail, row_hash"
                  u" FROM audit_trail ORDER BY id"_s,
                  &detail))
        return broken(0, 0, Audit::tr("Cannot read the audit trail: %1").arg(detail));

    qint64 rows = 0;
    qint64 chained = 0;
    qint64 lastSeq = 0;
    qint64 addedAfterHead = 0; // the first row past the signed head, if any
    QString lastHash;
    while (q.next()) {
        ++rows;
        AuditChainRow r;
        r.id = q.value(0).toLongLong();
        r.seq = q.value(1).toLongLong();
        r.at = q.value(2);
        r.username = q.value(3);
        r.hallCode = q.value(4);
        r.window = q.value(5);
        r.action = q.value(6);
        r.caseId = q.value(7);
        r.detail = q.value(8);
        r.rowHash = q.value(9).toString();
        if (q.value(9).isNull()) {
            // Rows from before the chain are chained by the first append; until then only as a prefix.
            if (chained == 0 && !head.present)
                continue;
            return broken(rows, r.id,
                          Audit::tr("Audit row %1 has no hash: it was written or changed outside OneWindow.").arg(r.id));
        }
        // The hash this row was chained to (schema 17 keeps it only in the row before): the start's, a
        // signed checkpoint's after removed rows, else the previous row's.
        if (chained == 0) {
            if (rows > 1)
                return broken(rows, r.id, Audit::tr("Audit row %1 is chained but rows before it are not.").arg(r.id));
            if (r.seq != 1) {
                if (!key)
                    return broken(rows, r.id, Audit::tr("Audit row %1 follows removed rows, and %2").arg(r.id).arg(keyError));
                const std::optional<QString> before = checkpointHash(db, *key, r.seq - 1);
                if (!before)
                    return broken(rows, r.id,
                                  Audit::tr("The rows before audit row %1 were removed without a signed checkpoint.").arg(r.id));
                r.prevHash = *before;
            } else {
                r.prevHash = AuditChain::genesis();
            }
        } else {
            if (r.seq <= lastSeq)
                return broken(rows, r.id,
                              Audit::tr("Audit row %1 is out of order (place %2 after %3).").arg(r.id).arg(r.seq).arg(lastSeq));
            if (r.seq != lastSeq + 1)
                return broken(rows, r.id,
                              Audit::tr("The audit row at place %2 before row %1 is missing, or rows were moved.")
                                  .arg(r.id)
                                  .arg(lastSeq + 1));
            r.prevHash = lastHash;
        }
        if (AuditChain::hashOf(r.prevHash, r) != r.rowHash)
            return broken(rows, r.id, Audit::tr("Audit row %1 was changed after it was written.").arg(r.id));
        if (r.action.toString() == QLatin1String(AuditChain::checkpointAction)) {
            const std::optional<AuditCheckpoint> c = AuditChain::parseCheckpoint(r.detail.toString());
            if (!c || !key || AuditChain::signCheckpoint(*key, *c) != c->signature)
                return broken(rows, r.id, Audit::tr("Audit row %1 is a checkpoint without a valid signature.").arg(r.id));
        }
        if (head.present && r.seq == head.lastSeq + 1)
            addedAfterHead = r.id;
        ++chained;
        lastSeq = r.seq;
        lastHash = r.rowHash;
    }
    if (!head.present) {
        if (chained == 0)
            return AuditVerdict{true, rows, 0, {}};
        return broken(rows, 0, Audit::tr("The audit trail's signed head is missing."));
    }
    if (!key)
        return broken(rows, 0, Audit::tr("The audit trail's head cannot be checked: %1").arg(keyError));
    if (AuditChain::signHead(*key, head.lastSeq, head.lastHash) != head.signature)
        return broken(rows, 0, Audit::tr("The audit trail's head is not signed with this device's key."));
    if (addedAfterHead != 0)
        return broken(rows, addedAfterHead, Audit::tr("Audit row %1 was added after the last signed row.").arg(addedAfterHead));
    if (lastSeq < head.lastSeq)
        return broken(rows, 0,
                      Audit::tr("The last %n audit row(s) are missing: the trail ends at place %1, the signed head at %2.",
                                nullptr, int(head.lastSeq - lastSeq))
                          .arg(lastSeq)
                          .arg(head.lastSeq));
    if (lastHash != head.lastHash)
        return broken(rows, 0, Audit::tr("The audit trail was rewritten: its last row is not the one the signed head names."));
    return AuditVerdict{true, rows, 0, {}};
}

} // namespace ow
