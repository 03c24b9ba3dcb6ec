// The audit trail's hash chain: every kind of tampering with plain SQL is found, with the right row.
#include "core/security/auditchain.h"
#include "core/security/audittrail.h"
#include "core/storage/database.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kDay(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);

struct Trail {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<AuditTrail> audit;
    Trail()
    {
        REQUIRE(db.open(path()));
        audit = std::make_unique<AuditTrail>(db);
    }
    QString path() const { return dir.filePath(u"counter.db"_s); }
    void add(int n, const QDateTime &from = kDay)
    {
        for (int i = 0; i < n; ++i)
            REQUIRE(audit->append({from.addSecs(60 * i), u"clerk%1"_s.arg(i % 3), u"H1"_s, 1 + i % 4, u"decision"_s,
                                   u"case-%1"_s.arg(i), u"accept"_s}));
    }
    void sql(const QString &text, const QVariantList &values = {})
    {
        QSqlQuery q(db.db());
        REQUIRE(q.prepare(text));
        for (const QVariant &v : values)
            q.addBindValue(v);
        REQUIRE(q.exec());
    }
    qint64 value(const QString &text)
    {
        QSqlQuery q(db.db());
        REQUIRE(q.exec(text));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    AuditVerdict verify() const { return verifyAuditChain(db.db(), path()); }
};

// What every tampering case asks of the verdict: it fails, at the row named (0: not one row's fault) and
// says why. The verdict is captured so a failure shows what the check did say.
void checkBroken(const AuditVerdict &v, qint64 row, const QString &why)
{
    CAPTURE(v.brokenRowId, v.problem);
    CHECK_FALSE(v.ok);
    CHECK(v.brokenRowId == row);
    CHECK(v.problem.contains(why));
}

} // namespace

