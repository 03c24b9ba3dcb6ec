// Reads core/storage's own sources: every SQL statement is a literal prepared with bound values.
// A value pasted into SQL text is how injection and quoting bugs start; this keeps it from creeping in.
#include "tests/support/test_support.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Source {
    QString name;
    QString text;
};

QList<Source> storageSources()
{
    QList<Source> out;
    const QDir dir(QStringLiteral(ONEWINDOW_STORAGE_SOURCE_DIR));
    for (const QString &name : dir.entryList({u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDir::Name))
        out.append({name, owtest::readText(dir.filePath(name))});
    return out;
}

int lineOf(const QString &text, qsizetype offset)
{
    return int(text.left(offset).count(u'\n')) + 1;
}

} // namespace

TEST_CASE("storage sources are found")
{
    const QList<Source> sources = storageSources();
    CHECK(sources.size() >= 10);
    for (const Source &s : sources)
        CHECK_FALSE(s.text.isEmpty());
}

TEST_CASE("every SQL literal ends where the statement ends: nothing appended, no .arg()")
{
    // A run of adjacent literals u"..." u"..."_s whose text starts with an SQL verb; after the closing _s
    // only a ',', ')' or '}' may follow (an argument or list element), never '+', '%' or '.arg('.
    static const QRegularExpression statement(
        uR"(u"\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ALTER|BEGIN|COMMIT|ROLLBACK|WITH)\b(?:[^"\\]|\\.)*"(?:\s*u"(?:[^"\\]|\\.)*")*_s\s*(.))"_s);
    int statements = 0;
    for (const Source &s : storageSources()) {
        QRegularExpressionMatchIterator it = statement.globalMatch(s.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            ++statements;
            const QString after = m.captured(2);
            INFO(s.name.toStdString() << ":" << lineOf(s.text, m.capturedStart()) << " "
                                      << m.captured(0).simplified().left(100).toStdString());
            CHECK((after == u","_s || after == u")"_s || after == u"}"_s || after == u":"_s || after == u";"_s));
        }
    }
    CHECK(statements > 40); // the pattern really sees the statements
}

TEST_CASE("no SQL runs unprepared and no SQL text is built from values")
{
    // QSqlQuery::exec(text), QSqlDatabase::exec(text) and QSqlQuery(text, db) run text without binding.
    static const QRegularExpression unprepared(uR"(\.exec\(\s*[^)\s]|QSqlQuery\s+\w+\(\s*u"|QSqlQuery\(\s*u")"_s);
    // .arg( or + on a line that also carries an SQL verb inside a literal.
    static const QRegularExpression pasted(uR"(u"[^"]*\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA)\b[^"]*".*(\.arg\(|\+\s*\w))"_s);
    static const QRegularExpression pastedBefore(
        uR"((\.arg\(|\w\s*\+)\s*u"[^"]*\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|WHERE|FROM|VALUES)\b)"_s);
    for (const Source &s : storageSources()) {
        const QStringList lines = s.text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.trimmed().startsWith(u"//"_s))
                continue;
            INFO(s.name.toStdString() << ":" << i + 1 << " " << line.trimmed().toStdString());
            CHECK_FALSE(unprepared.match(line).hasMatch());
            CHECK_FALSE(pasted.match(line).hasMatch());
            CHECK_FALSE(pastedBefore.match(line).hasMatch());
        }
    }
}
