#include "core/storage/catalogrepository.h"

#include "core/storage/database.h"
#include "core/storage/matterjson.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Checks the catalog hangs together before anything is written, so the error names the culprit
// instead of a constraint.
QString validate(const CatalogData &data)
{
    QSet<QString> seen;
    for (const MaterialKind &k : data.materialKinds) {
        if (k.code.isEmpty())
            return QCoreApplication::translate("ow::Storage", "A material kind has no code.");
        if (seen.contains(k.code))
            return QCoreApplication::translate("ow::Storage", "Material kind %1 appears twice.").arg(k.code);
        seen.insert(k.code);
    }
    QSet<QString> matters;
    for (const Matter &m : data.matters) {
        if (m.code.isEmpty())
            return QCoreApplication::translate("ow::Storage", "A matter has no code.");
        if (matters.contains(m.code))
            return QCoreApplication::translate("ow::Storage", "Matter %1 appears twice.").arg(m.code);
        matters.insert(m.code);
    }
    QSet<QString> bundles;
    for (const Bundle &b : data.bundles) {
        if (b.code.isEmpty() || bundles.contains(b.code))
            return QCoreApplication::translate("ow::Storage", "Bundle code \"%1\" is empty or appears twice.").arg(b.code);
        bundles.insert(b.code);
        for (const QString &code : b.matterCodes)
            if (!matters.contains(code))
                return QCoreApplication::translate("ow::Storage",
                                                   "Bundle %1 lists matter %2, which the catalog does not contain.")
                    .arg(b.code, code);
    }
    return {};
}

struct Current {
    int version = 0;
    QByteArray hash;
};

} // namespace

CatalogRepository::CatalogRepository(Database &database)
    : m_database(database)
{}

ImportReport CatalogRepository::importCatalog(const CatalogData &data)
{
    ImportReport report;
    report.error = validate(data);
    if (!report.error.isEmpty())
        return report;

    QSqlDatabase db = m_database.db();
    QString detail;
    const QString now = sql::nowUtc();
    const auto failed = [&](const QString &what) {
        report.error = QCoreApplication::translate("ow::Storage", "The catalog was not imported (%1): %2").arg(what, detail);
        return false;
    };

    const bool ok = m_database.transaction(
        [&] {
            QSqlQuery q(db);
            QMap<QString, Current> current;
            if (!sql::run(q,
                          u"SELECT c.code, c.version, v.content_hash FROM matters_current c"
                          u" JOIN matter_versions v ON v.code = c.code AND v.version = c.version"_s,
                          &detail))
                return failed(u"read"_s);
            while (q.next())
                current.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toByteArray()});

            // Bundles go first: their rows point at matters_current, which may lose withdrawn matters below.
            if (!sql::run(q, u"DELETE FROM bundles"_s, &detail)) // bundle_matters follow by ON DELETE CASCADE
                return failed(u"bundles"_s);

            for (qsizetype i = 0; i < data.matters.size(); ++i) {
                Matter m = data.matters.at(i);
                const QByteArray hash = MatterJson::contentHash(m);
                const auto it = current.constFind(m.code);
                int version = 0;
                if (it != current.cend() && it->hash == hash) {
                    version = it->version;
                    ++report.unchanged;
                } else {
                    if (!sql::run(q, u"SELECT coalesce(max(version), 0) FROM matter_versions WHERE code = ?"_s, {m.code}, &detail)
                        || !q.next())
                        return failed(m.code);
                    const int highest = q.value(0).toInt();
                    int reuse = 0;
                    if (it == current.cend() && highest > 0) {
                        // Withdrawn earlier and back now: the same content gets its old number back.
                        if (!sql::run(q, u"SELECT content_hash FROM matter_versions WHERE code = ? AND version = ?"_s,
                                      {m.code, highest}, &detail))
                            return failed(m.code);
                        if (q.next() && q.value(0).toByteArray() == hash)
                            reuse = highest;
                    }
                    if (reuse > 0)
                        version = reuse;
                    else if (highest == 0)
                        version = qMax(1, m.version);
                    else
                        version = m.version > highest ? m.version : highest + 1; // the file's number if higher
                    if (it == current.cend()) {
                        ++report.added;
                        report.addedCodes.append(m.code);
                    } else {
                        ++report.changed;
                        report.changedCodes.append(m.code);
                    }
                    if (reuse == 0) {
                        m.version = version;
                        if (!sql::run(q,
                                      u"INSERT INTO matter_versions (code, version, name, department, snapshot,"
                                      u" content_hash, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                      {m.code, version, m.name, m.department,
                                       QString::fromUtf8(MatterJson::canonical(MatterJson::toJson(m))), QString::fromLatin1(hash),
                                       now},
                                      &detail))
                            return failed(m.code);
                    }
                }
                if (!sql::run(
                        q,
                        u"INSERT INTO matters_current (code, version, position, updated_at) VALUES (?, ?, ?, ?)"
                        u" ON CONFLICT (code) DO UPDATE SET version = excluded.version,"
                        u" position = excluded.position,"
                        u" updated_at = CASE WHEN version = excluded.version THEN updated_at ELSE excluded.updated_at END"_s,
                        {m.code, version, int(i), now}, &detail))
                    return failed(m.code);
                report.versions.insert(m.code, version);
            }

            for (auto it = current.cbegin(); it != current.cend(); ++it) {
                if (report.versions.contains(it.key()))
                    continue;
                if (!sql::run(q, u"DELETE FROM matters_current WHERE code = ?"_s, {it.key()}, &detail))
                    return failed(it.key());
                ++report.removed;
                report.removedCodes.append(it.key());
            }

            if (!sql::run(q, u"DELETE FROM material_kinds"_s, &detail))
                return failed(u"material kinds"_s);
            for (qsizetype i = 0; i < data.materialKinds.size(); ++i) {
                const MaterialKind &k = data.materialKinds.at(i);
                if (!sql::run(q,
                              u"INSERT INTO material_kinds (code, position, name, issuer, legal_basis, how_to_obtain,"
                              u" validity_months, data_sharing, certificate_store, per_application)"
                              u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              {k.code, int(i), k.name, k.issuer, k.legalBasis, k.howToObtain, k.validityMonths,
                               k.dataSharing ? 1 : 0, k.certificateStore ? 1 : 0, k.perApplication ? 1 : 0},
                              &detail))
                    return failed(k.code);
            }

            for (qsizetype i = 0; i < data.bundles.size(); ++i) {
                const Bundle &b = data.bundles.at(i);
                if (!sql::run(q, u"INSERT INTO bundles (code, position, name, description) VALUES (?, ?, ?, ?)"_s,
                              {b.code, int(i), b.name, b.description}, &detail))
                    return failed(b.code);
                for (qsizetype j = 0; j < b.matterCodes.size(); ++j) {
                    if (!sql::run(q, u"INSERT INTO bundle_matters (bundle_code, position, matter_code) VALUES (?, ?, ?)"_s,
                                  {b.code, int(j), b.matterCodes.at(j)}, &detail))
                        return failed(b.code);
                }
            }

            return sql::run(q,
                            u"INSERT INTO catalog_imports (catalog_version, imported_at, added, changed, unchanged, removed)"
                            u" VALUES (?, ?, ?, ?, ?, ?)"_s,
                            {data.catalogVersion, now, report.added, report.changed, report.unchanged, report.removed}, &detail)
                   || failed(u"log"_s);
        },
        &detail);

    if (!ok) {
        if (report.error.isEmpty())
            report.error = QCoreApplication::translate("ow::Storage", "The catalog was not imported: %1").arg(detail);
        ImportReport failedReport; // counts of a rolled-back import would describe nothing that happened
        failedReport.error = report.error;
        return failedReport;
    }
    report.ok = true;
    report.materialKinds = int(data.materialKinds.size());
    report.bundles = int(data.bundles.size());
    qCInfo(lcStorage) << "catalog" << data.catalogVersion << "imported: added" << report.added << "changed" << report.changed
                      << "unchanged" << report.unchanged << "removed" << report.removed;
    return report;
}

