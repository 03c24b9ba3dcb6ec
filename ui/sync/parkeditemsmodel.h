#pragma once
// The items the platform refused (parked), one row each, with the platform's reason: what a person must
// look at before retrying them.

#include "core/sync/syncstore.h"
#include "ui/common/rowtablemodel.h"

namespace ow {

class ParkedItemsModel : public RowTableModel<ParkedItem>
{
    Q_OBJECT

public:
    enum Column { CaseNumberColumn, ItemColumn, AttemptsColumn, SinceColumn, ReasonColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, CaseIdRole, IsEvaluationRole };

    explicit ParkedItemsModel(QObject *parent = nullptr);

    void setItems(const QList<ParkedItem> &items) { setRows(items); }
    const ParkedItem *item(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace ow
