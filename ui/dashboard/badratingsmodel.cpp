#include "ui/dashboard/badratingsmodel.h"

#include "core/domain/ratingreasons.h"
#include "ui/dashboard/dashboardformat.h"

#include <QLocale>

namespace ow {

BadRatingsModel::BadRatingsModel(QObject *parent)
    : CellTableModel(parent)
{
    setHeaders({tr("Ticket"), tr("Rated on"), tr("Window"), tr("Rating"), tr("Reasons"), tr("Comment"), tr("Cases"),
                tr("Called back"), tr("Rectified"), tr("Deadline"), tr("Working days")});
}

void BadRatingsModel::setBadRatings(const QList<BadRatingRow> &list, const QTimeZone &zone)
{
    const QLocale locale;
    const auto when = [&](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toTimeZone(zone), QLocale::ShortFormat) : DashboardFormat::dash();
    };
    QList<CellRow> rows;
    rows.reserve(list.size());
    for (const BadRatingRow &r : list) {
        QStringList reasons;
        for (const QString &key : r.ticket.ratingReasons)
            reasons << ratingReasonLabel(key);
        // Past its deadline but no working day since (a weekend): overdue all the same, not "0 left".
        const QString left = r.rectified() ? (r.rectifiedLate ? tr("rectified late") : tr("done"))
                             : r.overdue   ? (r.workingDaysLeft < 0 ? tr("%1 overdue").arg(-r.workingDaysLeft) : tr("overdue"))
                                           : tr("%1 left").arg(r.workingDaysLeft);
        const QColor alert = r.overdue ? DashboardFormat::alertColor() : QColor();
        const QString lastNote = r.followUps.isEmpty() ? QString() : r.followUps.constLast().note;
        rows << CellRow{r.ticket.id,
                        {Cell{r.ticket.code, r.ticket.id, alert, {}, false},
                         Cell{locale.toString(r.ratedDay, QLocale::ShortFormat), r.ratedDay, {}, {}, true},
                         Cell{r.ticket.windowId, r.ticket.windowId, {}, {}, false},
                         Cell{QString::number(r.ticket.rating), r.ticket.rating, {}, {}, true},
                         Cell{reasons.join(tr(", ")), reasons.size(), {}, {}, false},
                         Cell{r.ticket.ratingComment, r.ticket.ratingComment, {}, {}, false},
                         Cell{r.ticket.caseIds.join(u' '), int(r.ticket.caseIds.size()), {}, {}, false},
                         Cell{when(r.calledBackAt), r.calledBackAt, {}, {}, false},
                         Cell{when(r.rectifiedAt), r.rectifiedAt, {}, lastNote, false},
                         Cell{locale.toString(r.deadline, QLocale::ShortFormat), r.deadline, alert, {}, true},
                         Cell{left, r.workingDaysLeft, alert, {}, true}}};
    }
    CellTableModel::setRows(std::move(rows));
}

} // namespace ow