CatalogData CatalogRepository::loadCurrent(QString *error) const
{
    CatalogData data;
    QSqlQuery q(m_database.db());
    QString detail;
    const auto failed = [&] {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "Cannot read the catalog: %1").arg(detail));
        return CatalogData{};
    };
    if (!sql::run(q, u"SELECT catalog_version FROM catalog_imports ORDER BY id DESC LIMIT 1"_s, &detail))
        return failed();
    if (q.next())
        data.catalogVersion = q.value(0).toString();

    if (!sql::run(q,
                  u"SELECT code, name, issuer, legal_basis, how_to_obtain, validity_months, data_sharing,"
                  u" certificate_store, per_application FROM material_kinds ORDER BY position"_s,
                  &detail))
        return failed();
    while (q.next()) {
        // No commitment basis here: the one that applies travels on each matter line, in the matter version a
        // case took (docs/adr/0026-commitment-per-matter-line.md); this table is replaced wholesale.
        data.materialKinds.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString(), q.value(5).toInt(), q.value(6).toInt() != 0, q.value(7).toInt() != 0,
                                   q.value(8).toInt() != 0, QString()});
    }

    if (!sql::run(q,
                  u"SELECT v.snapshot, v.version FROM matters_current c"
                  u" JOIN matter_versions v ON v.code = c.code AND v.version = c.version ORDER BY c.position"_s,
                  &detail))
        return failed();
    while (q.next()) {
        Matter m;
        if (!MatterJson::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), &m, &detail))
            return failed();
        m.version = q.value(1).toInt();
        data.matters.append(m);
    }

    if (!sql::run(q,
                  u"SELECT b.code, b.name, b.description, m.matter_code FROM bundles b"
                  u" LEFT JOIN bundle_matters m ON m.bundle_code = b.code ORDER BY b.position, m.position"_s,
                  &detail))
        return failed();
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (data.bundles.isEmpty() || data.bundles.last().code != code)
            data.bundles.append({code, q.value(1).toString(), q.value(2).toString(), {}});
        if (!q.value(3).toString().isEmpty())
            data.bundles.last().matterCodes.append(q.value(3).toString());
    }
    return data;
}

std::optional<Matter> CatalogRepository::matterVersion(const QString &code, int version) const
{
    QSqlQuery q(m_database.db());
    if (!sql::run(q, u"SELECT snapshot FROM matter_versions WHERE code = ? AND version = ?"_s, {code, version}, nullptr)
        || !q.next())
        return std::nullopt;
    Matter m;
    QString detail;
    if (!MatterJson::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), &m, &detail)) {
        qCWarning(lcStorage) << "unreadable snapshot of" << code << version << detail;
        return std::nullopt;
    }
    m.version = version;
    return m;
}

int CatalogRepository::currentVersion(const QString &code) const
{
    return sql::scalar(m_database.db(), u"SELECT version FROM matters_current WHERE code = ?"_s, {code}).toInt();
}

QList<int> CatalogRepository::versions(const QString &code) const
{
    return sql::rows(m_database.db(), u"SELECT version FROM matter_versions WHERE code = ? ORDER BY version"_s, {code},
                     [](const QSqlQuery &q) { return q.value(0).toInt(); });
}

} // namespace ow
