#include "ui/handover/pickuplistmodel.h"

#include "core/queue/halltime.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ow {

PickupListModel::PickupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PickupListModel::setItems(const QList<PickupItem> &items, int longWaitDays)
{
    beginResetModel();
    m_items = items;
    m_longWaitDays = longWaitDays;
    endResetModel();
}

const PickupItem *PickupListModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int PickupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PickupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PickupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PickupItem &item = m_items.at(index.row());
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

QVariant PickupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Case number");
    case ApplicantColumn: return tr("Applicant");
    case MatterColumn: return tr("Matter");
    case DeliveryColumn: return tr("Result");
    case SinceColumn: return tr("At the hall since");
    case WaitingColumn: return tr("Waiting");
    default: return {};
    }
}

} // namespace ow
