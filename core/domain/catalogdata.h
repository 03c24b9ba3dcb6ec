#pragma once
// A whole catalog as read from a file or the database: material kinds, matters and bundles.

#include "core/domain/matter.h"

namespace ow {

struct CatalogData {
    QString catalogVersion;
    QList<MaterialKind> materialKinds;
    QList<Matter> matters;
    QList<Bundle> bundles;

    const Matter *matter(const QString &code) const
    {
        for (const Matter &m : matters)
            if (m.code == code)
                return &m;
        return nullptr;
    }
    const Bundle *bundle(const QString &code) const
    {
        for (const Bundle &b : bundles)
            if (b.code == code)
                return &b;
        return nullptr;
    }
};

} // namespace ow
