#include "core/storage/migrations.h"

#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::Migrations {

namespace {

// A trigger's body holds statements of its own: its ';' end the statement only after the closing END.
bool insideTrigger(const QString &current)
{
    static const QRegularExpression head(u"^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(u"\\bEND\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    return head.match(current).hasMatch() && !end.match(current).hasMatch();
}

bool runAll(QSqlQuery &q, const Migration &m, QString *error)
{
    const QStringList statements = splitStatements(m.script);
    if (statements.isEmpty()) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Migration %1 contains no statement.").arg(m.name));
        return false;
    }
    for (const QString &statement : statements) {
        QString detail;
        if (!sql::run(q, statement, &detail)) {
            sql::setError(error, QCoreApplication::translate("ow::Storage", "Migration %1 failed: %2 (in: %3)")
                                     .arg(m.name, detail, statement.simplified().left(80)));
            return false;
        }
    }
    return true;
}

} // namespace

QString resourceDir()
{
    return u":/onewindow/storage/migrations"_s;
}

QList<Migration> builtIn(QString *error)
{
    return fromResources(resourceDir(), error);
}

QList<Migration> fromResources(const QString &dir, QString *error)
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> list;
    const QStringList files = QDir(dir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch()) {
            sql::setError(error,
                          QCoreApplication::translate("ow::Storage", "Migration file %1 is not named NNNN_name.sql.").arg(file));
            return {};
        }
        QFile f(dir + u'/' + file);
        if (!f.open(QIODevice::ReadOnly)) {
            sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot read migration %1.").arg(file));
            return {};
        }
        list.append({match.captured(1).toInt(), file.chopped(4), QString::fromUtf8(f.readAll())});
    }
    // Numbers must run 1, 2, 3 ... without gaps: a hole would mean a migration missing from this build.
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).number != i + 1) {
            sql::setError(error, QCoreApplication::translate("ow::Storage", "Migrations are misnumbered: expected %1, found %2.")
                                     .arg(i + 1)
                                     .arg(list.at(i).name));
            return {};
        }
    }
    if (list.isEmpty())
        sql::setError(error, QCoreApplication::translate("ow::Storage", "No migrations are built into this program."));
    return list;
}

int latestVersion()
{
    const QList<Migration> list = builtIn();
    return list.isEmpty() ? 0 : list.last().number;
}

QStringList splitStatements(const QString &script)
{
    enum class State { Normal, Single, Double, LineComment, BlockComment };
    State state = State::Normal;
    QStringList statements;
    QString current;
    const auto flush = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            statements.append(s);
        current.clear();
    };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Normal:
            if (c == u'-' && next == u'-') {
                state = State::LineComment;
                ++i;
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
            } else if (c == u';' && !insideTrigger(current)) {
                flush();
            } else {
                if (c == u'\'')
                    state = State::Single;
                else if (c == u'"')
                    state = State::Double;
                current += c;
            }
            break;
        case State::Single:
        case State::Double:
            // A doubled quote inside a literal toggles out and straight back in, which is what SQL means.
            current += c;
            if ((state == State::Single && c == u'\'') || (state == State::Double && c == u'"'))
                state = State::Normal;
            break;
        case State::LineComment:
            if (c == u'\n') {
                state = State::Normal;
                current += c;
            }
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Normal;
                ++i;
                current += u' ';
            }
            break;
        }
    }
    flush();
    return statements;
}

