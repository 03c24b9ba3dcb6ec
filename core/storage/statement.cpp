#include "core/storage/statement.h"

#include "core/storage/sqlsupport.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>
#include <unordered_map>

namespace ow::sql {

struct KeptStatement {
    sqlite3_stmt *stmt = nullptr;
    bool inUse = false;
};

namespace {

struct TextHash {
    std::size_t operator()(const QString &text) const noexcept { return qHash(text); }
};

// Per thread, as each Database lives on one thread: connection -> SQL text -> compiled statement.
// std::unordered_map keeps its elements in place as it grows, so a Statement can hold on to its entry.
thread_local std::unordered_map<sqlite3 *, std::unordered_map<QString, KeptStatement, TextHash>> t_kept;

QString messageOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

} // namespace

QByteArray isoDate(const QDate &day)
{
    if (!day.isValid())
        return {};
    int year = 0, month = 0, dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth); // one calendar conversion, not three
    if (year < 0 || year > 9999)
        return day.toString(Qt::ISODate).toUtf8();
    QByteArray out;
    out.reserve(24);
    appendDigits(out, year, 4);
    out.append('-');
    appendDigits(out, month, 2);
    out.append('-');
    appendDigits(out, dayOfMonth, 2);
    return out;
}

QByteArray isoUtcDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate day = utc.date();
    QByteArray out = isoDate(day);
    if (out.size() != 10) // a year outside 0..9999: Qt's own form throughout
        return utc.toString(Qt::ISODateWithMs).toUtf8();
    const QTime t = utc.time();
    out.append('T');
    appendDigits(out, t.hour(), 2);
    out.append(':');
    appendDigits(out, t.minute(), 2);
    out.append(':');
    appendDigits(out, t.second(), 2);
    out.append('.');
    appendDigits(out, t.msec(), 3);
    out.append('Z');
    return out;
}

sqlite3 *Statement::handleOf(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    // Qt's SQLite driver hands out its sqlite3*; it links the same system libsqlite3 as this library
    // (Debian's Qt is built with -system-sqlite), so the handle is safe to use here.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void Statement::forgetConnection(const QSqlDriver *driver)
{
    if (!driver)
        return;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    const auto connection = t_kept.find(db);
    if (connection == t_kept.end())
        return;
    for (const auto &[text, kept] : connection->second)
        sqlite3_finalize(kept.stmt);
    t_kept.erase(connection);
}

Statement::Statement(const QSqlDatabase &db, const QString &sqlText, QString *error)
    : m_db(handleOf(db)),
      m_text(sqlText)
{
    if (!m_db) {
        m_prepareError = QStringLiteral("not an open SQLite connection");
        setError(error, m_prepareError);
        qCWarning(lcStorage) << "prepare failed: not an open SQLite connection in" << sqlText.left(120);
        return;
    }
    KeptStatement &kept = t_kept[m_db][sqlText];
    if (kept.stmt && !kept.inUse) {
        kept.inUse = true;
        m_stmt = kept.stmt;
        m_kept = &kept;
        return;
    }
    const QByteArray utf8 = sqlText.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK
        || !stmt) {
        sqlite3_finalize(stmt);
        fail("prepare", &m_prepareError);
        setError(error, m_prepareError);
        return;
    }
    m_stmt = stmt;
    if (kept.stmt) {
        m_owned = true; // the kept one is busy further up the stack
    } else {
        kept.stmt = stmt;
        kept.inUse = true;
        m_kept = &kept;
    }
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_owned) {
        sqlite3_finalize(m_stmt); // before m_texts go
        return;
    }
    // Reset: no read snapshot or lock outlives the call; cleared: no value leaks into the next use and
    // SQLite keeps no pointer into m_texts.
    if (m_next > 1 || m_stepped) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    if (m_kept)
        m_kept->inUse = false;
}

bool Statement::fail(const char *what, QString *error)
{
    const QString detail = messageOf(m_db);
    qCWarning(lcStorage) << what << "failed:" << detail << "in" << m_text.simplified().left(120);
    setError(error, detail);
    return false;
}

Statement &Statement::bind(const QString &text)
{
    return bind(QStringView(text));
}

Statement &Statement::bind(QStringView text)
{
    return bindUtf8(text.toUtf8());
}

Statement &Statement::bindUtf8(const QByteArray &utf8)
{
    if (m_stmt) {
        m_texts.append(utf8); // shares the bytes; they stay put until reset()
        // A null pointer would bind NULL; text is always text, '' at worst.
        sqlite3_bind_text64(m_stmt, m_next, utf8.isNull() ? "" : m_texts.back().constData(), sqlite3_uint64(utf8.size()),
                            SQLITE_STATIC, SQLITE_UTF8);
    }
    ++m_next;
    return *this;
}

Statement &Statement::bind(qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, m_next, value);
    ++m_next;
    return *this;
}

Statement &Statement::bind(const QDate &day)
{
    return day.isValid() ? bindUtf8(isoDate(day)) : bindNull();
}

Statement &Statement::bind(const QDateTime &time)
{
    return time.isValid() ? bindUtf8(isoUtcDateTime(time)) : bindNull();
}

Statement &Statement::bindNullIfEmpty(const QString &text)
{
    return text.isEmpty() ? bindNull() : bind(text);
}

Statement &Statement::bindNull()
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, m_next);
    ++m_next;
    return *this;
}

bool Statement::execute(QString *error)
{
    if (!m_stmt) { // a caller that bound and ran it anyway hears why it could not be prepared
        setError(error, m_prepareError);
        return false;
    }
    m_stepped = true;
    int rc = sqlite3_step(m_stmt);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE || fail("statement", error);
    m_changes = ok ? sqlite3_changes(m_db) : 0;
    reset();
    return ok;
}

bool Statement::next(QString *error, bool *failed)
{
    if (failed)
        *failed = false;
    if (!m_stmt) {
        if (failed)
            *failed = true;
        setError(error, m_prepareError);
        return false;
    }
    m_stepped = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        if (failed)
            *failed = true;
        fail("statement", error);
    }
    return false;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt); // SQLite lets go of the bound text before it is freed below
    }
    m_texts.clear();
    m_next = 1;
    m_stepped = false;
}

QString Statement::text(int column) const
{
    if (!m_stmt)
        return {};
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::integer(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

bool Statement::isNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace ow::sql
