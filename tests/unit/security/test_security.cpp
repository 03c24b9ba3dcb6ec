#include "core/security/accounts.h"
#include "core/security/audittrail.h"
#include "core/security/passwordhasher.h"
#include "core/storage/database.h"
#include "tests/support/test_support.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ow;

namespace {

struct Fixture {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<AuditTrail> audit;
    std::unique_ptr<Accounts> accounts;
    explicit Fixture(int iterations = owtest::FastHashIterations)
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("hall.db"))));
        audit = std::make_unique<AuditTrail>(db);
        accounts = std::make_unique<Accounts>(db, *audit, policy(iterations));
    }
    static SignInPolicy policy(int iterations)
    {
        SignInPolicy p;
        p.hashIterations = iterations;
        return p;
    }
};

const QDateTime kNine(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);

} // namespace

TEST_CASE("a password is stored as a salted PBKDF2 hash, by default with at least 600,000 iterations")
{
    CHECK(PasswordHasher::DefaultIterations >= 600000);
    CHECK(PasswordHasher().iterations() == PasswordHasher::DefaultIterations);
    CHECK(SignInPolicy{}.hashIterations == PasswordHasher::DefaultIterations);
    const PasswordHasher hasher(owtest::FastHashIterations);
    const QString a = hasher.hash(QStringLiteral("correct horse"));
    const QString b = hasher.hash(QStringLiteral("correct horse"));
    CHECK(a.startsWith(QStringLiteral("pbkdf2-sha256$")));
    CHECK(PasswordHasher::iterationsOf(a) == owtest::FastHashIterations);
    CHECK(a != b); // a salt of its own
    CHECK_FALSE(a.contains(QStringLiteral("correct")));
    CHECK(hasher.verify(QStringLiteral("correct horse"), a));
    CHECK_FALSE(hasher.verify(QStringLiteral("correct hors"), a));
    CHECK_FALSE(hasher.verify(QStringLiteral("x"), QStringLiteral("plain text")));
    CHECK_FALSE(hasher.verify(QStringLiteral("correct horse"), hasher.decoy()));
}

TEST_CASE("the database never holds a password in clear")
{
    Fixture f;
    REQUIRE(
        f.accounts->add(QStringLiteral("clerk01"), QStringLiteral("李娜"), Role::Clerk, QStringLiteral("s3cret-pass"), nullptr));
    QSqlQuery q(f.db.db());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM users")));
    REQUIRE(q.next());
    CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("s3cret")));
}

TEST_CASE("accounts refuse bad user names, short passwords and duplicates with a reason")
{
    Fixture f;
    QString error;
    CHECK_FALSE(f.accounts->add(QStringLiteral("A"), {}, Role::Clerk, QStringLiteral("long enough"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(f.accounts->add(QStringLiteral("clerk01"), {}, Role::Clerk, QStringLiteral("short"), &error));
    CHECK(error.contains(QStringLiteral("10")));
    REQUIRE(f.accounts->add(QStringLiteral("clerk01"), {}, Role::Clerk, QStringLiteral("long enough"), &error));
    CHECK_FALSE(f.accounts->add(QStringLiteral("clerk01"), {}, Role::Clerk, QStringLiteral("long enough"), &error));
}

TEST_CASE("the right password signs in and is audited with the window")
{
    Fixture f;
    REQUIRE(
        f.accounts->add(QStringLiteral("clerk01"), QStringLiteral("李娜"), Role::Clerk, QStringLiteral("s3cret-pass"), nullptr));
    const SignInResult r =
        f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("s3cret-pass"), QStringLiteral("XH"), 3, kNine);
    REQUIRE(r.ok);
    CHECK(r.account.displayName == QStringLiteral("李娜"));
    CHECK(r.account.role == Role::Clerk);
    const QList<AuditEntry> log = f.audit->latest(1);
    REQUIRE(log.size() == 1);
    CHECK(log.first().action == QStringLiteral("sign_in"));
    CHECK(log.first().window == 3);
}

TEST_CASE("a wrong password three times locks the account, even against the right one")
{
    Fixture f;
    REQUIRE(f.accounts->add(QStringLiteral("clerk01"), {}, Role::Clerk, QStringLiteral("s3cret-pass"), nullptr));
    const SignInResult first = f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("guess-1"), {}, 3, kNine);
    const SignInResult unknown = f.accounts->signIn(QStringLiteral("nobody"), QStringLiteral("guess-1"), {}, 3, kNine);
    CHECK_FALSE(first.ok);
    CHECK(first.reason == unknown.reason); // the screen does not tell who has an account
    CHECK_FALSE(f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("guess-2"), {}, 3, kNine).ok);
    const SignInResult third = f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("guess-3"), {}, 3, kNine);
    CHECK_FALSE(third.ok);
    CHECK(third.reason == unknown.reason); // locking is not announced either: it would confirm the name
    CHECK(f.accounts->find(QStringLiteral("clerk01"))->lockedUntil.isValid());

    const SignInResult locked =
        f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("s3cret-pass"), {}, 3, kNine.addSecs(60));
    CHECK_FALSE(locked.ok);
    CHECK(locked.reason == unknown.reason);
    CHECK(f.audit->latest(1).first().detail == QStringLiteral("locked")); // the audit keeps the real reason
    CHECK(f.audit->latest(10).at(1).action == QStringLiteral("account_locked"));

    // After the lock time the right password works again; an administrator can also unlock earlier.
    CHECK(f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("s3cret-pass"), {}, 3, kNine.addSecs(16 * 60)).ok);
}

