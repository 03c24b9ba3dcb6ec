#pragma once
// The reform figures per window or per matter (today, or over the chosen period): cases, share taken at
// comprehensive windows, materials reduction (listed vs. collected), share in at most one trip, share of
// instant cases, satisfaction. One model class serves both tables; only the first column differs.

#include "core/dashboard/dashboardfigures.h"
#include "ui/dashboard/celltablemodel.h"

#include <QMap>

namespace ow {

class ReformModel : public CellTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CasesColumn,
        ComprehensiveColumn,
        MaterialsColumn,
        ReductionColumn,
        OneTripColumn,
        InstantColumn,
        SatisfiedColumn,
        RatingColumn,
        ColumnCount
    };
    enum class Kind { Windows, Matters };

    explicit ReformModel(Kind kind, QObject *parent = nullptr);
    void setWindows(const QList<WindowRow> &windows);
    void setMatters(const QMap<QString, MatterRow> &matters);

private:
    CellRow row(const QString &key, const QString &name, const QString &toolTip, const CaseCounts &cases,
                const ReformFigures &reform) const;
};

} // namespace ow
