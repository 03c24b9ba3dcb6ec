#pragma once
// 差评回访整改 (#16 point 2): every rating of 1 or 2 is followed up — the applicant called back (回访) and
// the cause put right (整改) — within 15 working days on the hall's calendar, counted from the day of the
// rating (the national 好差评 rule: 差评…15个工作日内整改并反馈). A rating is rectified by its first
// rectification record, overdue when it has none after its deadline. The figures of a period:
// satisfaction (rated 4 or 5, of all ratings: the dashboard's, dashboardfigures.h) and rectification
// (rectified, of bad ratings).

#include "core/calendar/workingcalendar.h"
#include "core/hall/protocol/hallmodels.h"

#include <QTimeZone>

namespace ow {

inline constexpr int BadRatingFollowUpWorkingDays = 15;

struct BadRatingRow {
    HallTicket ticket;
    QList<HallFollowUp> followUps;
    QDate ratedDay;          // in the hall's zone
    QDate deadline;          // ratedDay + 15 working days
    int workingDaysLeft = 0; // to the deadline, from today; negative when past it
    QDateTime calledBackAt;  // the first call-back, invalid for none
    QDateTime rectifiedAt;   // the first rectification, invalid for none
    bool rectified() const { return rectifiedAt.isValid(); }
    bool overdue = false;       // not rectified and the deadline has passed
    bool rectifiedLate = false; // rectified, but after the deadline
};

struct BadRatingFigures {
    int rated = 0;
    int satisfied = 0;
    int bad = 0;
    int calledBack = 0;
    int rectified = 0;
    int rectifiedInTime = 0;
    int overdue = 0;
    // Shares 0..1, or -1 when there is nothing to divide by (shown as "—", never as 0% or 100%).
    double satisfactionRate() const { return rated > 0 ? double(satisfied) / rated : -1; }
    double rectificationRate() const { return bad > 0 ? double(rectified) / bad : -1; }
    bool operator==(const BadRatingFigures &) const = default;
};

struct BadRatingList {
    QList<BadRatingRow> rows; // overdue first, then by deadline, then by ticket
    BadRatingFigures figures;
};

BadRatingList badRatingList(const HallRatingFollowUps &data, const WorkingCalendar &calendar, const QTimeZone &zone,
                            const QDate &today);

} // namespace ow
