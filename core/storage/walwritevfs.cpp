#include "walwritevfs.h"

#include "statement.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace ow::WalWriteVfs {

namespace {

constexpr sqlite3_int64 BufferCapacity = 1024 * 1024; // a transaction of up to 250 pages in one write

sqlite3_vfs *g_real = nullptr; // the default VFS this one wraps
sqlite3_vfs g_vfs;
sqlite3_io_methods g_walMethods[3]; // for wrapped files of method versions 1, 2 and 3, built once

// A WAL file: our fields first, then the real VFS's file object (szOsFile covers both).
struct WalFile {
    sqlite3_file base;         // pMethods = &g_walMethods
    sqlite3_file *real;        // the wrapped file, right after this struct
    char *buffer;              // gathered writes, or nullptr before the first
    sqlite3_int64 start;       // file offset of buffer[0]
    sqlite3_int64 size;        // bytes gathered
};

WalFile *walFile(sqlite3_file *f)
{
    return reinterpret_cast<WalFile *>(f);
}

int flush(WalFile *f)
{
    // The unix VFS writes at most 128 KiB - 1 per call (it masks larger counts): hand it chunks below that.
    constexpr sqlite3_int64 Chunk = 124 * 1024;
    const sqlite3_int64 size = f->size;
    f->size = 0; // written or failed, the gathered bytes are gone: SQLite rolls a failed commit back
    for (sqlite3_int64 done = 0; done < size; done += Chunk) {
        const int amount = int(std::min(Chunk, size - done));
        if (const int rc = f->real->pMethods->xWrite(f->real, f->buffer + done, amount, f->start + done); rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int walClose(sqlite3_file *file)
{
    WalFile *f = walFile(file);
    const int flushed = flush(f);
    const int closed = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    sqlite3_free(f->buffer);
    f->buffer = nullptr;
    return flushed != SQLITE_OK ? flushed : closed;
}

int walRead(sqlite3_file *file, void *out, int amount, sqlite3_int64 offset)
{
    WalFile *f = walFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xRead(f->real, out, amount, offset);
}

int walWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    WalFile *f = walFile(file);
    const bool continues = f->size > 0 && offset == f->start + f->size;
    if (!continues || f->size + amount > BufferCapacity) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (amount > BufferCapacity) // never from SQLite, whose writes are a page or a frame header
        return f->real->pMethods->xWrite(f->real, data, amount, offset);
    if (!f->buffer) {
        f->buffer = static_cast<char *>(sqlite3_malloc64(BufferCapacity));
        if (!f->buffer) // no memory for gathering: write through, as SQLite would
            return f->real->pMethods->xWrite(f->real, data, amount, offset);
    }
    if (f->size == 0)
        f->start = offset;
    std::memcpy(f->buffer + f->size, data, std::size_t(amount));
    f->size += amount;
    return SQLITE_OK;
}

int walTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    WalFile *f = walFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xTruncate(f->real, size);
}

int walSync(sqlite3_file *file, int flags)
{
    WalFile *f = walFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xSync(f->real, flags);
}

int walFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    WalFile *f = walFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xFileSize(f->real, size);
}

int walLock(sqlite3_file *file, int level)
{
    WalFile *f = walFile(file);
    return f->real->pMethods->xLock(f->real, level);
}

int walUnlock(sqlite3_file *file, int level)
{
    WalFile *f = walFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xUnlock(f->real, level);
}

int walCheckReservedLock(sqlite3_file *file, int *out)
{
    WalFile *f = walFile(file);
    return f->real->pMethods->xCheckReservedLock(f->real, out);
}

int walFileControl(sqlite3_file *file, int op, void *arg)
{
    WalFile *f = walFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int walSectorSize(sqlite3_file *file)
{
    WalFile *f = walFile(file);
    return f->real->pMethods->xSectorSize(f->real);
}

int walDeviceCharacteristics(sqlite3_file *file)
{
    WalFile *f = walFile(file);
    return f->real->pMethods->xDeviceCharacteristics(f->real);
}

// A log file has no shared memory or memory map of its own; these pass through for completeness.
int walShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
{
    WalFile *f = walFile(file);
    return f->real->pMethods->xShmMap(f->real, page, pageSize, extend, out);
}

int walShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    WalFile *f = walFile(file);
    return f->real->pMethods->xShmLock(f->real, offset, n, flags);
}

void walShmBarrier(sqlite3_file *file)
{
    WalFile *f = walFile(file);
    f->real->pMethods->xShmBarrier(f->real);
}

int walShmUnmap(sqlite3_file *file, int deleteFlag)
{
    WalFile *f = walFile(file);
    return f->real->pMethods->xShmUnmap(f->real, deleteFlag);
}

int walFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    WalFile *f = walFile(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xFetch(f->real, offset, amount, out);
}

int walUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    WalFile *f = walFile(file);
    return f->real->pMethods->xUnfetch(f->real, offset, page);
}

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    if (!(flags & SQLITE_OPEN_WAL)) // every other file is the real VFS's own object, untouched
        return g_real->xOpen(g_real, name, file, flags, outFlags);
    WalFile *f = walFile(file);
    std::memset(f, 0, sizeof(WalFile));
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    const int rc = g_real->xOpen(g_real, name, f->real, flags, outFlags);
    if (!f->real->pMethods) { // nothing to close: SQLite must not call our xClose
        f->base.pMethods = nullptr;
        return rc;
    }
    // The version tells SQLite which methods exist: never more than the wrapped file has.
    f->base.pMethods = &g_walMethods[std::clamp(f->real->pMethods->iVersion, 1, 3) - 1];
    return rc;
}

