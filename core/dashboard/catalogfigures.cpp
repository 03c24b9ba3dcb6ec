#include "core/dashboard/catalogfigures.h"

namespace ow {

int materialsAskedNow(const Matter &matter)
{
    int asked = 0;
    for (const MatterMaterial &line : matter.materials) {
        if (line.requirement != Requirement::Optional && !line.dataSharing)
            ++asked;
    }
    return asked;
}

CatalogFigures catalogFigures(const QList<Matter> &matters)
{
    CatalogFigures f;
    for (const Matter &m : matters) {
        ++f.matters;
        ++f.online.denominator;
        if (m.hasTag(MatterTag::Online))
            ++f.online.numerator;
        if (m.materialsBeforeReform > 0) {
            ++f.declared;
            f.materialsBefore += m.materialsBeforeReform;
            f.materialsNow += materialsAskedNow(m);
        }
    }
    f.materialsReduction = Share{f.materialsBefore - f.materialsNow, f.materialsBefore};
    return f;
}

} // namespace ow
