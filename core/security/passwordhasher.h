#pragma once
// Password hashes: PBKDF2-HMAC-SHA256 (QPasswordDigestor) with a random salt per user, stored as
// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64) so the cost can rise later without breaking old hashes:
// a hash made with fewer iterations than the hasher's is re-made at the next sign-in (Accounts::signIn).

#include <QByteArray>
#include <QString>

namespace ow {

class PasswordHasher
{
public:
    // OWASP's advice for PBKDF2-HMAC-SHA256 (2023). The product never runs with less; only tests pass a
    // lower count (SignInPolicy::hashIterations), to keep account fixtures fast.
    static constexpr int DefaultIterations = 600000;

    explicit PasswordHasher(int iterations = DefaultIterations);

    int iterations() const { return m_iterations; }
    QString hash(const QString &password) const;
    // Constant-time comparison; false for a malformed stored value (after the same work as a real one).
    bool verify(const QString &password, const QString &stored) const;
    // A stored value with this hasher's iterations, random salt and random key: verifying against it
    // costs a real derivation and never succeeds. Sign-in uses it for unknown names.
    QString decoy() const;
    // How many key derivations this hasher has run: lets a test prove that every path of sign-in pays one.
    int derivations() const { return m_derivations; }

    // The iteration count a stored hash was made with (0 if malformed): lets sign-in re-hash old ones.
    static int iterationsOf(const QString &stored);

private:
    QByteArray derive(const QString &password, const QByteArray &salt, int iterations) const;
    int m_iterations;
    mutable int m_derivations = 0;
};

} // namespace ow
