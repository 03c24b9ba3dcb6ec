#pragma once
// Helpers shared by the tests: where the sources and binaries are, temporary files, waiting.

#include <QString>
#include <chrono>
#include <functional>

namespace owtest {

QString sourcePath(const QString &relative); // a file in the source tree
QString binPath(const QString &program);     // a program built into <build>/bin
QString readText(const QString &path);

// Spins the event loop until pred() is true or the timeout passes; returns pred().
bool waitFor(const std::function<bool()> &pred, std::chrono::milliseconds timeout = std::chrono::seconds(5));

} // namespace owtest

// Lets Catch2 print QStrings in failure messages.
#include <catch2/catch.hpp>
#include <QString>
namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
