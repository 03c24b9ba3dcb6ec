#pragma once
// The reform figures that come from the catalog, not from cases (issue 14, point 6).
//
// - 网上可办率 (matters that can be handled online) = matters of the current catalog tagged `online` (网上办)
//   / matters of the current catalog. A matter counts once whatever its volume: the seed measures the list
//   of matters (区级审批服务事项网上可办率达到70%), not the applications. Target: ≥ 70% (OnlineTarget).

#include "core/dashboard/dashboardfigures.h"
#include "core/domain/matter.h"

#include <QList>

namespace ow {

inline constexpr double OnlineTarget = 0.70;

struct CatalogFigures {
    Share online; // matters tagged online / matters
};

CatalogFigures catalogFigures(const QList<Matter> &matters);

} // namespace ow
