#pragma once
// The materials a matter lists, one row each, for the catalog browser.

#include "core/domain/matter.h"

#include <QAbstractTableModel>

namespace ow {

class MatterMaterialsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, FormColumn, CopiesColumn, RequirementColumn, SourceColumn, ValidityColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, DeficiencyAllowedRole };

    explicit MatterMaterialsModel(QObject *parent = nullptr);

    void setMatter(const Matter &matter);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString requirementText(const MatterMaterial &m) const;
    QString sourceText(const MatterMaterial &m) const;

    Matter m_matter;
};

} // namespace ow
