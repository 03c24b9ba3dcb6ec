#include "core/security/accounts.h"

#include "core/domain/enumkeys.h"
#include "core/security/audittrail.h"
#include "core/security/passwordpolicy.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace ow {

namespace {

constexpr EnumKeys<Role, 3> kRoles{
    {{Role::Clerk, u"clerk"}, {Role::Supervisor, u"supervisor"}, {Role::Administrator, u"administrator"}}};

Account readAccount(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    roleFromKey(q.value(3).toString(), &a.role);
    a.failedAttempts = q.value(4).toInt();
    a.lockedUntil = sql::toDateTime(q.value(5));
    a.disabled = q.value(6).toInt() != 0;
    return a;
}

// The account row (readAccount) and its password hash in column 7: for find() and signIn().
bool selectByName(QSqlQuery &q, const QString &username, QString *error)
{
    return sql::run(q,
                    QStringLiteral("SELECT id, username, display_name, role, failed_attempts, locked_until, disabled,"
                                   " password_hash FROM users WHERE username = ?"),
                    {username}, error);
}

} // namespace

OW_ENUM_KEY_FUNCTIONS(Role, roleKey, roleFromKey, kRoles)

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk: return QCoreApplication::translate("ow::Accounts", "Window clerk");
    case Role::Supervisor: return QCoreApplication::translate("ow::Accounts", "Supervisor");
    case Role::Administrator: return QCoreApplication::translate("ow::Accounts", "Administrator");
    }
    return {};
}

Accounts::Accounts(Database &database, AuditTrail &audit, SignInPolicy policy)
    : m_database(database),
      m_audit(audit),
      m_policy(policy),
      m_hasher(policy.hashIterations)
{}

bool Accounts::validUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{3,32}$"));
    return pattern.match(username).hasMatch();
}

bool Accounts::add(const QString &username, const QString &displayName, Role role, const QString &password, QString *error)
{
    if (!validUsername(username)) {
        sql::setError(error, tr("A user name has 3 to 32 characters: lower-case letters, digits, '.', '_' or '-'."));
        return false;
    }
    if (const QString problem = PasswordPolicy::problem(username, password); !problem.isEmpty()) {
        sql::setError(error, problem);
        return false;
    }
    if (find(username)) {
        sql::setError(error, tr("The user %1 exists already.").arg(username));
        return false;
    }
    QSqlQuery q(m_database.db());
    const QString now = sql::nowUtc();
    return sql::run(q,
                    QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, created_at,"
                                   " updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {username, displayName.trimmed().isEmpty() ? username : displayName.trimmed(), roleKey(role),
                     m_hasher.hash(password), now, now},
                    error)
           && m_audit.append({{}, username, {}, 0, QStringLiteral("user_added"), {}, roleKey(role)});
}

bool Accounts::setPassword(const QString &username, const QString &password, QString *error)
{
    if (const QString problem = PasswordPolicy::problem(username, password); !problem.isEmpty()) {
        sql::setError(error, problem);
        return false;
    }
    if (!find(username)) {
        sql::setError(error, tr("There is no user %1.").arg(username));
        return false;
    }
    QSqlQuery q(m_database.db());
    return sql::run(q,
                    QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL,"
                                   " updated_at = ? WHERE username = ?"),
                    {m_hasher.hash(password), sql::nowUtc(), username}, error)
           && m_audit.append({{}, username, {}, 0, QStringLiteral("password_changed"), {}, {}});
}

bool Accounts::setDisabled(const QString &username, bool disabled, QString *error)
{
    if (!find(username)) {
        sql::setError(error, tr("There is no user %1.").arg(username));
        return false;
    }
    QSqlQuery q(m_database.db());
    return sql::run(q, QStringLiteral("UPDATE users SET disabled = ?, updated_at = ? WHERE username = ?"),
                    {disabled ? 1 : 0, sql::nowUtc(), username}, error)
           && m_audit.append(
               {{}, username, {}, 0, disabled ? QStringLiteral("user_disabled") : QStringLiteral("user_enabled"), {}, {}});
}

bool Accounts::unlock(const QString &username, QString *error)
{
    QSqlQuery q(m_database.db());
    return sql::run(q,
                    QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, updated_at = ?"
                                   " WHERE username = ?"),
                    {sql::nowUtc(), username}, error)
           && m_audit.append({{}, username, {}, 0, QStringLiteral("user_unlocked"), {}, {}});
}

