// The statement cache below keeps QSqlQuery copies, which share one compiled statement. Qt 6.2 deprecated
// the copy (to steer code towards moves), and the build hides deprecated API; this file alone opts back in.
#undef QT_DISABLE_DEPRECATED_BEFORE
#define QT_DISABLE_DEPRECATED_BEFORE 0x060000

#include "core/storage/sqlsupport.h"

#include <QHash>
#include <QJsonDocument>
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
// decision's CPU time; a kept statement is only re-bound and re-run.
// - Statements that return no rows are kept always.
// - Statements that read rows (SELECT, ... RETURNING) are kept only while the connection is inside a write
//   transaction, and every one of them is reset when the transaction ends (releaseReads): a kept SELECT left
//   half-read outside a transaction would hold a read snapshot open between calls, which in WAL mode can
//   make a later write fail with a stale snapshot. Inside BEGIN IMMEDIATE we hold the write lock anyway.
struct Kept {
    QHash<QString, QSqlQuery> statements;
    QList<QString> reads; // the texts of the kept reading statements, to reset them at the end
    int transactionDepth = 0;
};
thread_local QHash<const QSqlDriver *, Kept> t_kept;

// The kept statements of a connection, made the first time it is seen. The entry is keyed by the driver's
// address, so it must not outlive the driver: the next connection's driver is often allocated at the same
// address and would be handed the dead connection's finalized statements ("No query"). Connections that
// Database does not own (a lock probe, a test's raw handle) are closed without forgetStatements, so the
// driver's own destruction removes its entry.
Kept &keptFor(const QSqlDriver *driver)
{
    const auto found = t_kept.find(driver);
    if (found != t_kept.end())
        return *found;
    QObject::connect(driver, &QObject::destroyed, [driver] { t_kept.remove(driver); });
    return t_kept[driver];
}

bool readsRows(const QString &sqlText)
{
    const QStringView head = QStringView(sqlText).trimmed().left(8);
    // BEGIN and COMMIT too: Database::transaction runs them for every write.
    const bool noRows = head.startsWith(u"INSERT", Qt::CaseInsensitive) || head.startsWith(u"UPDATE", Qt::CaseInsensitive)
                        || head.startsWith(u"DELETE", Qt::CaseInsensitive) || head.startsWith(u"REPLACE", Qt::CaseInsensitive)
                        || head.startsWith(u"BEGIN", Qt::CaseInsensitive) || head.startsWith(u"COMMIT", Qt::CaseInsensitive);
    return !noRows || sqlText.contains(u"RETURNING", Qt::CaseInsensitive);
}

} // namespace

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

void forgetStatements(const QSqlDriver *driver)
{
    t_kept.remove(driver);
}

int connectionsWithKeptStatements()
{
    return int(t_kept.size());
}

void enterTransaction(const QSqlDriver *driver)
{
    if (driver)
        ++keptFor(driver).transactionDepth;
}

void leaveTransaction(const QSqlDriver *driver)
{
    const auto connection = t_kept.find(driver);
    if (connection == t_kept.end())
        return;
    connection->transactionDepth = std::max(0, connection->transactionDepth - 1);
    for (const QString &text : std::as_const(connection->reads)) {
        const auto found = connection->statements.find(text);
        if (found != connection->statements.end())
            found->finish(); // sqlite3_reset: the statement lets go of its read snapshot
    }
}

bool prepare(QSqlQuery &q, const QString &sqlText, QString *error)
{
    const QSqlDriver *driver = q.driver();
    Kept *connection = nullptr;
    bool reading = false;
    if (driver) {
        connection = &keptFor(driver);
        reading = readsRows(sqlText);
        if (reading && connection->transactionDepth == 0)
            connection = nullptr;
    }
    if (connection) {
        const auto found = connection->statements.constFind(sqlText);
        // A reading statement still active may be mid-iteration in a caller up the stack: not shared.
        if (found != connection->statements.constEnd() && !(reading && found->isActive())) {
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            q = *found; // shares the compiled statement; every placeholder is bound again before exec
            QT_WARNING_POP
            return true;
        }
    }
    if (q.prepare(sqlText)) {
        if (connection && !connection->statements.contains(sqlText)) {
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            connection->statements.insert(sqlText, q);
            QT_WARNING_POP
            if (reading)
                connection->reads.append(sqlText);
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

QVariant scalar(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values, QString *error)
{
    QSqlQuery q(db);
    if (!run(q, sqlText, values, error) || !q.next())
        return {};
    const QVariant value = q.value(0);
    q.finish(); // the kept statement lets go of its read snapshot now (see prepare)
    return value;
}

bool hasTable(const QSqlDatabase &db, const QString &table, bool *has, QString *error)
{
    QSqlQuery q(db);
    if (!run(q, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {table}, error) || !q.next())
        return false;
    *has = q.value(0).toLongLong() > 0;
    return true;
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

QJsonObject toJsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
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
