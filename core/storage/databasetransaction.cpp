// Database::transaction: the one way anything writes. Apart from database.cpp, which opens and closes.
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

bool Database::transaction(const std::function<bool()> &work, QString *error)
{
    if (!isOpen()) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "The database is not open."));
        return false;
    }
    if (m_depth > 0) {
        ++m_depth;
        bool ok = false;
        try {
            ok = work();
        } catch (...) {
            --m_depth;
            m_doomed = true;
            throw;
        }
        --m_depth;
        if (!ok)
            m_doomed = true;
        return ok;
    }

    QSqlDatabase connection = db();
    QString detail;
    {
        // IMMEDIATE: take the write lock now, so a concurrent writer makes us wait (busy_timeout) at the
        // start instead of failing half-way when a read lock cannot be upgraded.
        QSqlQuery begin(connection);
        if (!sql::run(begin, u"BEGIN IMMEDIATE"_s, &detail)) {
            sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot start a transaction: %1").arg(detail));
            return false;
        }
    }
    // Reading statements compiled from here on are kept until the transaction ends (sqlsupport.cpp).
    const QSqlDriver *driver = connection.driver();
    sql::enterTransaction(driver);
    bool left = false;
    const auto leave = [&] {
        if (!left)
            sql::leaveTransaction(driver);
        left = true;
    };
    const auto rollback = [&] {
        leave();
        // Not through sql::run: after SQLITE_FULL or IOERR SQLite has already rolled back by itself and
        // answers "no transaction is active", which is no news worth a warning.
        QSqlQuery q(connection);
        if (q.prepare(u"ROLLBACK"_s) && !q.exec())
            qCDebug(lcStorage) << "rollback:" << q.lastError().databaseText();
        m_depth = 0;
        m_doomed = false;
    };

    m_depth = 1;
    m_doomed = false;
    bool ok = false;
    try {
        ok = work();
    } catch (...) {
        rollback();
        throw;
    }
    if (!ok || m_doomed) {
        rollback();
        return false;
    }
    leave();
    QSqlQuery commit(connection);
    if (!sql::run(commit, u"COMMIT"_s, &detail)) {
        // A full disk often shows up only here, when the pages reach the write-ahead log.
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot save: %1").arg(detail));
        rollback();
        return false;
    }
    m_depth = 0;
    return true;
}

bool Database::transaction(const std::function<bool(QString *detail)> &work, const QString &failure, QString *error)
{
    QString detail;
    const bool ok = transaction([&] { return work(&detail); }, &detail);
    if (!ok)
        sql::setError(error, failure.arg(detail));
    return ok;
}

} // namespace ow
