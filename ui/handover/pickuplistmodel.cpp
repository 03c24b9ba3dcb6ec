#include "ui/handover/pickuplistmodel.h"

#include "core/queue/halltime.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ow {

PickupListModel::PickupListModel(QObject *parent)
    : RowTableModel({tr("Case number"), tr("Applicant"), tr("Matter"), tr("Result"), tr("At the hall since"), tr("Waiting")},
                    parent)
{}

void PickupListModel::setItems(const QList<PickupItem> &items, int longWaitDays)
{
    // The limit changes with the rows, in the same reset: nothing reads the new limit with the old rows.
    beginResetModel();
    mutableRows() = items;
    m_longWaitDays = longWaitDays;
    endResetModel();
}

QVariant PickupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PickupItem &item = rows().at(index.row());
    const Case &c = item.entry.caseData;
    const bool longWait = m_longWaitDays > 0 && item.workingDaysWaiting > m_longWaitDays;
    if (role == CaseIdRole)
        return c.id;
    if (role == Qt::ForegroundRole && longWait && index.column() == WaitingColumn)
        return QBrush(QColor(0xb0, 0x37, 0x1c));
    if (role == Qt::ToolTipRole && index.column() == DeliveryColumn && c.delivery == DeliveryMethod::ByPost)
        return c.deliveryAddress;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return c.caseNumber;
    case ApplicantColumn: return item.entry.applicant.name;
    case MatterColumn: return item.entry.title;
    case DeliveryColumn: return deliveryMethodName(c.delivery);
    case SinceColumn: return HallTime().shortDateTime(item.readySince); // the hall's clock
    case WaitingColumn:
        return longWait ? tr("%n working day(s), overdue", nullptr, item.workingDaysWaiting)
                        : tr("%n working day(s)", nullptr, item.workingDaysWaiting);
    default: return {};
    }
}

} // namespace ow
