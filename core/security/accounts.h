#pragma once
// Accounts of the people who sign in at a window, and sign-in with lock-out after repeated failures.

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
};

struct SignInResult {
    bool ok = false;
    Account account;
    QString reason; // translated; the same words for an unknown user and a wrong password
};

class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(ow::Accounts)

public:
    Accounts(Database &database, AuditTrail &audit, SignInPolicy policy = {});

    // Username: 3-32 of a-z, 0-9, '.', '_', '-'. Password: at least PasswordHasher::MinimumLength characters.
    bool add(const QString &username, const QString &displayName, Role role, const QString &password, QString *error);
    bool setPassword(const QString &username, const QString &password, QString *error);
    bool setDisabled(const QString &username, bool disabled, QString *error);
    bool unlock(const QString &username, QString *error);
    std::optional<Account> find(const QString &username) const;
    QList<Account> all() const;

    // Checks the password; counts failures and locks the account at the limit. Every attempt is audited
    // with the window it came from. now is injectable for tests.
    SignInResult signIn(const QString &username, const QString &password, const QString &hallCode, int window,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    static bool validUsername(const QString &username);
    Database &m_database;
    AuditTrail &m_audit;
    SignInPolicy m_policy;
};

} // namespace ow
