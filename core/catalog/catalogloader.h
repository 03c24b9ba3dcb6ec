#pragma once
// Reads a catalog file (docs/catalog-format.md) into CatalogData, checking everything the format demands.
// A file with any error is refused whole, so a half-valid catalog never reaches the counter.

#include "core/domain/catalogdata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ow {

struct CatalogLoadResult {
    bool ok = false;
    CatalogData data;   // empty unless ok
    QStringList errors; // every problem found, each "SOURCE:LINE: message", in line order
};

class CatalogLoader
{
public:
    // Reads and checks a file. Errors name filePath as given. A file that cannot be read gives one error
    // at line 0 (the file as a whole).
    static CatalogLoadResult load(const QString &filePath);

    // Checks bytes already read; sourceName is what the errors start with.
    // Matter::version is the file's "version", or 0 when the file leaves numbering to the importer.
    // Each MatterMaterial carries its kind's name (unless the matter overrides it), issuer, legal basis,
    // how to obtain it, validity, data sharing and certificate store flags.
    static CatalogLoadResult loadBytes(const QByteArray &utf8, const QString &sourceName);

    // The format identifier a catalog must declare.
    static QString formatId() { return QStringLiteral("onewindow-catalog/1"); }

    // Whether a material name is a catch-all such as 其他材料, which the 证明事项清单 does not allow.
    static bool isVagueMaterialName(const QString &name);
};

} // namespace ow
