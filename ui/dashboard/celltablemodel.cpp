#include "ui/dashboard/celltablemodel.h"

namespace ow {

int CellTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CellTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Cell> &cells = m_rows.at(index.row()).cells;
    if (index.column() >= cells.size())
        return {};
    const Cell &cell = cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return cell.text;
    case Qt::UserRole: return cell.value.isValid() ? cell.value : QVariant(cell.text);
    case Qt::BackgroundRole: return cell.background.isValid() ? QVariant(cell.background) : QVariant();
    case Qt::ToolTipRole: return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QString CellTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int CellTableModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return int(i);
    return -1;
}

QString CellTableModel::text(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).cells.size())
        return {};
    return m_rows.at(row).cells.at(column).text;
}

void CellTableModel::setRows(QList<CellRow> rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).key == m_rows.at(i).key;
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        ++m_resets;
        endResetModel();
        return;
    }
    // Consecutive changed rows become one dataChanged range: fewer signals, the same repaint.
    const int last = columnCount() - 1;
    int first = -1;
    for (int i = 0; i <= int(rows.size()); ++i) {
        const bool changed = i < rows.size() && rows.at(i) != m_rows.at(i);
        if (changed) {
            m_rows[i] = std::move(rows[i]);
            if (first < 0)
                first = i;
        } else if (first >= 0) {
            Q_EMIT dataChanged(index(first, 0), index(i - 1, last));
            first = -1;
        }
    }
}

} // namespace ow
