#include "core/domain/identifiers.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Clerks paste numbers from scans, chat messages and Chinese input methods: full-width digits and
// letters, full-width spaces and a lower-case x are all common and all mean the same number.
QString normalize(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (c.isSpace())
            continue;
        if (u >= u'\uFF01' && u <= u'\uFF5E') // full-width ASCII block maps 1:1 onto ASCII
            c = QChar(char16_t(u - 0xFEE0));
        out.append(c.toUpper());
    }
    return out;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

// ---- Resident ID number, GB 11643-1999 -------------------------------------------------------

constexpr std::array<int, 17> kResidentWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t kResidentCheck[] = u"10X98765432";

// Province-level codes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao, 83 residence permits of
// Taiwan residents). Anything else in the first two digits is a mistyped number.
bool isProvinceCode(int code)
{
    static constexpr std::array<int, 35> codes{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
                                               44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

QChar residentCheckChar(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * kResidentWeights[size_t(i)];
    return QChar(kResidentCheck[sum % 11]);
}

// ---- Unified social credit code, GB 32100-2015, and organisation code, GB 11714 ----------------

// The 31 characters of the credit code; a character's value is its index.
constexpr QStringView kCreditAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kCreditWeights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr std::array<int, 8> kOrgWeights{3, 7, 9, 10, 5, 8, 4, 2};

// GB 11714 values: digits 0-9, letters A-Z 10-35 (not the credit-code index).
int orgValue(QChar c)
{
    return isAsciiDigit(c) ? c.unicode() - u'0' : c.unicode() - u'A' + 10;
}

QChar orgCheckChar(QStringView body8)
{
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += orgValue(body8.at(i)) * kOrgWeights[size_t(i)];
    const int check = 11 - sum % 11;
    if (check == 10)
        return u'X';
    if (check == 11)
        return u'0';
    return QChar(char16_t(u'0' + check));
}

QChar creditCheckChar(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(kCreditAlphabet.indexOf(first17.at(i))) * kCreditWeights[size_t(i)];
    const int check = (31 - sum % 31) % 31;
    return kCreditAlphabet.at(check);
}

// Registration authorities of GB 32100 (1-9 ministries and bureaus, A-H later additions,
// N agriculture, Y others).
bool isRegistrationAuthority(QChar c)
{
    return (c >= u'1' && c <= u'9') || (c >= u'A' && c <= u'H') || c == u'N' || c == u'Y';
}

bool looksLikeResidentId(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!isAsciiDigit(c) && !(c == u'X' && i == s.size() - 1))
            return false;
    }
    return true;
}

} // namespace

IdCheck checkResidentId(const QString &value, const QDate &today)
{
    IdCheck r;
    r.kind = IdKind::ResidentId;
    r.normalized = normalize(value);
    const QString &s = r.normalized;

    if (s.isEmpty()) {
        r.reason = QCoreApplication::translate("ow::Identifiers", "Enter the resident ID number.");
        return r;
    }
    if (s.size() == 15 && looksLikeResidentId(s) && !s.endsWith(u'X')) {
        r.reason = QCoreApplication::translate("ow::Identifiers",
                                               "This is an old 15-digit ID number. The 18-digit resident ID number is needed: "
                                               "it is printed on the current identity card.");
        return r;
    }
    if (s.size() != 18) {
        r.reason = QCoreApplication::translate("ow::Identifiers", "A resident ID number has 18 characters; %1 were given.")
                       .arg(s.size());
        return r;
    }
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(s.at(i))) {
            r.reason = QCoreApplication::translate("ow::Identifiers",
                                                   "Character %1 of the resident ID number must be a digit; \"%2\" was given.")
                           .arg(i + 1)
                           .arg(s.at(i));
            return r;
        }
    }
    if (!isAsciiDigit(s.at(17)) && s.at(17) != u'X') {
        r.reason = QCoreApplication::translate(
                       "ow::Identifiers", "The last character of the resident ID number must be a digit or X; \"%1\" was given.")
                       .arg(s.at(17));
        return r;
    }
    if (!isProvinceCode(s.left(2).toInt())) {
        r.reason =
            QCoreApplication::translate("ow::Identifiers", "The resident ID number starts with %1, which is not a province code.")
                .arg(s.left(2));
        return r;
    }

    const QString digits = s.mid(6, 8);
    const QDate birth(digits.left(4).toInt(), digits.mid(4, 2).toInt(), digits.right(2).toInt());
    const QString shown = digits.left(4) + u'-' + digits.mid(4, 2) + u'-' + digits.right(2);
    if (!birth.isValid()) {
        r.reason =
            QCoreApplication::translate("ow::Identifiers",
                                        "Characters 7-14 of the resident ID number give the birth date %1, which does not exist.")
                .arg(shown);
        return r;
    }
    if (birth < QDate(1900, 1, 1)) {
        r.reason = QCoreApplication::translate("ow::Identifiers",
                                               "Characters 7-14 of the resident ID number give the birth date %1, before 1900.")
                       .arg(shown);
        return r;
    }
    if (today.isValid() && birth > today) {
        r.reason =
            QCoreApplication::translate(
                "ow::Identifiers", "Characters 7-14 of the resident ID number give the birth date %1, which is in the future.")
                .arg(shown);
        return r;
    }

    const QChar expected = residentCheckChar(s);
    if (s.at(17) != expected) {
        r.reason =
            QCoreApplication::translate("ow::Identifiers",
                                        "The check character of the resident ID number is wrong: %1 was expected, %2 was given. "
                                        "Some digit was probably mistyped.")
                .arg(expected)
                .arg(s.at(17));
        return r;
    }

    r.valid = true;
    r.birthDate = birth;
    return r;
}

