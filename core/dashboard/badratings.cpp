#include "core/dashboard/badratings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

BadRatingList badRatingList(const HallRatingFollowUps &data, const WorkingCalendar &calendar, const QTimeZone &zone,
                            const QDate &today)
{
    BadRatingList list;
    list.figures.rated = data.rated;
    list.figures.satisfied = data.satisfied;
    for (const HallBadRating &bad : data.ratings) {
        BadRatingRow row;
        row.ticket = bad.ticket;
        row.followUps = bad.followUps;
        // A hall from before ratedAt: the ticket's completion is when the applicant could rate.
        const QDateTime rated = bad.ticket.ratedAt.isValid() ? bad.ticket.ratedAt : bad.ticket.completedAt;
        row.ratedDay = rated.isValid() ? rated.toTimeZone(zone).date() : today;
        row.deadline = calendar.dueDate(row.ratedDay, BadRatingFollowUpWorkingDays);
        row.workingDaysLeft = calendar.workingDaysBetween(today, row.deadline);
        for (const HallFollowUp &f : bad.followUps) {
            if (f.kind == u"callback"_s && !row.calledBackAt.isValid())
                row.calledBackAt = f.at;
            if (f.kind == u"rectification"_s && !row.rectifiedAt.isValid())
                row.rectifiedAt = f.at;
        }
        row.overdue = !row.rectified() && today > row.deadline;
        row.rectifiedLate = row.rectified() && row.rectifiedAt.toTimeZone(zone).date() > row.deadline;
        ++list.figures.bad;
        list.figures.calledBack += row.calledBackAt.isValid() ? 1 : 0;
        list.figures.rectified += row.rectified() ? 1 : 0;
        list.figures.rectifiedInTime += row.rectified() && !row.rectifiedLate ? 1 : 0;
        list.figures.overdue += row.overdue ? 1 : 0;
        list.rows.append(row);
    }
    // What needs doing first: overdue, then open by deadline, the rectified last.
    std::stable_sort(list.rows.begin(), list.rows.end(), [](const BadRatingRow &a, const BadRatingRow &b) {
        const auto rank = [](const BadRatingRow &r) { return r.overdue ? 0 : r.rectified() ? 2 : 1; };
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.deadline != b.deadline)
            return a.deadline < b.deadline;
        return a.ticket.id < b.ticket.id;
    });
    return list;
}

} // namespace ow
