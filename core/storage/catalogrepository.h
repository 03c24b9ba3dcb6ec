#pragma once
// The matter catalog in the database: every imported version of every matter (cases pin them), which
// version is in force, the material kinds and the bundles (一件事).

#include "core/domain/catalogdata.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace ow {

class Database;

struct ImportReport {
    bool ok = false;
    QString error;     // translated; set when ok is false
    int added = 0;     // new matters (version 1 or the file's)
    int changed = 0;   // content differs from the version in force: a new version
    int unchanged = 0; // same content: keeps its version, whatever number the file gives
    int removed = 0;   // in force before, absent from this catalog: withdrawn (versions kept)
    QStringList addedCodes;
    QStringList changedCodes;
    QStringList removedCodes;
    int materialKinds = 0;       // replaced wholesale
    int bundles = 0;             // replaced wholesale
    QMap<QString, int> versions; // code -> version in force after the import
};

class CatalogRepository
{
public:
    explicit CatalogRepository(Database &database);

    // Imports a whole catalog in ONE transaction: either every change or none. The file is the complete
    // catalog, so a matter it does not list is withdrawn from matters_current.
    ImportReport importCatalog(const CatalogData &data);

    // The catalog in force, in the order of the last import; each matter carries its version.
    CatalogData loadCurrent(QString *error = nullptr) const;
    // Any version ever imported, e.g. the one a case was taken under.
    std::optional<Matter> matterVersion(const QString &code, int version) const;
    // The version in force; 0 when the matter is unknown or withdrawn.
    int currentVersion(const QString &code) const;
    // Every stored version of a matter, ascending.
    QList<int> versions(const QString &code) const;

private:
    Database &m_database;
};

} // namespace ow
