#pragma once
// The settings of onewindow (every face: clerk, kiosk, board, rating screen, supervisor) that a file can
// hold, so a hall's administrator edits /etc/onewindow/onewindow.conf instead of twenty flags. The keys are
// the names of the program's options (`window = 3` is `--window 3`); docs/configuration.md lists them.
// Where a setting comes from, the first that has it: the command line, the per-user file
// ($XDG_CONFIG_HOME/onewindow.conf, apart from the settings the program keeps itself in
// $XDG_CONFIG_HOME/OneWindow/onewindow.conf), the system file (/etc/onewindow/onewindow.conf, or --config).

#include "core/config/configfile.h"

#include <QHash>
#include <QStringList>

namespace ow {

// The system file's place, unless --config names another.
QString systemCounterConfigPath();
// The per-user file's place (the XDG config folder), which overrides the system file key by key.
QString userCounterConfigPath();

// Every problem of one file: what ConfigFile found, then each entry checked against the counter's keys:
// an unknown key (with the known key it is closest to), a key given twice, a value out of its range or not
// one of its words, a file that does not exist or cannot be read, a token file that others may read.
QList<ConfigProblem> checkCounterConfig(const ConfigFile &file);

// The settings of the files in order (later files override earlier ones), and their problems.
struct CounterConfig {
    QHash<QString, QString> values; // key -> value, for the keys the files set (an empty value sets nothing)
    QStringList filesRead;          // the files that exist, in the order read
    QList<ConfigProblem> problems;

    bool has(const QString &key) const { return values.contains(key); }
    QString value(const QString &key) const { return values.value(key); }
};

CounterConfig loadCounterConfig(const QStringList &paths);

} // namespace ow
