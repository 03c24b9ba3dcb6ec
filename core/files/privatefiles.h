#pragma once
// Personal data on disk is for the account that runs the program only: files 0600, folders 0700,
// whatever the process umask. Set at creation, before a byte of personal data is written, and checked
// again at every open, because a copy, a restore or an older version may have left them readable to all.

#include <QFileDevice>
#include <QLoggingCategory>
#include <QStringList>

namespace ow {

Q_DECLARE_LOGGING_CATEGORY(lcFiles)

namespace PrivateFiles {

inline constexpr QFileDevice::Permissions FileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner; // 0600
inline constexpr QFileDevice::Permissions FolderMode = FileMode | QFileDevice::ExeOwner;               // 0700

// Creates path and its missing parents, each new folder 0700. Folders that exist are left as they are
// (the user's home, a mount point): they are checked, not changed.
bool makeFolder(const QString &path);

// Sets 0600 on an open file (a QSaveFile's temporary included, so the renamed file keeps it).
bool restrict(QFileDevice &file);

// The paths among these that exist and that group or others may read, write or enter. A folder that
// has the sticky bit (/tmp) is shared by design and skipped: its files are checked on their own.
// With recursive, the entries under each folder are checked too (at most maxEntries of them).
QStringList widerThanOwner(const QStringList &paths, bool recursive = false, int maxEntries = 20000);

// The translated warning with the command that fixes it, for the log, the window and check-db; empty
// when wide is empty. what names the data ("the database", "the archived documents"); with tree, the fix
// is one recursive chmod of that folder (the documents), otherwise a chmod of each path named.
QString warning(const QString &what, const QStringList &wide, const QString &tree = {});

} // namespace PrivateFiles

} // namespace ow