TEST_CASE("appended audit rows form a chain that verifies, signed with a key only the owner can read")
{
    Trail t;
    CHECK(t.verify().ok); // empty
    t.add(5);
    const AuditVerdict v = t.verify();
    CHECK(v.ok);
    CHECK(v.rows == 5);
    CHECK(v.problem == QString());
    CHECK(t.value(u"SELECT max(seq) FROM audit_trail"_s) == 5);
    const QFile key(AuditChain::keyPath(t.path()));
    REQUIRE(key.exists());
    CHECK(key.permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("an audit row edited with plain SQL is named")
{
    Trail t;
    t.add(6);
    t.sql(u"UPDATE audit_trail SET detail = 'refuse' WHERE id = 4"_s);
    checkBroken(t.verify(), 4, u"row 4 was changed"_s);
}

TEST_CASE("a deleted audit row in the middle is found at the row after it")
{
    Trail t;
    t.add(6);
    t.sql(u"DELETE FROM audit_trail WHERE id = 3"_s);
    checkBroken(t.verify(), 4, u"missing"_s);
}

TEST_CASE("two audit rows with their contents swapped are found at the first of them")
{
    Trail t;
    t.add(6);
    // Swap everything but the id: the rows stay where they were, in the other's clothes.
    t.sql(u"UPDATE audit_trail SET id = -2 WHERE id = 2"_s);
    t.sql(u"UPDATE audit_trail SET id = 2 WHERE id = 5"_s);
    t.sql(u"UPDATE audit_trail SET id = 5 WHERE id = -2"_s);
    checkBroken(t.verify(), 2, u"moved"_s);

    Trail u;
    u.add(6);
    // Swap only what the row says (who, what, when), keeping the chain's columns in place.
    u.sql(u"UPDATE audit_trail SET username = (SELECT username FROM audit_trail WHERE id = 3),"
          u" case_id = (SELECT case_id FROM audit_trail WHERE id = 3) WHERE id = 2"_s);
    checkBroken(u.verify(), 2, {});
}

TEST_CASE("audit rows cut from the tail are found against the signed head")
{
    Trail t;
    t.add(6);
    t.sql(u"DELETE FROM audit_trail WHERE id >= 5"_s);
    checkBroken(t.verify(), 0, u"last 2 audit row(s) are missing"_s);
    // Rewriting the head too needs the key file: a head copied from elsewhere or made up does not verify.
    t.sql(u"UPDATE audit_head SET last_seq = 4, last_hash = (SELECT row_hash FROM audit_trail WHERE seq = 4)"_s);
    CHECK(t.verify().problem.contains(u"not signed with this device's key"_s));
    // And the next append does not paper over it: it continues from the signed head, leaving the gap.
    Trail u;
    u.add(4);
    u.sql(u"DELETE FROM audit_trail WHERE id = 4"_s);
    u.add(1); // SQLite gives it the freed id 4, at place 5
    CHECK(u.verify().brokenRowId == 4);
}

TEST_CASE("a forged audit row is named, with a bad hash or a well-made one")
{
    Trail t;
    t.add(3);
    t.sql(u"INSERT INTO audit_trail (at, username, action, detail, seq, row_hash)"
          u" SELECT at, 'mallory', 'decision', 'accept', 4, 'ff' FROM audit_trail WHERE id = 3"_s);
    checkBroken(t.verify(), 4, u"row 4 was changed"_s);

    // One who knows the encoding computes the hash; only the head's signature is beyond reach.
    Trail u;
    u.add(3);
    AuditChainRow r;
    r.seq = 4;
    r.at = u"2026-03-02T02:00:00.000Z"_s;
    r.username = u"mallory"_s;
    r.hallCode = u""_s;
    r.window = 0;
    r.action = u"decision"_s;
    r.detail = u"accept"_s;
    QSqlQuery q(u.db.db());
    REQUIRE(q.exec(u"SELECT row_hash FROM audit_trail WHERE seq = 3"_s));
    REQUIRE(q.next());
    r.prevHash = q.value(0).toString();
    u.sql(u"INSERT INTO audit_trail (at, username, hall_code, window_no, action, detail, seq, row_hash)"
          u" VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
          {r.at, r.username, r.hallCode, r.window, r.action, r.detail, 4, AuditChain::hashOf(r.prevHash, r)});
    checkBroken(u.verify(), 4, u"added after the last signed row"_s);
}

TEST_CASE("an audit trail rewritten from an edited row on, hashes and all, no longer matches its signed head")
{
    Trail t;
    t.add(4);
    t.sql(u"UPDATE audit_trail SET detail = 'refuse' WHERE id = 2"_s);
    QString prev = AuditChain::genesis();
    QSqlQuery q(t.db.db());
    REQUIRE(
        q.exec(u"SELECT id, seq, at, username, hall_code, window_no, action, case_id, detail FROM audit_trail ORDER BY id"_s));
    QList<QVariantList> updates;
    while (q.next()) {
        AuditChainRow r{q.value(0).toLongLong(),
                        q.value(1).toLongLong(),
                        q.value(2),
                        q.value(3),
                        q.value(4),
                        q.value(5),
                        q.value(6),
                        q.value(7),
                        q.value(8),
                        prev,
                        {}};
        r.rowHash = AuditChain::hashOf(prev, r);
        updates.append({r.rowHash, r.id});
        prev = r.rowHash;
    }
    for (const QVariantList &u : updates)
        t.sql(u"UPDATE audit_trail SET row_hash = ? WHERE id = ?"_s, u);
    checkBroken(t.verify(), 0, u"rewritten"_s);
}

TEST_CASE("rows removed before a cut-off leave a signed checkpoint from which the rest verifies")
{
    Trail t;
    t.add(5, kDay);
    t.add(3, kDay.addDays(40));
    qint64 removed = 0;
    REQUIRE(t.audit->removeBefore(kDay.addDays(30), u"retention"_s, &removed));
    CHECK(removed == 5);
    CHECK(t.value(u"SELECT count(*) FROM audit_trail"_s) == 4); // 3 kept and the checkpoint
    CHECK(t.value(u"SELECT min(seq) FROM audit_trail"_s) == 6);
    const AuditVerdict v = t.verify();
    CHECK(v.ok);
    CHECK(v.problem.isEmpty());
    t.add(2, kDay.addDays(41));
    CHECK(t.verify().ok);
    // A second run past the first checkpoint (written now): the new one vouches for everything before it.
    REQUIRE(t.audit->removeBefore(kDay.addYears(50), u"retention"_s, &removed));
    CHECK(removed == 6);
    CHECK(t.value(u"SELECT count(*) FROM audit_trail"_s) == 1);
    CHECK(t.verify().ok);
    t.add(1, kDay.addYears(60));
    REQUIRE(t.audit->removeBefore(kDay.addDays(50), u"retention"_s, &removed));
    CHECK(removed == 0);
    CHECK(t.verify().ok);

    // The same removal without the key's signature is not a checkpoint.
    Trail u;
    u.add(5, kDay);
    u.add(2, kDay.addDays(40));
    u.sql(u"DELETE FROM audit_trail WHERE seq <= 3"_s);
    checkBroken(u.verify(), 4, u"without a signed checkpoint"_s);
    REQUIRE(u.audit->removeBefore(kDay.addDays(30), u"retention"_s, &removed));
    u.sql(u"UPDATE audit_trail SET detail = replace(detail, 'removed=2', 'removed=1') WHERE action = 'audit_checkpoint'"_s);
    CHECK_FALSE(u.verify().ok);
}

TEST_CASE("two connections appending to one audit trail in turn keep one chain")
{
    Trail t;
    Database second;
    REQUIRE(second.open(t.path()));
    AuditTrail other(second);
    for (int i = 0; i < 10; ++i) {
        REQUIRE(t.audit->append({kDay, u"a"_s, {}, 1, u"decision"_s, {}, {}}));
        REQUIRE(other.append({kDay, u"b"_s, {}, 2, u"reprint"_s, {}, {}}));
    }
    const AuditVerdict v = t.verify();
    CHECK(v.ok);
    CHECK(v.rows == 20);
    // The unique place is the last line of defence: a second row at a taken place is refused.
    QSqlQuery q(t.db.db());
    CHECK_FALSE(q.exec(u"INSERT INTO audit_trail (at, username, action, seq) VALUES ('x', 'y', 'z', 3)"_s));
}

TEST_CASE("rows written before the chain are chained in id order at the first append")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        QList<Migration> upTo10 = Migrations::builtIn();
        upTo10.resize(10);
        Database old;
        REQUIRE(old.open(path, upTo10));
        QSqlQuery q(old.db());
        for (int i = 0; i < 3; ++i)
            REQUIRE(q.exec(u"INSERT INTO audit_trail (at, username, action, detail) VALUES ('2026-01-0%1T08:00:00.000Z',"
                           u" 'old', 'sign_in', '')"_s.arg(i + 1)));
    }
    Database db;
    REQUIRE(db.open(path));
    CHECK(verifyAuditChain(db.db(), path).ok); // not chained yet, not broken
    AuditTrail audit(db);
    REQUIRE(audit.append({kDay, u"new"_s, {}, 1, u"sign_in"_s, {}, {}}));
    const AuditVerdict v = verifyAuditChain(db.db(), path);
    CHECK(v.ok);
    CHECK(v.rows == 4);
    QSqlQuery q(db.db());
    REQUIRE(q.exec(u"SELECT seq FROM audit_trail WHERE id = 4"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4);
}

TEST_CASE("a missing audit key fails the check and the next append records that a new key was made")
{
    Trail t;
    t.add(3);
    REQUIRE(QFile::remove(AuditChain::keyPath(t.path())));
    CHECK(t.verify().problem.contains(u"key"_s));
    AuditTrail fresh(t.db); // a program started after the key went
    REQUIRE(fresh.append({kDay, u"a"_s, {}, 1, u"sign_in"_s, {}, {}}));
    CHECK(t.value(u"SELECT count(*) FROM audit_trail WHERE action = 'audit_key_replaced'"_s) == 1);
    CHECK(t.verify().ok);
}
