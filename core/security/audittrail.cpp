#include "core/security/audittrail.h"

#include "core/security/auditchain.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

struct Head {
    bool present = false;
    qint64 seq = 0;
    QString hash;
};

bool readHead(const Database &database, Head *head, QString *error)
{
    QSqlQuery q(database.db());
    if (!sql::run(q, u"SELECT last_seq, last_hash FROM audit_head WHERE id = 1"_s, error))
        return false;
    *head = q.next() ? Head{true, q.value(0).toLongLong(), q.value(1).toString()} : Head{};
    return true;
}

AuditChainRow chainRow(const AuditEntry &entry, qint64 seq)
{
    // The values exactly as they are bound below, so the hash covers what the row holds.
    AuditChainRow r;
    r.seq = seq;
    r.at = sql::fromDateTime(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()).toString();
    r.username = QString(entry.username.isNull() ? u""_s : entry.username);
    r.hallCode = QString(entry.hallCode.isNull() ? u""_s : entry.hallCode);
    r.window = QVariant(qlonglong(entry.window));
    r.action = QString(entry.action.isNull() ? u""_s : entry.action);
    r.caseId = sql::nullIfEmpty(entry.caseId);
    r.detail = QString(entry.detail.isNull() ? u""_s : entry.detail);
    return r;
}

} // namespace

AuditTrail::AuditTrail(Database &database)
    : m_database(database)
{}

std::optional<QByteArray> AuditTrail::key(bool *created, QString *error)
{
    *created = false;
    if (!m_key)
        m_key = AuditChain::loadOrCreateKey(AuditChain::keyPath(m_database.path()), created, error);
    return m_key;
}

bool AuditTrail::append(const AuditEntry &entry, QString *error)
{
    return m_database.transaction([&] { return appendInTransaction(entry, error); }, error);
}

bool AuditTrail::appendInTransaction(const AuditEntry &entry, QString *error)
{
    // The head, not the table's last row, says where the next row goes: a row removed from the tail is
    // then a gap the next append cannot paper over.
    Head head;
    if (!readHead(m_database, &head, error))
        return false;
    bool orphaned = false;
    if (!head.present) {
        int chained = 0;
        if (!chainInTransaction(&chained, error))
            return false;
        QSqlQuery q(m_database.db());
        if (!sql::run(q, u"SELECT seq, row_hash FROM audit_trail WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1"_s, error))
            return false;
        if (q.next()) {
            head = {true, q.value(0).toLongLong(), q.value(1).toString()};
            orphaned = chained == 0; // chained rows but no head: it was removed
        } else {
            head = {false, 0, AuditChain::genesis()};
        }
    }
    bool created = false;
    if (!key(&created, error))
        return false;
    // Neither a lost key nor a lost head stops the counter; each leaves a row that says so.
    QString action;
    if (orphaned)
        action = QString::fromLatin1(AuditChain::headRebuiltAction);
    else if (created && head.present)
        action = QString::fromLatin1(AuditChain::keyReplacedAction);
    if (!action.isEmpty()) {
        if (!insertRow({entry.at, entry.username, entry.hallCode, entry.window, action, {}, {}}, head.seq + 1, head.hash,
                       &head.hash, error))
            return false;
        ++head.seq;
    }
    return insertRow(entry, head.seq + 1, head.hash, &head.hash, error);
}

bool AuditTrail::insertRow(const AuditEntry &entry, qint64 seq, QString prevHash, QString *rowHash, QString *error)
{
    const AuditChainRow r = chainRow(entry, seq);
    *rowHash = AuditChain::hashOf(prevHash, r);
    QSqlQuery q(m_database.db());
    return sql::run(q,
                    u"INSERT INTO audit_trail (at, username, hall_code, window_no, action, case_id, detail, seq, row_hash)"
                    u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {r.at, r.username, r.hallCode, r.window, r.action, r.caseId, r.detail, seq, *rowHash}, error)
           && writeHead(seq, *rowHash, error);
}

bool AuditTrail::writeHead(qint64 seq, const QString &hash, QString *error)
{
    bool created = false;
    const std::optional<QByteArray> k = key(&created, error);
    if (!k)
        return false;
    QSqlQuery q(m_database.db());
    return sql::run(q,
                    u"INSERT INTO audit_head (id, last_seq, last_hash, signature) VALUES (1, ?, ?, ?)"
                    u" ON CONFLICT (id) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash,"
                    u" signature = excluded.signature"_s,
                    {seq, hash, AuditChain::signHead(*k, seq, hash)}, error);
}

