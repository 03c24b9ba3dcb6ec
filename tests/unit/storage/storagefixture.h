#pragma once
// A temporary database and a small catalog, shared by the storage tests.

#include "core/domain/case.h"
#include "core/domain/catalogdata.h"
#include "core/storage/database.h"
#include "tests/unit/storage/linesasbefore.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QVariantList>

namespace owtest {

// A migrated database in a fresh temporary folder, removed afterwards.
struct TempDatabase {
    TempDatabase();
    QString path;
    QTemporaryDir dir;
    ow::Database db;
};

// Three matters (the first two also a bundle), four material kinds.
ow::CatalogData sampleCatalog();

// Opens path at an earlier schema (the first `schema` built-in migrations), as an older program left it.
void openAtSchema(ow::Database &db, const QString &path, int schema);
// Imports the sample catalog into db and records n decisions on M001 for samplePerson(); the cases saved.
QList<ow::Case> decideSamples(ow::Database &db, int n);

// A temporary database holding the sample catalog, and that catalog as the store reads it back: where
// every case test starts.
struct CatalogDatabase {
    CatalogDatabase();
    TempDatabase t;
    ow::CatalogData catalog;
};
ow::Applicant samplePerson(const QString &idNumber = QStringLiteral("110101199003074514"),
                           const QString &name = QStringLiteral("张三"));

// A decision on the given matters of the catalog, pinned to each matter's version, with one material
// line per kind; hall DEMO, window 3, every line received unless the decision is a deficiency/notice.
ow::Case sampleCase(const ow::CatalogData &catalog, const QStringList &matterCodes, ow::Decision decision = ow::Decision::Accept,
                    int window = 3);

// Runs a prepared statement with values bound; REQUIREs that it succeeds.
void runSql(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values = {});
// Runs a prepared scalar query (values bound) and returns the first column of the first row.
QVariant scalar(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values = {});
int countRows(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values = {});
// The first column of every row of a prepared query (values bound), as text; REQUIREs that it runs.
QStringList firstColumn(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values = {});
// SQLite's plan for a statement, one step a line (EXPLAIN QUERY PLAN's detail): which index it uses.
QStringList queryPlan(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values = {});

} // namespace owtest
