// Issue #13, private by default: a fresh store is the owner's only, and a widened one is told, not refused.
#include "core/files/privatefiles.h"
#include "core/storage/database.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace ow;

namespace {

// The mode bits as ls shows them (0600), from stat: what another local user meets.
int modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

// The usual desktop umask, whatever the test runner's: with it a file made without care comes out 0644.
struct Umask {
    mode_t saved = ::umask(022);
    ~Umask() { ::umask(saved); }
};

// A store's place under that umask: <temporary folder>/<folder>/hall.db, nothing made yet.
struct StorePlace {
    explicit StorePlace(const QString &relativeFolder)
        : folder(dir.filePath(relativeFolder)),
          path(folder + QStringLiteral("/hall.db"))
    {}
    Umask umask;
    QTemporaryDir dir;
    QString folder;
    QString path;
};

// Sets a file's or folder's mode bits as chmod(1) would, REQUIRing that it works.
void setMode(const QString &path, mode_t mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

} // namespace

TEST_CASE("a fresh store is owner-only: its folders 0700, the database, -wal and -shm 0600")
{
    const StorePlace store(QStringLiteral("data/window"));
    const QString &path = store.path;
    Database db;
    REQUIRE(db.open(path));
    QSqlQuery q(db.db());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE probe (x)"))); // a write: the log files exist now
    REQUIRE(q.exec(QStringLiteral("INSERT INTO probe VALUES (1)")));
    CHECK(modeOf(store.dir.filePath(QStringLiteral("data"))) == 0700);
    CHECK(modeOf(store.folder) == 0700);
    CHECK(modeOf(path) == 0600);
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    CHECK(db.privacyWarning().isEmpty());
}

TEST_CASE("a database readable by others opens with a warning that says how to fix it")
{
    const StorePlace store(QStringLiteral("data"));
    const QString &path = store.path;
    {
        Database db;
        REQUIRE(db.open(path));
    }
    setMode(path, 0644);
    Database db;
    REQUIRE(db.open(path)); // warned, never refused: the counter must still work
    CHECK(db.privacyWarning().contains(QStringLiteral("chmod 600")));
    CHECK(db.privacyWarning().contains(path));
    CHECK_FALSE(db.privacyWarning().contains(QStringLiteral("chmod 700")));
    db.close();

    setMode(path, 0600);
    setMode(store.folder, 0755);
    Database readOnly; // what onewindowctl check-db opens
    REQUIRE(readOnly.openReadOnly(path));
    CHECK(readOnly.privacyWarning().contains(QStringLiteral("chmod 700")));
    CHECK_FALSE(readOnly.privacyWarning().contains(QStringLiteral("chmod 600")));
}

TEST_CASE("documents wider than owner-only are found anywhere under their folder, with one recursive fix")
{
    Umask umask;
    QTemporaryDir dir;
    const QString documents = dir.filePath(QStringLiteral("documents"));
    REQUIRE(PrivateFiles::makeFolder(documents + QStringLiteral("/2026-03-02")));
    CHECK(modeOf(documents) == 0700);
    CHECK(modeOf(documents + QStringLiteral("/2026-03-02")) == 0700);
    QFile pdf(documents + QStringLiteral("/2026-03-02/XH-20260302-03-0001-receipt.pdf"));
    REQUIRE(pdf.open(QIODevice::WriteOnly));
    pdf.close();
    CHECK(PrivateFiles::widerThanOwner({documents}, true) == QStringList{pdf.fileName()}); // 0644 from the umask
    const QString warning = PrivateFiles::warning(QStringLiteral("the documents"), {pdf.fileName()}, documents);
    CHECK(warning.contains(QStringLiteral("chmod -R go-rwx '%1'").arg(documents)));
    REQUIRE(pdf.setPermissions(PrivateFiles::FileMode));
    CHECK(PrivateFiles::widerThanOwner({documents}, true).isEmpty());
    CHECK(PrivateFiles::warning(QStringLiteral("the documents"), {}, documents).isEmpty());
}
