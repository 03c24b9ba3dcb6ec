#include "core/dashboard/highfrequency.h"

#include <algorithm>

namespace ow {

HighFrequencyFigure highFrequencyOneTrip(const QMap<QString, MatterRow> &matters)
{
    QList<const MatterRow *> ranked;
    for (const MatterRow &m : matters) {
        if (m.cases.decisions > 0)
            ranked.append(&m);
    }
    // The map iterates by code, so a stable sort by cases keeps ties in code order.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const MatterRow *a, const MatterRow *b) { return a->cases.decisions > b->cases.decisions; });
    if (ranked.size() > HighFrequencyTop)
        ranked.resize(HighFrequencyTop);

    HighFrequencyFigure f;
    f.ranked = int(ranked.size());
    for (const MatterRow *m : ranked) {
        const Share &oneTrip = m->reform.atMostOneTrip;
        // numerator / denominator ≥ share, in integers: no rounding decides a matter at the boundary.
        if (oneTrip.isDefined() && double(oneTrip.numerator) >= HighFrequencyOneTripShare * double(oneTrip.denominator))
            ++f.achieved;
        else
            f.missed.append(m->code);
    }
    return f;
}

} // namespace ow
