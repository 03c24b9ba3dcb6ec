#pragma once
// What a password must be before it is stored (issue #13): long enough, not the user name, not one an
// attacker tries first. Checked when an account is added, when a password is changed, and for the demo
// accounts, so an administrator cannot have "12345678" either.

#include <QCoreApplication>
#include <QString>

namespace ow {

class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ow::PasswordPolicy)

public:
    static constexpr int MinimumLength = 10; // characters (code points), not bytes

    // Empty when the password may be used; otherwise why not, translated, for the person choosing it.
    static QString problem(const QString &username, const QString &password);

    // In the shipped list (commonpasswords.txt) or one of the patterns made in code: one character
    // repeated, a digit or letter run up or down, a short unit repeated, a listed word with only digits
    // and symbols around it ("password2024!", "1234qwerty").
    static bool isCommon(const QString &password);
};

} // namespace ow