int AuditTrail::chainExisting(QString *error)
{
    int chained = 0;
    const bool ok = m_database.transaction(
        [&] {
            Head head;
            return readHead(m_database, &head, error) && (head.present || chainInTransaction(&chained, error));
        },
        error);
    return ok ? chained : -1;
}

// Rows from before schema 11 get their places in id order, once, while there is no head yet.
bool AuditTrail::chainInTransaction(int *chained, QString *error)
{
    *chained = 0;
    QSqlQuery q(m_database.db());
    if (!sql::run(q, u"SELECT count(*) FROM audit_trail WHERE seq IS NOT NULL"_s, error) || !q.next())
        return false;
    if (q.value(0).toLongLong() > 0)
        return true;
    q.setForwardOnly(true);
    if (!sql::run(q,
                  u"SELECT id, at, username, hall_code, window_no, action, case_id, detail FROM audit_trail"
                  u" WHERE row_hash IS NULL ORDER BY id"_s,
                  error))
        return false;
    QString prev = AuditChain::genesis();
    qint64 seq = 0;
    QSqlQuery update(m_database.db());
    while (q.next()) {
        AuditChainRow r{q.value(0).toLongLong(),
                        ++seq,
                        q.value(1),
                        q.value(2),
                        q.value(3),
                        q.value(4),
                        q.value(5),
                        q.value(6),
                        q.value(7),
                        prev,
                        {}};
        r.rowHash = AuditChain::hashOf(prev, r);
        if (!sql::run(update, u"UPDATE audit_trail SET seq = ?, row_hash = ? WHERE id = ?"_s, {seq, r.rowHash, r.id}, error))
            return false;
        prev = r.rowHash;
    }
    *chained = int(seq);
    return seq == 0 || writeHead(seq, prev, error);
}

bool AuditTrail::removeBefore(const QDateTime &cutoff, const QString &actor, qint64 *removed, QString *error)
{
    *removed = 0;
    return m_database.transaction(
        [&] {
            int chained = 0;
            Head head;
            if (!readHead(m_database, &head, error) || (!head.present && !chainInTransaction(&chained, error)))
                return false;
            QSqlQuery q(m_database.db());
            // The oldest unbroken run before the cutoff: what stays must start where a checkpoint says.
            if (!sql::run(q, u"SELECT (SELECT min(seq) FROM audit_trail WHERE at >= ?), min(seq), max(seq) FROM audit_trail"_s,
                          {sql::fromDateTime(cutoff)}, error)
                || !q.next())
                return false;
            const qint64 first = q.value(1).toLongLong();
            const qint64 through = q.value(0).isNull() ? q.value(2).toLongLong() : q.value(0).toLongLong() - 1;
            if (q.value(1).isNull() || through < first)
                return true;
            AuditCheckpoint c;
            c.throughSeq = through;
            if (!sql::run(q,
                          u"SELECT row_hash, (SELECT count(*) FROM audit_trail WHERE seq <= ?) FROM audit_trail WHERE seq = ?"_s,
                          {through, through}, error)
                || !q.next())
                return false;
            c.lastHash = q.value(0).toString();
            c.removed = q.value(1).toLongLong();
            bool created = false;
            const std::optional<QByteArray> k = key(&created, error);
            if (!k || !sql::run(q, u"DELETE FROM audit_trail WHERE seq <= ?"_s, {through}, error))
                return false;
            c.signature = AuditChain::signCheckpoint(*k, c);
            *removed = c.removed;
            return appendInTransaction({QDateTime::currentDateTimeUtc(),
                                        actor,
                                        {},
                                        0,
                                        QString::fromLatin1(AuditChain::checkpointAction),
                                        {},
                                        AuditChain::checkpointDetail(c)},
                                       error);
        },
        error);
}

namespace {

AuditEntry readEntry(const QSqlQuery &q)
{
    return {sql::toDateTime(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
            q.value(4).toString(),       q.value(5).toString(), q.value(6).toString()};
}

} // namespace

QList<AuditEntry> AuditTrail::forCase(const QString &caseId) const
{
    return sql::rows(m_database.db(),
                     QStringLiteral("SELECT at, username, hall_code, window_no, action, case_id, detail FROM audit_trail"
                                    " WHERE case_id = ? ORDER BY id"),
                     {caseId}, readEntry);
}

QList<AuditEntry> AuditTrail::latest(int limit) const
{
    return sql::rows(m_database.db(),
                     QStringLiteral("SELECT at, username, hall_code, window_no, action, case_id, detail FROM audit_trail"
                                    " ORDER BY id DESC LIMIT ?"),
                     {limit}, readEntry);
}

} // namespace ow
