// catch_discover_tests registers one CTest entry per TEST_CASE, named after it. CTest splits a name at ';'
// (a CMake list), and a name with '[' '*' or a leading '~' reads as a Catch filter: such an entry runs no
// test case and still passes. Three names with ';' did exactly that; this keeps new ones out.
#include "tests/support/test_support.h"

#include <QDirIterator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

TEST_CASE("every test case name can be run by CTest as written")
{
    static const QRegularExpression testCase(uR"re(TEST_CASE\s*\(\s*"((?:[^"\\]|\\.)*)")re"_s);
    QStringList offenders;
    int names = 0;
    QDirIterator it(QStringLiteral(ONEWINDOW_TESTS_SOURCE_DIR), {u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = owtest::readText(path);
        for (auto m = testCase.globalMatch(text); m.hasNext();) {
            const QString name = m.next().captured(1);
            ++names;
            if (name.contains(u';') || name.contains(u'[') || name.contains(u'*') || name.startsWith(u'~'))
                offenders.append(QDir(QStringLiteral(ONEWINDOW_TESTS_SOURCE_DIR)).relativeFilePath(path) + u": "_s + name);
        }
    }
    INFO(offenders.join(u'\n').toStdString());
    CHECK(names > 300); // the scan found the project's tests at all
    CHECK(offenders.isEmpty());
}
