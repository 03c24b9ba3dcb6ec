// The report's tables: what a period's figures look like on paper and in a spreadsheet.
#include "core/dashboard/highfrequency.h"
#include "core/dashboard/report.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Not QLocale: a CSV column must parse the same in every locale, and 12.5 reads fine in Chinese.
QString minutes(double seconds)
{
    return QString::number(seconds / 60.0, 'f', 1);
}

QString num(qint64 n)
{
    return QString::number(n);
}

// The matters that kept a hall from its target, named so a supervisor knows where to look; the first ten.
QString missedMatters(const QStringList &codes)
{
    constexpr int kNamed = 10;
    if (codes.isEmpty())
        return {};
    QString text = ReportText::tr("missed: %1").arg(codes.mid(0, kNamed).join(u", "_s));
    if (codes.size() > kNamed)
        text += ReportText::tr(" and %n more", nullptr, int(codes.size() - kNamed));
    return text;
}

QString percent(const Share &s)
{
    if (!s.isDefined())
        return u"—"_s;
    return QString::number(100.0 * s.ratio(), 'f', 1) + u'%';
}

QString rating(const ReformFigures &r)
{
    return r.satisfied.denominator ? QString::number(r.averageRating(), 'f', 2) : u"—"_s;
}

QString fraction(const Share &s)
{
    return num(s.numerator) + u" / "_s + num(s.denominator);
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QStringList decisionHeaders()
{
    return {ReportText::tr("Decisions"), ReportText::tr("Accepted"), ReportText::tr("With deficiency"),
            ReportText::tr("One-time notices"), ReportText::tr("Not accepted")};
}

QStringList decisionCells(const CaseCounts &c)
{
    return {num(c.decisions), num(c.accepted), num(c.acceptedDeficiency), num(c.oneTimeNotice), num(c.notAccepted)};
}

QStringList reformHeaders(bool withComprehensive)
{
    QStringList h;
    if (withComprehensive)
        h << ReportText::tr("Comprehensive");
    return h << ReportText::tr("Materials not taken in") << ReportText::tr("At most one trip") << ReportText::tr("Instant")
             << ReportText::tr("Satisfied");
}

QStringList reformCells(const ReformFigures &r, bool withComprehensive)
{
    QStringList c;
    if (withComprehensive)
        c << percent(r.comprehensive);
    return c << percent(r.materialsReduction) << percent(r.atMostOneTrip) << percent(r.instant) << percent(r.satisfied);
}

ReportTable summary(const PeriodFigures &p)
{
    ReportTable t{u"summary"_s, ReportText::tr("Summary"), {ReportText::tr("Figure"), ReportText::tr("Value")}, {60, 40}, {}};
    auto row = [&](const QString &label, const QString &value) { t.rows.append({label, value}); };
    row(ReportText::tr("Hall"), p.hallName.isEmpty() ? p.hallCode : p.hallName);
    row(ReportText::tr("Period"), p.from == p.to ? day(p.from) : day(p.from) + u" – "_s + day(p.to));
    row(ReportText::tr("Tickets issued"), num(p.queue.issued));
    row(ReportText::tr("Tickets served"), num(p.queue.served));
    row(ReportText::tr("No-shows"), num(p.queue.noShows));
    row(ReportText::tr("Average wait (min)"), minutes(p.queue.avgWaitSeconds()));
    row(ReportText::tr("Longest wait (min)"), minutes(p.queue.maxWaitSeconds()));
    row(ReportText::tr("Average service time (min)"), minutes(p.queue.avgServiceSeconds()));
    const QStringList labels = decisionHeaders();
    const QStringList values = decisionCells(p.cases);
    for (qsizetype i = 0; i < labels.size(); ++i)
        row(labels.at(i), values.at(i));
    row(ReportText::tr("Supplements outstanding"), num(p.cases.supplementsOutstanding));
    row(ReportText::tr("Due soon (as of %1)").arg(day(p.to)), num(p.cases.dueSoon));
    row(ReportText::tr("Overdue (as of %1)").arg(day(p.to)), num(p.cases.overdue));
    row(ReportText::tr("Supplements overdue"), num(p.cases.supplementsOverdue));
    row(ReportText::tr("Not yet synced"), num(p.cases.syncBacklog));
    row(ReportText::tr("Results handed over (as of %1)").arg(day(p.to)), num(p.cases.handedOver));
    row(ReportText::tr("  of which by post"), num(p.cases.handedOverByPost));
    row(ReportText::tr("Results waiting at the hall (as of %1)").arg(day(p.to)), num(p.cases.pickupsWaiting));
    row(ReportText::tr("  of which waiting long"), num(p.cases.pickupsWaitingLong));
    return t;
}

ReportTable reform(const PeriodFigures &p)
{
    ReportTable t{u"reform"_s,
                  ReportText::tr("Reform figures"),
                  {ReportText::tr("Figure"), ReportText::tr("Share"), ReportText::tr("Counted"), ReportText::tr("Target")},
                  {40, 15, 25, 20},
                  {}};
    const ReformFigures &r = p.reform;
    t.rows.append({ReportText::tr("Cases taken at comprehensive windows"), percent(r.comprehensive), fraction(r.comprehensive),
                   ReportText::tr("≥ 70%")});
    // The seed's 30% / 60% is a reduction against the pre-reform lists, a catalog figure (catalogfigures.h,
    // the catalog lists report): this one has no target of its own.
    t.rows.append({ReportText::tr("Materials not taken in (1 − collected / listed)"), percent(r.materialsReduction),
                   ReportText::tr("%1 collected of %2 listed").arg(r.materialsCollected).arg(r.materialsListed), QString()});
    t.rows.append({ReportText::tr("Certificates replaced by commitment"), num(r.commitments),
                   ReportText::tr("lines of cases taken in"), QString()});
    t.rows.append(
        {ReportText::tr("Cases done in at most one trip"), percent(r.atMostOneTrip), fraction(r.atMostOneTrip), QString()});
    const HighFrequencyFigure hf = highFrequencyOneTrip(p.matters);
    t.rows.append({ReportText::tr("High-frequency matters done in at most one trip (top %1 by cases; %2% of a matter's cases)")
                       .arg(HighFrequencyTop)
                       .arg(qRound(HighFrequencyOneTripShare * 100)),
                   hf.isDefined() ? ReportText::tr("%1 of %2").arg(hf.achieved).arg(hf.ranked) : u"—"_s, missedMatters(hf.missed),
                   ReportText::tr("%1 matters (%2 by the end of 2018)").arg(HighFrequencyTarget).arg(HighFrequencyEarlyTarget)});
    t.rows.append({ReportText::tr("Instant cases (of cases taken in)"), percent(r.instant), fraction(r.instant), QString()});
    t.rows.append({ReportText::tr("Satisfied ratings (4–5)"), percent(r.satisfied), fraction(r.satisfied), QString()});
    t.rows.append({ReportText::tr("Average rating"), rating(r), num(r.satisfied.denominator), QString()});
    if (p.badRatings) {
        const BadRatingFigures &b = *p.badRatings;
        const Share rectified{b.rectified, b.bad};
        t.rows.append({ReportText::tr("Bad ratings (1–2) rectified"), percent(rectified), fraction(rectified),
                       ReportText::tr("100% within %n working day(s)", nullptr, BadRatingFollowUpWorkingDays)});
        t.rows.append({ReportText::tr("  of which within the time limit"), num(b.rectifiedInTime), QString(), QString()});
        t.rows.append({ReportText::tr("Bad ratings called back"), num(b.calledBack), QString(), QString()});
        t.rows.append({ReportText::tr("Bad ratings overdue (as of %1)").arg(day(p.to)), num(b.overdue), QString(), QString()});
    }
    return t;
}

ReportTable days(const PeriodFigures &p)
{
    ReportTable t{u"days"_s, ReportText::tr("Per day"), {}, {}, {}};
    t.headers << ReportText::tr("Day") << ReportText::tr("Tickets") << ReportText::tr("Served")
              << ReportText::tr("Avg wait (min)") << decisionHeaders() << reformHeaders(true);
    t.widths = {10, 6, 6, 7, 7, 7, 7, 7, 7, 8, 8, 7, 6, 7};
    for (const DayRow &d : p.days)
        t.rows.append(QStringList{day(d.day), num(d.queue.issued), num(d.queue.served), minutes(d.queue.avgWaitSeconds())}
                      + decisionCells(d.cases) + reformCells(d.reform, true));
    return t;
}

ReportTable windows(const PeriodFigures &p)
{
    ReportTable t{u"windows"_s, ReportText::tr("Per window"), {}, {}, {}};
    t.headers << ReportText::tr("Window") << ReportText::tr("Comprehensive window") << ReportText::tr("Served")
              << ReportText::tr("Avg wait (min)") << ReportText::tr("Avg service (min)") << decisionHeaders()
              << reformHeaders(false) << ReportText::tr("Avg rating") << ReportText::tr("Not yet synced");
    t.widths = {10, 6, 5, 6, 6, 6, 6, 6, 6, 6, 7, 6, 5, 6, 6, 7};
    for (const WindowRow &w : p.windows)
        t.rows.append(QStringList{w.name, w.comprehensive ? ReportText::tr("yes") : ReportText::tr("no"), num(w.queue.served),
                                  minutes(w.queue.avgWaitSeconds()), minutes(w.queue.avgServiceSeconds())}
                      + decisionCells(w.cases) + reformCells(w.reform, false)
                      + QStringList{rating(w.reform), num(w.cases.syncBacklog)});
    return t;
}

ReportTable matters(const PeriodFigures &p)
{
    ReportTable t{u"matters"_s, ReportText::tr("Per matter"), {}, {}, {}};
    t.headers << ReportText::tr("Code") << ReportText::tr("Matter") << ReportText::tr("Department") << decisionHeaders()
              << reformHeaders(true);
    t.widths = {8, 18, 10, 6, 6, 6, 6, 6, 7, 8, 7, 6, 6};
    for (const MatterRow &m : p.matters)
        t.rows.append(QStringList{m.code, m.name, m.department} + decisionCells(m.cases) + reformCells(m.reform, true));
    return t;
}

ReportTable hours(const PeriodFigures &p)
{
    ReportTable t{u"hours"_s,
                  ReportText::tr("Tickets per hour"),
                  {ReportText::tr("Hour"), ReportText::tr("Issued"), ReportText::tr("Served")},
                  {40, 30, 30},
                  {}};
    // From the first to the last hour with anything in it: the night is not news.
    int first = 24, last = -1;
    for (const HourBucket &h : p.hours) {
        if (h.issued || h.served) {
            first = std::min(first, h.hour);
            last = std::max(last, h.hour);
        }
    }
    for (const HourBucket &h : p.hours) {
        if (h.hour >= first && h.hour <= last)
            t.rows.append({u"%1:00"_s.arg(h.hour, 2, 10, QChar(u'0')), num(h.issued), num(h.served)});
    }
    return t;
}

ReportTable waits(const PeriodFigures &p)
{
    ReportTable t{u"waits"_s,
                  ReportText::tr("Wait time distribution"),
                  {ReportText::tr("Wait (min)"), ReportText::tr("Tickets"), ReportText::tr("Share")},
                  {40, 30, 30},
                  {}};
    qint64 total = 0;
    for (const WaitBucket &b : p.waits)
        total += b.count;
    for (const WaitBucket &b : p.waits) {
        const QString range =
            b.toSeconds < 0 ? u"≥ %1"_s.arg(b.fromSeconds / 60) : u"%1–%2"_s.arg(b.fromSeconds / 60).arg(b.toSeconds / 60);
        t.rows.append({range, num(b.count), percent(Share{b.count, total})});
    }
    return t;
}

} // namespace

QString reportTitle(const PeriodFigures &p)
{
    if (p.from == p.to)
        return ReportText::tr("Daily report %1").arg(day(p.from));
    return ReportText::tr("Report %1 – %2").arg(day(p.from), day(p.to));
}

QList<ReportTable> reportTables(const PeriodFigures &p)
{
    QList<ReportTable> tables{summary(p), reform(p)};
    if (p.days.size() > 1)
        tables.append(days(p));
    tables << windows(p) << matters(p) << hours(p) << waits(p);
    return tables;
}

} // namespace ow
