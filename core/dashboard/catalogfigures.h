#pragma once
// The reform figures that come from the catalog, not from cases (issue 14, point 6).
//
// - 网上可办率 (matters that can be handled online) = matters of the current catalog tagged `online` (网上办)
//   / matters of the current catalog. A matter counts once whatever its volume: the seed measures the list
//   of matters (区级审批服务事项网上可办率达到70%), not the applications. Target: ≥ 70% (OnlineTarget).
// - materials reduction against the pre-reform lists (减材料) = 1 − materials asked now / materials asked
//   before the reform, summed over the matters whose catalog entry declares materialsBeforeReform (the
//   others have no baseline and are left out; `declared` says how many count). Materials asked now = the
//   matter's lines that are required or situational, less those the hall fetches by data sharing (免提交):
//   what the published guide asks the applicant to bring. A matter that asks more than before counts
//   against the figure. Target: ≥ 60% (企业和群众到政府办事提供的材料减少60%以上, by June 2019; 30% by the end
//   of 2018). The per-case figure (listed − collected, dashboardfigures.h) measures something else: what the
//   window did not need to take in on the day.

#include "core/dashboard/dashboardfigures.h"
#include "core/domain/matter.h"

#include <QList>

namespace ow {

inline constexpr double OnlineTarget = 0.70;
inline constexpr double MaterialsReductionTarget = 0.60;
inline constexpr double MaterialsReductionEarlyTarget = 0.30;

struct CatalogFigures {
    Share online;             // matters tagged online / matters
    Share materialsReduction; // (before − now) / before, matters that declare before
    qint64 materialsBefore = 0;
    qint64 materialsNow = 0;
    int declared = 0; // matters with a declared pre-reform count
    int matters = 0;
};

// What the published guide asks the applicant to bring (see materials reduction above).
int materialsAskedNow(const Matter &matter);

CatalogFigures catalogFigures(const QList<Matter> &matters);

} // namespace ow
