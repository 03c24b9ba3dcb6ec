#pragma once
// A table model over a list of rows of one type (cases, parked items, hits, tickets ...): it holds the
// list and answers rowCount; the derived model says what a row shows (data) and keeps its own Q_OBJECT,
// so its tr() and the translations stay where they were. A template cannot carry Q_OBJECT; it needs none.

#include "ui/common/headertablemodel.h"

#include <QList>

#include <utility>

namespace ow {

template <typename Row>
class RowTableModel : public HeaderTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    using HeaderTableModel::HeaderTableModel;

    // Replaces every row: a model reset.
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    // For a model that changes its rows inside its own begin/end bracket (a page fetched as the view scrolls).
    QList<Row> &mutableRows() { return m_rows; }
    // nullptr for a row that is not listed.
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

private:
    QList<Row> m_rows;
};

} // namespace ow