namespace {

bool foreignKeysOn(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return sql::run(q, u"PRAGMA foreign_keys"_s, nullptr) && q.next() && q.value(0).toInt() == 1;
}

// Rows whose foreign key points at nothing (PRAGMA foreign_key_check), or -1 with error set.
qint64 brokenKeys(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!sql::run(q, u"SELECT count(*) FROM pragma_foreign_key_check"_s, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

int currentVersion(const QSqlDatabase &db, QString *error)
{
    bool has = false;
    if (!sql::hasTable(db, u"schema_version"_s, &has, error))
        return -1;
    if (!has)
        return 0;
    QSqlQuery q(db);
    if (!sql::run(q, u"SELECT coalesce(max(version), 0) FROM schema_version"_s, error) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool apply(const QSqlDatabase &db, const QList<Migration> &migrations, int *applied, QString *error)
{
    if (applied)
        *applied = 0;
    QString detail;
    QSqlQuery q(db);
    // Foreign keys off while the migrations run, as SQLite's procedure for rebuilding a table asks (a
    // dropped parent would otherwise take its children with it); checked below before the commit. The
    // pragma does nothing inside a transaction, hence before BEGIN, and on again whatever happens.
    const bool keysWereOn = foreignKeysOn(db);
    if (keysWereOn && !sql::run(q, u"PRAGMA foreign_keys = OFF"_s, &detail)) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot start the schema update: %1").arg(detail));
        return false;
    }
    const auto keysBackOn = qScopeGuard([&] {
        QSqlQuery on(db);
        if (keysWereOn && !sql::run(on, u"PRAGMA foreign_keys = ON"_s, nullptr))
            qCWarning(lcStorage) << "cannot turn foreign keys on again after the schema update";
    });
    // IMMEDIATE takes the write lock up front, so two programs opening one new file cannot both migrate.
    if (!sql::run(q, u"BEGIN IMMEDIATE"_s, &detail)) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot start the schema update: %1").arg(detail));
        return false;
    }
    const auto fail = [&](const QString &message) {
        QSqlQuery rollback(db);
        sql::run(rollback, u"ROLLBACK"_s, nullptr);
        sql::setError(error, message);
        qCWarning(lcStorage) << "schema update rolled back:" << message;
        return false;
    };

    if (!sql::run(q,
                  u"CREATE TABLE IF NOT EXISTS schema_version ("
                  u" version INTEGER NOT NULL PRIMARY KEY,"
                  u" name TEXT NOT NULL,"
                  u" applied_at TEXT NOT NULL)"_s,
                  &detail))
        return fail(QCoreApplication::translate("ow::Storage", "Cannot create the schema version table: %1").arg(detail));

    const int current = currentVersion(db, &detail);
    if (current < 0)
        return fail(QCoreApplication::translate("ow::Storage", "Cannot read the schema version: %1").arg(detail));
    const int latest = migrations.isEmpty() ? 0 : migrations.last().number;
    if (current > latest)
        return fail(QCoreApplication::translate(
                        "ow::Storage", "This database was written by a newer OneWindow (schema %1; this program knows up to %2). "
                                       "Use a newer program; the database was not changed.")
                        .arg(current)
                        .arg(latest));

    // A store that already breaks a key (none should) is still opened: only what a migration broke refuses.
    // Counted only when there is something to apply: it reads every table.
    qint64 brokenBefore = 0;
    if (current < latest && current > 0 && (brokenBefore = brokenKeys(db, &detail)) < 0)
        return fail(QCoreApplication::translate("ow::Storage", "Cannot check the foreign keys: %1").arg(detail));
    int count = 0;
    for (const Migration &m : migrations) {
        if (m.number <= current)
            continue;
        if (!runAll(q, m, &detail))
            return fail(detail);
        if (!sql::prepare(q, u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"_s, &detail))
            return fail(detail);
        q.addBindValue(m.number);
        q.addBindValue(m.name);
        q.addBindValue(sql::nowUtc());
        if (!sql::exec(q, &detail))
            return fail(QCoreApplication::translate("ow::Storage", "Cannot record migration %1: %2").arg(m.name, detail));
        ++count;
        qCInfo(lcStorage) << "applied migration" << m.name;
    }
    q.finish();
    if (count > 0) {
        const qint64 brokenAfter = brokenKeys(db, &detail);
        if (brokenAfter < 0)
            return fail(QCoreApplication::translate("ow::Storage", "Cannot check the foreign keys: %1").arg(detail));
        if (brokenAfter > brokenBefore)
            return fail(QCoreApplication::translate("ow::Storage", "The schema update would leave %1 rows pointing at nothing; "
                                                                   "the database was not changed.")
                            .arg(brokenAfter - brokenBefore));
    }
    if (!sql::run(q, u"COMMIT"_s, &detail))
        return fail(QCoreApplication::translate("ow::Storage", "Cannot commit the schema update: %1").arg(detail));
    if (applied)
        *applied = count;
    return true;
}

} // namespace ow::Migrations
