#pragma once
// A command-line program's own output streams. One stream per file descriptor for the whole program, so
// what two parts write reaches the terminal in the order they wrote it.

class QTextStream;

namespace ow {

QTextStream &consoleOut(); // stdout: what the command was asked for
QTextStream &consoleErr(); // stderr: what went wrong

} // namespace ow
