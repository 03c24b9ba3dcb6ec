#pragma once
// Small helpers every storage file shares: the logging category, prepared statements that report
// errors the same way, and the text forms times and dates take in the database. Internal to core/storage.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <type_traits>

class QSqlDriver;

namespace ow {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace sql {

// Prepares sqlText on q. Every statement goes through here: values are bound, never pasted into the text.
// Statements are compiled once per connection and kept (see sqlsupport.cpp for which and when).
bool prepare(QSqlQuery &q, const QString &sqlText, QString *error);
// Drops the kept statements of a connection; Database::close calls it before the connection goes. A driver
// that is destroyed without it is forgotten too (a new driver may be given the same address).
void forgetStatements(const QSqlDriver *driver);
// How many connections have statements kept: for the tests that prove none outlives its driver.
int connectionsWithKeptStatements();
// Database::transaction brackets its work with these: reading statements are kept only in between, and
// leaving resets every kept reading statement so none holds a read snapshot after the transaction.
void enterTransaction(const QSqlDriver *driver);
void leaveTransaction(const QSqlDriver *driver);
// Executes a prepared statement; on failure logs it and writes SQLite's reason into *error.
// A bound null QString is written as '' (Qt would make it NULL); bind QVariant() for SQL NULL.
bool exec(QSqlQuery &q, QString *error);
// prepare + exec for statements without values (PRAGMA, BEGIN, ...).
bool run(QSqlQuery &q, const QString &sqlText, QString *error);
// prepare, bind the values to the placeholders in order, exec.
bool run(QSqlQuery &q, const QString &sqlText, const QVariantList &values, QString *error);
// run on a query of its own, then the first column of the first row: an invalid QVariant when the statement
// fails or returns no row (so toInt() is 0 and toString() is empty, as a reader that found nothing wants).
QVariant scalar(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values, QString *error = nullptr);
// run on a query of its own, then read(q) for each row, in order; empty when the statement fails.
template <typename Read>
auto rows(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values, Read read, QString *error = nullptr)
    -> QList<std::invoke_result_t<Read &, const QSqlQuery &>>;

// Whether the database has a table of that name (an older schema may lack it); false with *error set when
// SQLite cannot say.
bool hasTable(const QSqlDatabase &db, const QString &table, bool *has, QString *error);

// Times are stored as UTC ISO 8601 with milliseconds so text order is time order.
QVariant fromDateTime(const QDateTime &t); // QVariant() (SQL NULL) for an invalid time
QDateTime toDateTime(const QVariant &v);   // invalid for NULL
QVariant fromDate(const QDate &d);         // NULL for an invalid date
QDate toDate(const QVariant &v);
QString nowUtc(); // the current time in the stored form
QVariant nullIfEmpty(const QString &s);
QJsonObject toJsonObject(const QVariant &v); // a JSON text column; empty for NULL or text that is no object

// Escapes % _ and \ so a user's text matches literally in "LIKE ? ESCAPE '\'".
QString likeContains(const QString &text);

// Copies message into *error when the caller asked for one.
void setError(QString *error, const QString &message);

template <typename Read>
auto rows(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values, Read read, QString *error)
    -> QList<std::invoke_result_t<Read &, const QSqlQuery &>>
{
    QList<std::invoke_result_t<Read &, const QSqlQuery &>> out;
    QSqlQuery q(db);
    if (!run(q, sqlText, values, error))
        return out;
    while (q.next())
        out.append(read(std::as_const(q)));
    q.finish(); // the kept statement lets go of its read snapshot now (see prepare)
    return out;
}

} // namespace sql
} // namespace ow