std::optional<Account> Accounts::find(const QString &username) const
{
    QSqlQuery q(m_database.db());
    if (!selectByName(q, username, nullptr) || !q.next())
        return std::nullopt;
    return readAccount(q);
}

QList<Account> Accounts::all() const
{
    return sql::rows(m_database.db(),
                     QStringLiteral("SELECT id, username, display_name, role, failed_attempts, locked_until, disabled,"
                                    " password_hash FROM users ORDER BY username"),
                     {}, readAccount);
}

SignInResult Accounts::refuse(const QString &username, const QString &hallCode, int window, const QDateTime &now,
                              const QString &action, const QString &detail)
{
    m_audit.append({now, username, hallCode, window, action, {}, detail});
    return refused();
}

SignInResult Accounts::refused() const
{
    SignInResult result;
    // One message for every failure: naming "locked" or "disabled" would confirm that the account exists.
    result.reason = tr("The user name or the password is wrong, or this account may not sign in now. After %n wrong "
                       "password(s) an account is locked for %1 minutes; an administrator can unlock it.",
                       nullptr, m_policy.maxFailures)
                        .arg(m_policy.lockMinutes);
    return result;
}

SignInResult Accounts::signIn(const QString &username, const QString &password, const QString &hallCode, int window,
                              const QDateTime &now)
{
    const QString name = username.trimmed();
    const QString signInFailed = QStringLiteral("sign_in_failed");
    QSqlQuery q(m_database.db());
    SignInResult failed;
    if (!selectByName(q, name, &failed.reason))
        return failed;
    if (!q.next()) {
        m_hasher.verify(password, m_hasher.decoy()); // the time of a wrong password, for a name nobody has
        return refuse(name, hallCode, window, now, signInFailed, QStringLiteral("unknown user"));
    }
    Account account = readAccount(q);
    const QString stored = q.value(7).toString();
    q.finish();

    // Derived before the state is looked at, so a locked or disabled account takes the same time too.
    const bool matches = m_hasher.verify(password, stored);
    if (account.disabled)
        return refuse(account.username, hallCode, window, now, signInFailed, QStringLiteral("disabled"));
    if (account.lockedUntil.isValid() && account.lockedUntil > now)
        return refuse(account.username, hallCode, window, now, signInFailed, QStringLiteral("locked"));

    // The counter and its audit row commit together: a lock-out is never without its row, nor a row
    // without its lock-out.
    if (!matches) {
        const int failures = account.failedAttempts + 1;
        const bool lock = failures >= m_policy.maxFailures;
        m_database.transaction([&] {
            QSqlQuery update(m_database.db());
            return sql::run(update, QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                            {lock ? 0 : failures, lock ? sql::fromDateTime(now.addSecs(60LL * m_policy.lockMinutes)) : QVariant(),
                             account.id},
                            nullptr)
                   && m_audit.append({now,
                                      account.username,
                                      hallCode,
                                      window,
                                      lock ? QStringLiteral("account_locked") : signInFailed,
                                      {},
                                      QStringLiteral("wrong password %1").arg(failures)});
        });
        return refused();
    }

    // A stored hash below today's iteration count is replaced now that the password is known; derived before
    // the transaction so the write lock is not held for the derivation.
    const QString rehashed = PasswordHasher::iterationsOf(stored) < m_hasher.iterations() ? m_hasher.hash(password) : QString();
    m_database.transaction([&] {
        return afterSuccess(account, rehashed, now)
               && m_audit.append({now, account.username, hallCode, window, QStringLiteral("sign_in"), {}, roleKey(account.role)});
    });
    account.failedAttempts = 0;
    account.lockedUntil = {};
    SignInResult result;
    result.ok = true;
    result.account = account;
    return result;
}

// Clears the failures and, for a hash made with fewer iterations than today's, stores a new one: the
// only moment the password is known, so old accounts reach the current cost without a reset.
bool Accounts::afterSuccess(const Account &account, const QString &rehashed, const QDateTime &now)
{
    QSqlQuery update(m_database.db());
    if (rehashed.isEmpty())
        return sql::run(update, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
                        {account.id}, nullptr);
    return sql::run(update,
                    QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, password_hash = ?,"
                                   " updated_at = ? WHERE id = ?"),
                    {rehashed, sql::nowUtc(), account.id}, nullptr)
           && m_audit.append({now,
                              account.username,
                              {},
                              0,
                              QStringLiteral("password_rehashed"),
                              {},
                              QStringLiteral("%1 iterations").arg(m_hasher.iterations())});
}

} // namespace ow
