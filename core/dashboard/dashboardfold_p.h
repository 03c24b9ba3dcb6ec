#pragma once
// One pass over the store's records into per-index sums (dashboardstore_p.h); foldLive and foldPeriod
// then dress the sums as DashboardFigures / PeriodFigures.

#include "core/dashboard/dashboardstore_p.h"

#include <array>
#include <vector>

namespace ow {

struct DeadlineCandidate {
    CaseDeadline::Kind kind;
    qint64 dateJd;
    int caseIndex;
};

struct DayFold {
    QueueTotals queue;
    CaseCounts cases;
    ReformFigures reform;
};

struct Fold {
    QueueTotals queue;
    CaseCounts cases;
    ReformFigures reform;
    std::vector<QueueTotals> serviceQueue; // by service index
    std::vector<QueueTotals> windowQueue;  // by window index
    std::vector<CaseCounts> windowCases;
    std::vector<ReformFigures> windowReform;
    std::vector<CaseCounts> matterCases; // by matter index
    std::vector<ReformFigures> matterReform;
    std::vector<char> matterSeen;
    std::vector<DayFold> days; // fromJd..toJd
    std::array<HourBucket, 24> hours{};
    QList<WaitBucket> waits;
    std::vector<DeadlineCandidate> deadlines;
};

// Tickets and cases of the days [range.fromJd, range.toJd] into the sums; the time-limit watch and the
// sync backlog over `watched` cases (every case for the live view, the period's for a report) as of
// range.todayJd.
enum class Watch { AllCases, RangeCases };
Fold fold(const DashboardStore &store, const FoldRange &range, Watch watch);

// Texts shared by the live and period views.
QString matterLabel(const DashboardStore &store, int caseIndex);

} // namespace ow