IdCheck checkCreditCode(const QString &value)
{
    IdCheck r;
    r.kind = IdKind::CreditCode;
    r.normalized = normalize(value);
    const QString &s = r.normalized;

    if (s.isEmpty()) {
        r.reason = QCoreApplication::translate("ow::Identifiers", "Enter the unified social credit code.");
        return r;
    }
    if (s.size() != 18) {
        r.reason =
            QCoreApplication::translate("ow::Identifiers", "A unified social credit code has 18 characters; %1 were given.")
                .arg(s.size());
        return r;
    }
    for (int i = 0; i < 18; ++i) {
        const QChar c = s.at(i);
        if (kCreditAlphabet.contains(c))
            continue;
        if (c == u'I' || c == u'O' || c == u'Z' || c == u'S' || c == u'V') {
            // The standard leaves these out because they look like 1, 0, 2, 5 and U.
            r.reason = QCoreApplication::translate(
                           "ow::Identifiers", "Character %1 of the credit code is the letter %2, which credit codes never use "
                                              "(I, O, Z, S and V are left out). Check whether it is a digit.")
                           .arg(i + 1)
                           .arg(c);
        } else {
            r.reason = QCoreApplication::translate("ow::Identifiers",
                                                   "Character %1 of the credit code is \"%2\"; only digits and the letters A-Z "
                                                   "without I, O, Z, S and V are allowed.")
                           .arg(i + 1)
                           .arg(c);
        }
        return r;
    }
    if (!isRegistrationAuthority(s.at(0))) {
        r.reason = QCoreApplication::translate("ow::Identifiers",
                                               "The credit code starts with %1, which is not a registration authority code.")
                       .arg(s.at(0));
        return r;
    }
    for (int i = 2; i < 8; ++i) {
        if (!isAsciiDigit(s.at(i))) {
            r.reason = QCoreApplication::translate("ow::Identifiers",
                                                   "Characters 3-8 of the credit code are a region code and must be digits; "
                                                   "character %1 is \"%2\".")
                           .arg(i + 1)
                           .arg(s.at(i));
            return r;
        }
    }

    const QStringView view(s);
    const QChar orgExpected = orgCheckChar(view.mid(8, 8));
    if (s.at(16) != orgExpected) {
        r.reason = QCoreApplication::translate(
                       "ow::Identifiers", "Characters 9-17 of the credit code are the organisation code, and its check character "
                                          "(character 17) is wrong: %1 was expected, %2 was given.")
                       .arg(orgExpected)
                       .arg(s.at(16));
        return r;
    }
    const QChar expected = creditCheckChar(view.left(17));
    if (s.at(17) != expected) {
        r.reason = QCoreApplication::translate("ow::Identifiers",
                                               "The check character of the credit code is wrong: %1 was expected, %2 was given. "
                                               "Some character was probably mistyped.")
                       .arg(expected)
                       .arg(s.at(17));
        return r;
    }
    r.valid = true;
    return r;
}

IdCheck checkIdentifier(const QString &value, const QDate &today)
{
    const QString s = normalize(value);
    if (s.isEmpty()) {
        IdCheck r;
        r.reason = QCoreApplication::translate("ow::Identifiers", "Enter a resident ID number or a unified social credit code.");
        return r;
    }
    if (looksLikeResidentId(s) && (s.size() == 18 || s.size() == 15)) {
        // A credit code may be all digits too (e.g. 91440300...); a resident ID never starts with 9,
        // so when only the credit code reading is valid, that is what was meant.
        IdCheck resident = checkResidentId(s, today);
        if (resident.valid || s.size() != 18)
            return resident;
        IdCheck credit = checkCreditCode(s);
        if (credit.valid)
            return credit;
        // Neither is valid: explain the credit code only when it cannot be meant as an ID number.
        const bool residentShape = isProvinceCode(s.left(2).toInt()) || !isRegistrationAuthority(s.at(0));
        return residentShape ? resident : credit;
    }
    bool hasLetter = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (isAsciiUpper(s.at(i)) && !(s.at(i) == u'X' && i == s.size() - 1))
            hasLetter = true;
    }
    if (hasLetter)
        return checkCreditCode(s);

    IdCheck r;
    r.normalized = s;
    r.reason =
        QCoreApplication::translate("ow::Identifiers", "\"%1\" is neither a resident ID number nor a unified social credit code: "
                                                       "both have 18 characters, %2 were given.")
            .arg(s)
            .arg(s.size());
    return r;
}

QString maskIdNumber(const QString &value)
{
    const QString s = value.trimmed();
    const qsizetype n = s.size();
    // Short values (a typo, a partial number) still must not show more than half of themselves.
    const qsizetype keep = n >= 12 ? 4 : n / 4;
    return s.left(keep) + QString(n - 2 * keep, u'*') + s.right(keep);
}

} // namespace ow
