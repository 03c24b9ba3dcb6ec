#pragma once
// onewindowctl: each sub-command is a function taking its own arguments (argv[0] = the command name)
// and returning the process exit code. Commands parse their own options so each has its own --help.

#include "app/common/console.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace ctl {

// The translation context of every onewindowctl message.
struct Ctl {
    Q_DECLARE_TR_FUNCTIONS(onewindowctl)
};

struct Command {
    const char *name;
    const char *summary; // translated with the "onewindowctl" context when shown
    int (*run)(const QStringList &arguments);
};

inline QTextStream &out()
{
    return ow::consoleOut();
}
inline QTextStream &err()
{
    return ow::consoleErr();
}

// The window's data folder (onewindow's AppDataLocation), where it keeps its database and documents by
// default; this program has a name of its own, so the folder is spelt out.
QString windowDataDirectory();

// Adds --help and parses; --help prints to stdout (exit 0), a parse error to stderr (exit 2). Returns
// whether the command should go on; *exitCode is set when it should not.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
// parseArguments, and every option named in `required` must be given: if one is not, `whenMissing` (which
// names them all) goes to stderr and *exitCode is 2.
bool parseRequiring(QCommandLineParser &parser, const QStringList &arguments, const QStringList &required,
                    const QString &whenMissing, int *exitCode);

// --new-database, for the commands that open a database to write: the rare case that an existing empty
// (or foreign SQLite) file is meant to become a new database. Without it such a file is refused.
void addNewDatabaseOption(QCommandLineParser &parser);
// Grants what --new-database asks for the file at path (ow::Database::permitNewDatabase), when it was given.
void permitNewDatabaseIfAsked(const QCommandLineParser &parser, const QString &path);

int checkId(const QStringList &arguments);
int dueDate(const QStringList &arguments);
int importCatalog(const QStringList &arguments);
int checkDb(const QStringList &arguments);
int seedDemo(const QStringList &arguments);
int user(const QStringList &arguments);
int syncOnce(const QStringList &arguments);
int report(const QStringList &arguments);
int catalogLists(const QStringList &arguments);
int audit(const QStringList &arguments);
int retention(const QStringList &arguments);
int backup(const QStringList &arguments);
int restore(const QStringList &arguments);
int config(const QStringList &arguments);
int hall(const QStringList &arguments);

} // namespace ctl
