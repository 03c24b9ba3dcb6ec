#pragma once
// Helpers shared by the tests: where the sources and binaries are, temporary files, waiting.

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <chrono>
#include <functional>

namespace owtest {

QString sourcePath(const QString &relative); // a file in the source tree
QString binPath(const QString &program);     // a program built into <build>/bin
QString readText(const QString &path);

// A program run to its end, as a script would run it: exit code (-1 when it crashed) and its output.
struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs program with args in an English UTF-8 locale (messages the tests can match, whatever the machine's).
ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000);
// The same with input typed on its standard input (a password prompt), which is then closed.
ProgramRun runProgramWithInput(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs = 120000);
// The standard output of an installed tool (pdftotext, pdftoppm, zbarimg: scripts/deps.sh installs them),
// REQUIRing that it is there and succeeds.
QString toolOutput(const QString &tool, const QStringList &args);
// A PDF's text (pdftotext) without white space: pdftotext breaks lines and spaces as the layout falls, so
// words are compared without them.
QString pdfText(const QString &path);

// PBKDF2 iterations for accounts made by test fixtures: the product's 600,000 would spend a second on
// each. Passed explicitly (SignInPolicy::hashIterations, prepareDemoHall); the product default is untouched.
inline constexpr int FastHashIterations = 1000;

// This process's resident set (VmRSS) in KiB; 0 where /proc is not there. For memory caps in tests.
qint64 residentKiB();
// Whether the resident size measures this program's memory: not in the sanitizer build, where ASan keeps
// every freed block in quarantine (256 MB by default) and shadows all memory. Tests that bound RSS check
// their real limit (bytes queued, the reply refused) always and the RSS only when it means something.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool residentSizeMeaningful = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool residentSizeMeaningful = false;
#else
inline constexpr bool residentSizeMeaningful = true;
#endif
#else
inline constexpr bool residentSizeMeaningful = true;
#endif

// Spins the event loop until pred() is true or the timeout passes; returns pred(). The timeout only bounds
// how long a failing test waits: generous, so a loaded CI machine or the sanitizer build never fails a
// test that would pass (tests that prove something does NOT happen wait for the event that would show it).
bool waitFor(const std::function<bool()> &pred, std::chrono::milliseconds timeout = std::chrono::seconds(20));

} // namespace owtest

// Lets Catch2 print QStrings in failure messages.
#include <QString>

#include <catch2/catch.hpp>
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

#include <initializer_list>

namespace owtest {

// Checks that haystack (a text, or a list of lines) holds each of the parts a document, message or report
// must show; a failure names the part that is missing, so one call replaces a run of CHECK(contains).
template <typename Haystack>
void checkContainsAll(const Haystack &haystack, std::initializer_list<QString> parts)
{
    for (const QString &part : parts) {
        CAPTURE(part);
        CHECK(haystack.contains(part));
    }
}

} // namespace owtest
