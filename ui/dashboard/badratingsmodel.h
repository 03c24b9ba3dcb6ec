#pragma once
// The bad ratings (差评) and their follow-up, as core/dashboard/badratings.h lists them: overdue first,
// in red; each row keyed by its ticket.

#include "core/dashboard/badratings.h"
#include "ui/dashboard/celltablemodel.h"

namespace ow {

class BadRatingsModel : public CellTableModel
{
    Q_OBJECT

public:
    enum Column {
        TicketColumn,
        RatedColumn,
        WindowColumn,
        RatingColumn,
        ReasonsColumn,
        CommentColumn,
        CasesColumn,
        CalledBackColumn,
        RectifiedColumn,
        DeadlineColumn,
        LeftColumn,
        ColumnCount
    };

    explicit BadRatingsModel(QObject *parent = nullptr);
    void setBadRatings(const QList<BadRatingRow> &rows, const QTimeZone &zone);
};

} // namespace ow
