#include "core/dashboard/catalogfigures.h"

namespace ow {

CatalogFigures catalogFigures(const QList<Matter> &matters)
{
    CatalogFigures f;
    for (const Matter &m : matters) {
        ++f.online.denominator;
        if (m.hasTag(MatterTag::Online))
            ++f.online.numerator;
    }
    return f;
}

} // namespace ow
