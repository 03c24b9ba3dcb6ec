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
    Fixture()
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("hall.db"))));
        audit = std::make_unique<AuditTrail>(db);
        accounts = std::make_unique<Accounts>(db, *audit);
    }
};

const QDateTime kNine(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);

} // namespace

TEST_CASE("a password is stored as a salted PBKDF2 hash with at least 100,000 iterations")
{
    const QString a = PasswordHasher::hash(QStringLiteral("correct horse"));
    const QString b = PasswordHasher::hash(QStringLiteral("correct horse"));
    CHECK(a.startsWith(QStringLiteral("pbkdf2-sha256$")));
    CHECK(PasswordHasher::iterationsOf(a) >= 100000);
    CHECK(a != b); // a salt of its own
    CHECK_FALSE(a.contains(QStringLiteral("correct")));
    CHECK(PasswordHasher::verify(QStringLiteral("correct horse"), a));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("correct hors"), a));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("plain text")));
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
    CHECK(error.contains(QStringLiteral("8")));
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
    CHECK(third.reason.contains(QStringLiteral("locked")));
    CHECK(f.accounts->find(QStringLiteral("clerk01"))->lockedUntil.isValid());

    const SignInResult locked =
        f.accounts->signIn(QStringLiteral("clerk01"), QStringLiteral("s3cret-pass"), {}, 3, kNine.addSecs(60));
    CHECK_FALSE(locked.ok);
    CHECK(locked.reason.contains(QStringLiteral("locked")));
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
    CHECK_FALSE(r.ok);
    CHECK(r.reason.contains(QStringLiteral("disabled")));
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
