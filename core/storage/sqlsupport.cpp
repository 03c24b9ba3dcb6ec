// The statement cache below keeps QSqlQuery copies, which share one compiled statement. Qt 6.2 deprecated
// the copy (to steer code towards moves), and the build hides deprecated API; this file alone opts back in.
#undef QT_DISABLE_DEPRECATED_BEFORE
#define QT_DISABLE_DEPRECATED_BEFORE 0x060000

#include "sqlsupport.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace ow {

Q_LOGGING_CATEGORY(lcStorage, "onewindow.core.storage", QtWarningMsg)

namespace sql {

namespace {

QString driverText(const QSqlError &e)
{
    // databaseText carries SQLite's own words ("FOREIGN KEY constraint failed", "database or disk is full");
    // driverText only says which call failed. Both help whoever reads the log.
    const QString db = e.databaseText().trimmed();
    const QString drv = e.driverText().trimmed();
    if (db.isEmpty())
        return drv;
    if (drv.isEmpty())
        return db;
    return db + u" ("_s + drv + u')';
}

QString firstLine(const QString &sqlText)
{
    return sqlText.simplified().left(120);
}

// Compiled statements kept per connection (its driver), by SQL text. Compiling SQL was half of a
// decision's CPU time; a kept statement is only re-bound and re-run. Only statements that return no
// rows are kept: a SELECT left half-read would hold a read snapshot open between calls.
thread_local QHash<const QSqlDriver *, QHash<QString, QSqlQuery>> t_statements;

bool returnsNoRows(const QString &sqlText)
{
    const QStringView head = QStringView(sqlText).trimmed().left(8);
    const bool dml = head.startsWith(u"INSERT", Qt::CaseInsensitive) || head.startsWith(u"UPDATE", Qt::CaseInsensitive)
        || head.startsWith(u"DELETE", Qt::CaseInsensitive) || head.startsWith(u"REPLACE", Qt::CaseInsensitive);
    // Every decision begins and commits a transaction: those two are kept as well.
    const bool control = sqlText == u"BEGIN IMMEDIATE" || sqlText == u"COMMIT";
    return (dml && !sqlText.contains(u"RETURNING", Qt::CaseInsensitive)) || control;
}

} // namespace

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

void forgetStatements(const QSqlDriver *driver)
{
    t_statements.remove(driver);
}

bool prepare(QSqlQuery &q, const QString &sqlText, QString *error)
{
    const QSqlDriver *driver = q.driver();
    const bool keep = driver && returnsNoRows(sqlText);
    if (keep) {
        const auto connection = t_statements.constFind(driver);
        if (connection != t_statements.constEnd()) {
            const auto found = connection->constFind(sqlText);
            if (found != connection->constEnd()) {
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
                q = *found; // shares the compiled statement; every placeholder is bound again before exec
QT_WARNING_POP
                return true;
            }
        }
    }
    if (q.prepare(sqlText)) {
        if (keep) {
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
            t_statements[driver].insert(sqlText, q);
QT_WARNING_POP
        }
        return true;
    }
    const QString detail = driverText(q.lastError());
    qCWarning(lcStorage) << "prepare failed:" << detail << "in" << firstLine(sqlText);
    setError(error, detail);
    return false;
}

bool exec(QSqlQuery &q, QString *error)
{
    // Qt binds a null QString as SQL NULL, which would trip NOT NULL on every optional text field left
    // default-constructed. Text is written as text ('' at worst); NULL is asked for with QVariant().
    const QVariantList values = q.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(int(i), u""_s);
    }
    if (q.exec())
        return true;
    const QString detail = driverText(q.lastError());
    qCWarning(lcStorage) << "statement failed:" << detail << "in" << firstLine(q.lastQuery());
    setError(error, detail);
    return false;
}

bool run(QSqlQuery &q, const QString &sqlText, QString *error)
{
    return prepare(q, sqlText, error) && exec(q, error);
}

bool run(QSqlQuery &q, const QString &sqlText, const QVariantList &values, QString *error)
{
    if (!prepare(q, sqlText, error))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q, error);
}

QVariant fromDateTime(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant();
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant &v)
{
    // Qt 6's QVariant::isNull() is false for a null QString, so SQL NULL is recognised by the empty text.
    const QString text = v.toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QVariant fromDate(const QDate &d)
{
    if (!d.isValid())
        return QVariant();
    return d.toString(Qt::ISODate);
}

QDate toDate(const QVariant &v)
{
    const QString text = v.toString();
    if (text.isEmpty())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullIfEmpty(const QString &s)
{
    if (s.isEmpty())
        return QVariant();
    return s;
}

QString likeContains(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += u'%';
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    escaped += u'%';
    return escaped;
}

} // namespace sql
} // namespace ow
