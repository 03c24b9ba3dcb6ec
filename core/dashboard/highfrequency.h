#pragma once
// 高频事项"最多跑一次" (issue 14, point 6). The seed's target: 100 high-frequency matters done in at most
// one trip (区级100个高频事项实现"最多跑一次", by June 2019; 30 by the end of 2018).
//
// - high-frequency matters = the period's matters ranked by their cases (MatterRow::cases.decisions: a 一件事
//   bundle counts for each of its matters), most first, ties by matter code; the first HighFrequencyTop.
//   A hall with fewer matters ranks what it has, so `ranked` can be below the target: the target stays 100.
// - one of them achieves 最多跑一次 when at least HighFrequencyOneTripShare of its cases needed at most one
//   trip (ReformFigures::atMostOneTrip). Not all of them: the seed makes one trip the rule and more the
//   exception (最多跑一次是原则、跑多次是例外), so an applicant who came twice does not void a matter.
// - trips as the case records them: a supplement brought in person is one more, by post none; the result's
//   hand-over is none either way (the seed counts 从受理申请到作出办理决定、形成办理结果, docs/adr/0027).

#include "core/dashboard/dashboardfigures.h"

#include <QMap>
#include <QStringList>

namespace ow {

inline constexpr int HighFrequencyTop = 100;
inline constexpr int HighFrequencyTarget = 100;
inline constexpr int HighFrequencyEarlyTarget = 30; // the end-2018 step
inline constexpr double HighFrequencyOneTripShare = 0.90;

struct HighFrequencyFigure {
    int ranked = 0;     // matters ranked (≤ HighFrequencyTop)
    int achieved = 0;   // of those, at or above the one-trip share
    QStringList missed; // the ranked matters below it, most cases first

    bool isDefined() const { return ranked > 0; }
};

HighFrequencyFigure highFrequencyOneTrip(const QMap<QString, MatterRow> &matters);

} // namespace ow
