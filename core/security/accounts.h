#pragma once
// Accounts of the people who sign in at a window, and sign-in with lock-out after repeated failures.

#include "core/security/passwordhasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace ow {

class Database;
class AuditTrail;

enum class Role { Clerk, Supervisor, Administrator };

QString roleKey(Role role); // clerk / supervisor / administrator
bool roleFromKey(const QString &key, Role *out);
QString roleName(Role role); // translated

struct Account {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    bool disabled = false;
};

struct SignInPolicy {
    int maxFailures = 3; // the third wrong password locks the account
    int lockMinutes = 15;
    // The cost of new hashes; a stored hash with fewer iterations is re-made at its next sign-in. Only
    // tests lower it (their fixtures make many accounts); the programs keep the default.
    int hashIterations = PasswordHasher::DefaultIterations;
};

struct SignInResult {
    bool ok = false;
    Account account;
    // Translated; the same words for every failure (unknown user, wrong password, locked, disabled), so
    // the screen does not tell who has an account. The audit row keeps the real reason.
    QString reason;
};

class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(ow::Accounts)

public:
    Accounts(Database &database, AuditTrail &audit, SignInPolicy policy = {});

    // Username: 3-32 of a-z, 0-9, '.', '_', '-'. Password: as PasswordPolicy says.
    bool add(const QString &username, const QString &displayName, Role role, const QString &password, QString *error);
    bool setPassword(const QString &username, const QString &password, QString *error);
    bool setDisabled(const QString &username, bool disabled, QString *error);
    bool unlock(const QString &username, QString *error);
    std::optional<Account> find(const QString &username) const;
    const PasswordHasher &hasher() const { return m_hasher; }
    QList<Account> all() const;

    // Checks the password; counts failures and locks the account at the limit. Every attempt is audited
    // with the window it came from, and every one costs one key derivation, an unknown name included,
    // so the time taken does not tell who has an account. now is injectable for tests.
    SignInResult signIn(const QString &username, const QString &password, const QString &hallCode, int window,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    static bool validUsername(const QString &username);
    SignInResult refuse(const QString &username, const QString &hallCode, int window, const QDateTime &now, const QString &action,
                        const QString &detail);
    SignInResult refused() const;
    bool afterSuccess(const Account &account, const QString &rehashed, const QDateTime &now);
    Database &m_database;
    AuditTrail &m_audit;
    SignInPolicy m_policy;
    PasswordHasher m_hasher;
};

} // namespace ow
