// 差评回访整改 (core/dashboard/badratings.h): 15 working days on the hall's calendar from the day of the
// rating, the first rectification closes it, the overdue and the late are told apart, and the rates say
// "nothing to divide" rather than 0% or 100%.
#include "core/dashboard/badratings.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");

ow::HallBadRating bad(const QString &id, const QDateTime &ratedAt, const QList<ow::HallFollowUp> &followUps = {})
{
    ow::HallBadRating b;
    b.ticket.id = id;
    b.ticket.code = id.right(4);
    b.ticket.rating = 1;
    b.ticket.ratedAt = ratedAt;
    b.followUps = followUps;
    return b;
}

ow::HallFollowUp followUp(const QString &kind, const QDateTime &at)
{
    return {kind, u"note"_s, at, u"supervisor:office"_s};
}

} // namespace

TEST_CASE("a bad rating has 15 working days on the hall's calendar, and is closed by its first rectification")
{
    const ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();
    // Rated on Monday 2026-09-21 at 23:30 in Shanghai (15:30 UTC): the hall's day, not UTC's, counts.
    const QDateTime monday(QDate(2026, 9, 21), QTime(15, 30), Qt::UTC);
    const QDate expectedDeadline = calendar.dueDate(QDate(2026, 9, 21), 15);
    // The national holiday (国庆) lies inside: the deadline is well past three calendar weeks.
    REQUIRE(QDate(2026, 9, 21).daysTo(expectedDeadline) > 21);

    ow::HallRatingFollowUps data;
    data.rated = 40;
    data.satisfied = 36;
    data.ratings = {
        bad(u"T-open"_s, monday),
        bad(u"T-called"_s, monday, {followUp(u"callback"_s, monday.addDays(1))}),
        bad(u"T-fixed"_s, monday,
            {followUp(u"callback"_s, monday.addDays(1)), followUp(u"rectification"_s, monday.addDays(3)),
             followUp(u"rectification"_s, monday.addDays(60))}),
        bad(u"T-late"_s, monday, {followUp(u"rectification"_s, QDateTime(expectedDeadline.addDays(1), QTime(2, 0), Qt::UTC))}),
    };

    SECTION("on the deadline itself nothing is overdue yet")
    {
        const ow::BadRatingList list = ow::badRatingList(data, calendar, Shanghai, expectedDeadline);
        REQUIRE(list.rows.size() == 4);
        for (const ow::BadRatingRow &row : list.rows) {
            INFO(row.ticket.id.toStdString());
            CHECK(row.ratedDay == QDate(2026, 9, 21));
            CHECK(row.deadline == expectedDeadline);
            CHECK_FALSE(row.overdue);
        }
        CHECK(list.figures.overdue == 0);
    }

    SECTION("the day after, the open ones are overdue and come first")
    {
        const QDate after = expectedDeadline.addDays(1);
        const ow::BadRatingList list = ow::badRatingList(data, calendar, Shanghai, after);
        REQUIRE(list.rows.size() == 4);
        CHECK(list.rows.at(0).ticket.id == u"T-called"_s); // overdue, by ticket id
        CHECK(list.rows.at(1).ticket.id == u"T-open"_s);
        CHECK(list.rows.at(0).overdue);
        CHECK(list.rows.at(1).overdue);
        CHECK(list.rows.at(0).calledBackAt == monday.addDays(1));
        // The rectified last; the first rectification is the one that counts.
        const ow::BadRatingRow &fixed = list.rows.at(2).ticket.id == u"T-fixed"_s ? list.rows.at(2) : list.rows.at(3);
        const ow::BadRatingRow &late = list.rows.at(2).ticket.id == u"T-late"_s ? list.rows.at(2) : list.rows.at(3);
        CHECK(fixed.rectifiedAt == monday.addDays(3));
        CHECK_FALSE(fixed.rectifiedLate);
        CHECK(late.rectified());
        CHECK(late.rectifiedLate);
        CHECK_FALSE(late.overdue);

        const ow::BadRatingFigures &f = list.figures;
        CHECK(f.bad == 4);
        CHECK(f.calledBack == 2);
        CHECK(f.rectified == 2);
        CHECK(f.rectifiedInTime == 1);
        CHECK(f.overdue == 2);
        CHECK(f.rectificationRate() == Approx(0.5));
        CHECK(f.satisfactionRate() == Approx(0.9));
    }
}

TEST_CASE("with nothing rated the rates are undefined, not zero")
{
    const ow::BadRatingList list = ow::badRatingList({}, ow::WorkingCalendar::builtIn(), Shanghai, QDate(2026, 11, 30));
    CHECK(list.rows.isEmpty());
    CHECK(list.figures.satisfactionRate() < 0);
    CHECK(list.figures.rectificationRate() < 0);
}
