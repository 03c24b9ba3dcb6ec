#pragma once
// The checklist at the counter: one row per material, a tick for what the applicant handed over.
// Rows the applicant need not bring (reused, by data sharing) show why and cannot be ticked. A row whose
// certificate the catalog lets a commitment replace (告知承诺制) can instead be marked "replaced by commitment";
// a row is either received or replaced, never both.

#include "core/intake/checklist.h"
#include "ui/common/headertablemodel.h"

#include <QSet>

namespace ow {

class ChecklistModel : public HeaderTableModel
{
    Q_OBJECT

public:
    enum Column { ReceivedColumn, NameColumn, FormColumn, StatusColumn, NoteColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, AskedRole, CommittedRole };

    explicit ChecklistModel(QObject *parent = nullptr);

    // Keeps the ticks of kinds still on the new list.
    void setChecklist(const Checklist &checklist);
    const Checklist &checklist() const { return m_checklist; }
    QSet<QString> received() const { return m_received; }
    bool setReceived(const QString &kind, bool received);
    void toggle(int row);
    QSet<QString> committed() const { return m_committed; }
    // False when the row's line allows no commitment (nothing changes then).
    bool setCommitted(const QString &kind, bool committed);
    bool toggleCommitment(int row);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void receivedChanged();

private:
    QString statusText(const ChecklistLine &line) const;

    Checklist m_checklist;
    QSet<QString> m_received;
    QSet<QString> m_committed;
};

} // namespace ow
