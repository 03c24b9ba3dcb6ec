#include "core/security/passwordpolicy.h"

#include <QFile>
#include <QSet>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Read once: the list is constant data inside the binary.
const QSet<QString> &commonList()
{
    static const QSet<QString> list = [] {
        QSet<QString> words;
        QFile file(u":/onewindow/security/commonpasswords.txt"_s);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return words;
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QString line = in.readLine().trimmed();
            if (!line.isEmpty() && !line.startsWith(u'#'))
                words.insert(line.toLower());
        }
        return words;
    }();
    return list;
}

// Every step between neighbours is +1 (or every one -1): 0123456789, 9876543210, abcdefghij. Digits
// wrap (7890123456), as people type them on the top row.
bool isRun(const QList<uint> &s)
{
    if (s.size() < 3)
        return false;
    const auto step = [](uint a, uint b) {
        if (a >= '0' && a <= '9' && b >= '0' && b <= '9')
            return int((b - '0' + 10 - (a - '0')) % 10) == 1 ? 1 : int((a - '0' + 10 - (b - '0')) % 10) == 1 ? -1 : 0;
        if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z')
            return int(b) - int(a) == 1 ? 1 : int(a) - int(b) == 1 ? -1 : 0;
        return 0;
    };
    const int direction = step(s.at(0), s.at(1));
    if (direction == 0)
        return false;
    for (qsizetype i = 1; i + 1 < s.size(); ++i)
        if (step(s.at(i), s.at(i + 1)) != direction)
            return false;
    return true;
}

// The whole password is a unit of up to four characters repeated: aaaaaaaaaa, 1212121212, abcabcabca.
bool isRepeated(const QList<uint> &s)
{
    for (qsizetype unit = 1; unit <= 4 && unit < s.size(); ++unit) {
        bool repeated = true;
        for (qsizetype i = unit; i < s.size() && repeated; ++i)
            repeated = s.at(i) == s.at(i % unit);
        if (repeated)
            return true;
    }
    return false;
}

bool isDigitOrSymbol(QChar c)
{
    return c.isDigit() || c.isPunct() || c.isSymbol() || c.isSpace();
}

} // namespace

bool PasswordPolicy::isCommon(const QString &password)
{
    const QString lower = password.toLower();
    const QList<uint> points = lower.toUcs4();
    if (commonList().contains(lower) || isRun(points) || isRepeated(points))
        return true;
    // The listed word with digits and symbols before or after it: password2024!, 1234qwerty, @admin123.
    qsizetype begin = 0;
    qsizetype end = lower.size();
    while (begin < end && isDigitOrSymbol(lower.at(begin)))
        ++begin;
    while (end > begin && isDigitOrSymbol(lower.at(end - 1)))
        --end;
    const QString core = lower.mid(begin, end - begin);
    if (core.isEmpty() || core.size() == lower.size())
        return false; // digits and symbols only were judged whole above; nothing around a word to strip
    const QList<uint> corePoints = core.toUcs4();
    // One or two letters amid digits ("a123456789") is a number with a letter to pass a rule.
    return core.size() <= 2 || commonList().contains(core) || isRun(corePoints) || isRepeated(corePoints);
}

QString PasswordPolicy::problem(const QString &username, const QString &password)
{
    if (password.trimmed().isEmpty())
        return tr("A password cannot be only spaces.");
    if (password.toUcs4().size() < MinimumLength)
        return tr("A password needs at least %n characters.", nullptr, MinimumLength);
    const QString name = username.trimmed().toLower();
    const QString lower = password.toLower();
    if (!name.isEmpty() && (lower.contains(name) || name.contains(lower)))
        return tr("A password cannot contain the user name.");
    if (isCommon(password))
        return tr("This password is among the first an attacker tries (a common password or a simple pattern). "
                  "Choose a longer phrase of your own, for example three unrelated words.");
    return {};
}

} // namespace ow
