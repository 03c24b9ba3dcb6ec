#pragma once
// Files a test puts where a program expects its database: bytes of its own, another program's SQLite.

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace owtest {

// Writes `bytes` to `path`, replacing what was there (REQUIREs success).
void writeFile(const QString &path, const QByteArray &bytes);
// The same for the file `name` inside dir; returns its path.
QString writeFileIn(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

// SHA-256 of a file's bytes: to prove a program left it untouched.
QByteArray fileDigest(const QString &path);

// An SQLite database of some other program: one table of its own with a row, no OneWindow schema.
void makeForeignSqlite(const QString &path);

} // namespace owtest
