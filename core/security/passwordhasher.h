#pragma once
// Password hashes: PBKDF2-HMAC-SHA256 (QPasswordDigestor) with a random salt per user, stored as
// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64) so the cost can rise later without breaking old hashes.

#include <QByteArray>
#include <QString>

namespace ow {

class PasswordHasher
{
public:
    static constexpr int DefaultIterations = 120000; // ≥ 100,000, as the project requires
    static constexpr int MinimumLength = 8;

    static QString hash(const QString &password, int iterations = DefaultIterations);
    // Constant-time comparison; false for a malformed stored value.
    static bool verify(const QString &password, const QString &stored);
    // The iteration count a stored hash was made with (0 if malformed): lets sign-in re-hash old ones.
    static int iterationsOf(const QString &stored);
};

} // namespace ow