TEST_CASE("an administrator unlocks a locked account and disables another")
{
    Fixture f;
    REQUIRE(f.accounts->add(QStringLiteral("clerk01"), {}, Role::Clerk, QStringLiteral("s3cret-pass"), nullptr));
    for (int i = 0; i < 3; ++i)
        f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("nope-nope"), {}, 1, kNine);
    REQUIRE(f.accounts->unlock(QStringLiteral("clerk01"), nullptr));
    CHECK(f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("s3cret-pass"), {}, 1, kNine).ok);
    REQUIRE(f.accounts->setDisabled(QStringLiteral("clerk01"), true, nullptr));
    const SignInResult r = f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("s3cret-pass"), {}, 1, kNine);
    const SignInResult unknown = f.accounts->signIn(QStringLiteral("nobody"), QStringLiteral("s3cret-pass"), {}, 1, kNine);
    CHECK_FALSE(r.ok);
    CHECK(r.reason == unknown.reason);
    CHECK(f.audit->latest(2).at(1).detail == QStringLiteral("disabled"));
}

TEST_CASE("a new password replaces the old one and clears the failures")
{
    Fixture f;
    REQUIRE(f.accounts->add(QStringLiteral("clerk01"), {}, Role::Clerk, QStringLiteral("s3cret-pass"), nullptr));
    f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("nope-nope"), {}, 1, kNine);
    REQUIRE(f.accounts->setPassword(QStringLiteral("clerk01"), QStringLiteral("another-pass"), nullptr));
    CHECK(f.accounts->find(QStringLiteral("clerk01"))->failedAttempts == 0);
    CHECK_FALSE(f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("s3cret-pass"), {}, 1, kNine).ok);
    CHECK(f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("another-pass"), {}, 1, kNine).ok);
}

TEST_CASE("every failed sign-in costs one key derivation, an unknown user's included")
{
    Fixture f;
    REQUIRE(f.accounts->add(QStringLiteral("clerk01"), {}, Role::Clerk, QStringLiteral("s3cret-pass"), nullptr));
    REQUIRE(f.accounts->add(QStringLiteral("clerk02"), {}, Role::Clerk, QStringLiteral("s3cret-pass"), nullptr));
    REQUIRE(f.accounts->setDisabled(QStringLiteral("clerk02"), true, nullptr));
    const auto derivationsOf = [&](const QString &user) {
        const int before = f.accounts->hasher().derivations();
        CHECK_FALSE(f.accounts->signIn(user, QStringLiteral("guess-guess"), {}, 1, kNine).ok);
        return f.accounts->hasher().derivations() - before;
    };
    CHECK(derivationsOf(QStringLiteral("clerk01")) == 1); // wrong password
    CHECK(derivationsOf(QStringLiteral("nobody")) == 1);  // unknown user: against a decoy of the same cost
    CHECK(derivationsOf(QStringLiteral("clerk02")) == 1); // disabled
}

TEST_CASE("a hash made with fewer iterations is re-made at the current cost at the next sign-in")
{
    QTemporaryDir dir;
    {
        Database db;
        REQUIRE(db.open(dir.filePath(QStringLiteral("hall.db"))));
        AuditTrail audit(db);
        Accounts old(db, audit, Fixture::policy(owtest::FastHashIterations));
        REQUIRE(old.add(QStringLiteral("clerk01"), {}, Role::Clerk, QStringLiteral("s3cret-pass"), nullptr));
    }
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("hall.db"))));
    AuditTrail audit(db);
    Accounts now(db, audit, Fixture::policy(2 * owtest::FastHashIterations));
    const auto stored = [&] {
        QSqlQuery q(db.db());
        REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE username = 'clerk01'")));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    CHECK(PasswordHasher::iterationsOf(stored()) == owtest::FastHashIterations);
    CHECK_FALSE(now.signIn(QStringLiteral("clerk01"), QStringLiteral("wrong-guess"), {}, 1, kNine).ok);
    CHECK(PasswordHasher::iterationsOf(stored()) == owtest::FastHashIterations); // only the right password may
    REQUIRE(now.signIn(QStringLiteral("clerk01"), QStringLiteral("s3cret-pass"), {}, 1, kNine).ok);
    CHECK(PasswordHasher::iterationsOf(stored()) == 2 * owtest::FastHashIterations);
    CHECK(now.signIn(QStringLiteral("clerk01"), QStringLiteral("s3cret-pass"), {}, 1, kNine).ok); // the new hash works
}
