#include "core/files/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace ow {

Q_LOGGING_CATEGORY(lcFiles, "onewindow.files")

namespace PrivateFiles {

namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                             | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

bool sticky(const QString &folder)
{
    struct stat st {};
    return ::stat(QFile::encodeName(folder).constData(), &st) == 0 && (st.st_mode & S_ISVTX) != 0;
}

bool wide(const QFileInfo &info)
{
    if (info.isSymLink() || !info.exists())
        return false; // a link's own mode means nothing; its target is checked where it is named
    if (info.isDir() && sticky(info.absoluteFilePath()))
        return false;
    return (info.permissions() & kOthers) != 0;
}

QString quoted(const QString &path)
{
    QString p = QDir::toNativeSeparators(path);
    p.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + p + u'\'';
}

} // namespace

bool makeFolder(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(clean).isDir())
        return true;
    // The first missing ancestor down: each is made here, so each is 0700 from its first moment.
    QStringList missing;
    for (QString p = clean; !QFileInfo::exists(p); p = QFileInfo(p).absolutePath()) {
        missing.prepend(p);
        if (QFileInfo(p).absolutePath() == p)
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, FolderMode) && !QFileInfo(folder).isDir())
            return false;
    }
    return QFileInfo(clean).isDir();
}

bool restrict(QFileDevice &file)
{
    return file.setPermissions(FileMode);
}

QStringList widerThanOwner(const QStringList &paths, bool recursive, int maxEntries)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (wide(info))
            out << info.absoluteFilePath();
        if (!recursive || !info.isDir() || info.isSymLink())
            continue;
        QDirIterator it(info.absoluteFilePath(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        for (int seen = 0; it.hasNext() && seen < maxEntries; ++seen) {
            it.next();
            if (wide(it.fileInfo()))
                out << it.filePath();
        }
    }
    return out;
}

QString warning(const QString &what, const QStringList &wide, const QString &tree)
{
    if (wide.isEmpty())
        return {};
    QStringList fix;
    if (!tree.isEmpty()) {
        fix << u"chmod -R go-rwx "_s + quoted(tree);
    } else {
        // Named one by one, not chmod -R on a parent: the database's folder may hold other things.
        QStringList folders;
        QStringList files;
        for (const QString &p : wide)
            (QFileInfo(p).isDir() ? folders : files) << quoted(p);
        if (!folders.isEmpty())
            fix << u"chmod 700 "_s + folders.join(u' ');
        if (!files.isEmpty())
            fix << u"chmod 600 "_s + files.join(u' ');
    }
    return QCoreApplication::translate("ow::PrivateFiles",
                                       "Other users of this computer can read %1 (%n file(s) or folder(s) wider than "
                                       "owner-only). Make them private with: %2",
                                       nullptr, int(wide.size()))
        .arg(what, fix.join(u"; "_s));
}

} // namespace PrivateFiles

} // namespace ow
