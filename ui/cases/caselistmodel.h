#pragma once
// The cases of the day (or of a search), newest last, with where each stands: saved here, synced, or
// refused by the platform with its reason.

#include "core/workflow/casedesk.h"
#include "ui/common/rowtablemodel.h"

namespace ow {

class CaseListModel : public RowTableModel<CaseDeskEntry>
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

    void setCases(const QList<CaseDeskEntry> &cases) { setRows(cases); }
    const CaseDeskEntry *summary(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace ow
