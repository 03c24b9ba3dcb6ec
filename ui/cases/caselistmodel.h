#pragma once
// The cases of the day (or of a search), newest last, with where each stands: saved here, synced, or
// refused by the platform with its reason.

#include "core/workflow/casedesk.h"

#include <QAbstractTableModel>

namespace ow {

class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        NumberColumn,
        ApplicantColumn,
        MatterColumn,
        DecisionColumn,
        StatusColumn,
        SyncColumn,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1 };

    explicit CaseListModel(QObject *parent = nullptr);

    void setCases(const QList<CaseDeskEntry> &cases);
    const CaseDeskEntry *summary(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseDeskEntry> m_cases;
};

} // namespace ow
