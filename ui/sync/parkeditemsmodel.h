#pragma once
// The items the platform refused (parked), one row each, with the platform's reason: what a person must
// look at before retrying them.

#include "core/sync/syncstore.h"

#include <QAbstractTableModel>

namespace ow {

class ParkedItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CaseNumberColumn, ItemColumn, AttemptsColumn, SinceColumn, ReasonColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, CaseIdRole, IsEvaluationRole };

    explicit ParkedItemsModel(QObject *parent = nullptr);

    void setItems(const QList<ParkedItem> &items);
    const ParkedItem *item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ParkedItem> m_items;
};

} // namespace ow
