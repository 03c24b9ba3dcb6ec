#pragma once
// The base of the dashboard's table models: each derived model turns its figure rows into cells (text,
// colour, sort value) once per update, so data() is a lookup and an update knows exactly which rows
// changed. Same row keys as before: dataChanged for the changed rows only (the view repaints those);
// other keys: a model reset. A live dashboard update thus repaints a few rows, not the whole table.

#include "ui/common/headertablemodel.h"

#include <QColor>
#include <QStringList>
#include <QVariant>

namespace ow {

struct Cell {
    QString text;
    QVariant value;    // Qt::UserRole: the raw number or id (sorting, tests)
    QColor background; // invalid: the view's own
    QString toolTip;
    bool number = false; // right-aligned
    bool operator==(const Cell &) const = default;
};

struct CellRow {
    QString key; // identity of the row (service code, window id, …)
    QList<Cell> cells;
    bool operator==(const CellRow &) const = default;
};

class CellTableModel : public HeaderTableModel
{
    Q_OBJECT

public:
    // The derived model names its columns with setHeaders.
    explicit CellTableModel(QObject *parent = nullptr)
        : HeaderTableModel({}, parent)
    {}

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString keyAt(int row) const;
    int rowOf(const QString &key) const;     // -1 when absent
    QString text(int row, int column) const; // for tests and the screenshot tool
    int resets() const { return m_resets; }  // how often the rows were replaced wholesale

protected:
    void setRows(QList<CellRow> rows);

private:
    QList<CellRow> m_rows;
    int m_resets = 0;
};

} // namespace ow
