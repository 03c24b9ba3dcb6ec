#pragma once
// The results waiting at the hall (已出件待取), the longest waiting first, with how many working days each
// has waited and how the applicant wants it: at the window or by post.

#include "core/workflow/handoverdesk.h"
#include "ui/common/rowtablemodel.h"

namespace ow {

class PickupListModel : public RowTableModel<PickupItem>
{
    Q_OBJECT

public:
    enum Column { NumberColumn, ApplicantColumn, MatterColumn, DeliveryColumn, SinceColumn, WaitingColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1 };

    explicit PickupListModel(QObject *parent = nullptr);

    // longWaitDays: a result waiting more working days than this is marked (0: none is).
    void setItems(const QList<PickupItem> &items, int longWaitDays);
    const PickupItem *item(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_longWaitDays = 0;
};

} // namespace ow
