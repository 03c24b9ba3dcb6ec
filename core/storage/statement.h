#pragma once
// A prepared statement run through SQLite's own API on the connection Qt opened: the decision's hot path
// (docs/adr/0009-decision-pages.md). QSqlQuery costs more than SQLite itself there: it names every
// positional placeholder with a formatted string, boxes each value in a QVariant and binds text as UTF-16
// that SQLite converts back to UTF-8. Here values are bound straight, text as UTF-8.
//
// Compiled statements are kept per connection by SQL text and reset when a Statement goes out of scope,
// so none keeps a read snapshot open between calls (the hazard ADR 0006 guards against). Values are
// bound in placeholder order; binding again after execute() or reset() starts at the first placeholder.
// Internal to core/storage and the modules that write within a decision (security's audit trail).

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVarLengthArray>

class QSqlDatabase;
class QSqlDriver;
struct sqlite3;
struct sqlite3_stmt;

namespace ow::sql {

struct KeptStatement;

class Statement
{
public:
    // Prepares sqlText on db (or takes the kept compiled statement). On failure the statement is invalid,
    // the reason logged and written into *error.
    Statement(const QSqlDatabase &db, const QString &sqlText, QString *error);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Binds the next placeholder.
    Statement &bind(const QString &text); // a null QString is written as '', like sql::exec
    Statement &bind(QStringView text);
    Statement &bindUtf8(const QByteArray &utf8); // text already in UTF-8
    Statement &bind(qint64 value);
    Statement &bind(int value) { return bind(qint64(value)); }
    Statement &bind(const QDate &day);      // ISO date, NULL when invalid
    Statement &bind(const QDateTime &time); // UTC ISO 8601 with ms (sql::fromDateTime), NULL when invalid
    Statement &bindNullIfEmpty(const QString &text);
    Statement &bindNull();

    // Runs a statement that returns no rows to its end. The statement can then be bound and run again.
    bool execute(QString *error);
    // Steps to the next row: true while there is one. A failure is logged and written into *error, with
    // *failed set, so a caller tells "no more rows" from "could not read".
    bool next(QString *error = nullptr, bool *failed = nullptr);
    // Rows the last execute() inserted, changed or deleted.
    int rowsChanged() const { return m_changes; }
    // Back to the first placeholder, rows dropped: for running the statement again.
    void reset();

    // Columns of the current row.
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

    // The SQLite connection behind a Qt connection, or nullptr if the driver is not Qt's SQLite driver.
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // Finalizes the kept statements of a connection; sql::forgetStatements calls it before it closes.
    static void forgetConnection(const QSqlDriver *driver);

private:
    bool fail(const char *what, QString *error);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_owned = false;            // a one-off, compiled because the kept one is in use further up the stack
    KeptStatement *m_kept = nullptr; // the connection's entry for this text, when not owned
    bool m_stepped = false;          // run since the last reset: the destructor resets it
    int m_next = 1;                  // the next placeholder to bind (SQLite counts from 1)
    int m_changes = 0;
    // The bound text, kept until the statement is reset so SQLite need not copy it (SQLITE_STATIC).
    QVarLengthArray<QByteArray, 24> m_texts;
    QString m_text;         // for messages
    QString m_prepareError; // why the statement is invalid; execute() and next() report it
};

// The stored text forms (sqlsupport.h), without Qt's general date formatter: ISO 8601, UTC with 'Z'.
QByteArray isoDate(const QDate &day);
QByteArray isoUtcDateTime(const QDateTime &time);

} // namespace ow::sql
