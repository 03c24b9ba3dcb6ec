#pragma once
// A configuration file as an administrator writes it under /etc: "key = value" lines, '#' comments and blank
// lines. It is read line by line so that every problem names FILE:LINE, the way every other file under /etc
// reports a typo. It is outside input: bounded (64 KiB, 1000 lines), UTF-8, and a line that is not
// "key = value" is a problem, never skipped in silence.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ow {

struct ConfigText {
    Q_DECLARE_TR_FUNCTIONS(ow::Config)
};

struct ConfigEntry {
    QString key;   // lower case as written; keys are the names of the program's options
    QString value; // trimmed; may be empty ("key =" sets nothing)
    int line = 0;
};

// One problem with one line of a configuration file (line 0: the file as a whole).
struct ConfigProblem {
    QString file;
    int line = 0;
    QString key; // "" when the line has none
    QString message;

    // "FILE:LINE: key: message", one line for a terminal or a log.
    QString text() const;
};

struct ConfigFile {
    static constexpr qint64 MaxBytes = 64 * 1024;
    static constexpr int MaxLines = 1000;

    QString path;
    bool exists = false;
    QList<ConfigEntry> entries;
    QList<ConfigProblem> problems; // what could not be read: the file, a line that is not "key = value"

    // Reads the file at path; a file that does not exist gives no entries and no problem (exists false).
    static ConfigFile read(const QString &path);
    // Reads text already in memory, as from path (tests, a file given on standard input).
    static ConfigFile parse(const QString &path, const QByteArray &bytes);
};

} // namespace ow