// The rest of the VFS is the real one's.
int vfsDelete(sqlite3_vfs *, const char *name, int syncDir) { return g_real->xDelete(g_real, name, syncDir); }
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return g_real->xAccess(g_real, name, flags, out); }
int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return g_real->xFullPathname(g_real, name, n, out); }
void *vfsDlOpen(sqlite3_vfs *, const char *name) { return g_real->xDlOpen(g_real, name); }
void vfsDlError(sqlite3_vfs *, int n, char *out) { g_real->xDlError(g_real, n, out); }
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void) { return g_real->xDlSym(g_real, handle, symbol); }
void vfsDlClose(sqlite3_vfs *, void *handle) { g_real->xDlClose(g_real, handle); }
int vfsRandomness(sqlite3_vfs *, int n, char *out) { return g_real->xRandomness(g_real, n, out); }
int vfsSleep(sqlite3_vfs *, int micros) { return g_real->xSleep(g_real, micros); }
int vfsCurrentTime(sqlite3_vfs *, double *out) { return g_real->xCurrentTime(g_real, out); }
int vfsGetLastError(sqlite3_vfs *, int n, char *out) { return g_real->xGetLastError ? g_real->xGetLastError(g_real, n, out) : 0; }
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out) { return g_real->xCurrentTimeInt64(g_real, out); }
int vfsSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call) { return g_real->xSetSystemCall(g_real, name, call); }
sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs *, const char *name) { return g_real->xGetSystemCall(g_real, name); }
const char *vfsNextSystemCall(sqlite3_vfs *, const char *name) { return g_real->xNextSystemCall(g_real, name); }

bool registerOnce()
{
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real || g_real->iVersion < 3)
        return false;
    for (int version = 1; version <= 3; ++version)
        g_walMethods[version - 1] = sqlite3_io_methods{version,
                                                       walClose, walRead, walWrite, walTruncate, walSync, walFileSize,
                                                       walLock, walUnlock, walCheckReservedLock, walFileControl,
                                                       walSectorSize, walDeviceCharacteristics,
                                                       walShmMap, walShmLock, walShmBarrier, walShmUnmap,
                                                       walFetch, walUnfetch};
    g_vfs = sqlite3_vfs{3,
                        int(sizeof(WalFile)) + g_real->szOsFile,
                        g_real->mxPathname,
                        nullptr,
                        name(),
                        nullptr,
                        vfsOpen, vfsDelete, vfsAccess, vfsFullPathname,
                        vfsDlOpen, vfsDlError, vfsDlSym, vfsDlClose,
                        vfsRandomness, vfsSleep, vfsCurrentTime, vfsGetLastError,
                        vfsCurrentTimeInt64,
                        vfsSetSystemCall, vfsGetSystemCall, vfsNextSystemCall};
    return sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
}

} // namespace

const char *name()
{
    return "onewindow-wal";
}

bool ensureRegistered()
{
    static std::once_flag once;
    static bool registered = false;
    std::call_once(once, [] { registered = registerOnce(); });
    return registered;
}

bool isInUse(const QSqlDatabase &db)
{
    sqlite3 *handle = sql::Statement::handleOf(db);
    sqlite3_vfs *vfs = nullptr;
    return handle && sqlite3_file_control(handle, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) == SQLITE_OK && vfs == &g_vfs;
}

QString uriFor(const QString &path)
{
    // RFC 3986 path: '?', '#' and '%' must not appear raw; SQLite decodes %XX back into the bytes.
    const QByteArray encoded = QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/");
    return QStringLiteral("file:") + QString::fromLatin1(encoded) + QStringLiteral("?vfs=") + QLatin1String(name());
}

} // namespace ow::WalWriteVfs
