#include "ui/sync/parkeditemsmodel.h"

#include "core/queue/halltime.h"

#include <QLocale>

namespace ow {

ParkedItemsModel::ParkedItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParkedItemsModel::setItems(const QList<ParkedItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const ParkedItem *ParkedItemsModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ParkedItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ParkedItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParkedItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ParkedItem &p = m_items.at(index.row());
    const bool rating = p.kind == ParkedItem::Kind::Evaluation;
    switch (role) {
    case KeyRole: return p.key;
    case CaseIdRole: return p.caseId;
    case IsEvaluationRole: return rating;
    case Qt::ToolTipRole: return index.column() == ReasonColumn ? QVariant(p.reason) : QVariant(p.caseId);
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case CaseNumberColumn: return p.caseNumber;
    case ItemColumn: return rating ? tr("Satisfaction rating") : tr("Case, revision %1").arg(p.revision);
    case AttemptsColumn: return p.attempts;
    case SinceColumn: return HallTime().shortDateTime(p.createdAt);
    case ReasonColumn: return p.reason;
    }
    return {};
}

QVariant ParkedItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNumberColumn: return tr("Case number");
    case ItemColumn: return tr("Item");
    case AttemptsColumn: return tr("Attempts");
    case SinceColumn: return tr("Since");
    case ReasonColumn: return tr("Reason given by the platform");
    }
    return {};
}

} // namespace ow
