#pragma once
// The materials a matter lists, one row each, for the catalog browser.

#include "core/domain/matter.h"
#include "ui/common/headertablemodel.h"

namespace ow {

class MatterMaterialsModel : public HeaderTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, FormColumn, CopiesColumn, RequirementColumn, SourceColumn, ValidityColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, DeficiencyAllowedRole };

    explicit MatterMaterialsModel(QObject *parent = nullptr);

    void setMatter(const Matter &matter);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString requirementText(const MatterMaterial &m) const;
    QString sourceText(const MatterMaterial &m) const;

    Matter m_matter;
};

} // namespace ow
