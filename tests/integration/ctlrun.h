#pragma once
// onewindowctl run as an administrator or a script runs it, for the test files of its commands (all in
// the program test_onewindowctl, which defines ONEWINDOWCTL): its exit code and what it printed.

#include "tests/support/test_support.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace owctl {

using Run = owtest::ProgramRun;

inline Run ctl(const QStringList &args)
{
    return owtest::runProgram(QStringLiteral(ONEWINDOWCTL), args);
}

// With a line typed at its prompt (a password).
inline Run ctlTyped(const QStringList &args, const QByteArray &typed)
{
    return owtest::runProgramWithInput(QStringLiteral(ONEWINDOWCTL), args, typed);
}

// A counter database at db with the demo catalog and `cases` demo decisions (seed-demo), REQUIREd to work.
inline void seedDemo(const QString &db, int cases, const QStringList &more = {})
{
    const Run r = ctl(
        QStringList{QStringLiteral("seed-demo"), QStringLiteral("--db"), db, QStringLiteral("--cases"), QString::number(cases)}
        + more);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace owctl
