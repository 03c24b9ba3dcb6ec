#include "ui/dashboard/reformmodel.h"

namespace ow {

ReformModel::ReformModel(Kind kind, QObject *parent)
    : CellTableModel(parent)
{
    // Short headers so nine columns fit; the totals above the table spell each figure out.
    setHeaders({kind == Kind::Windows ? tr("Window") : tr("Matter"), tr("Cases"), tr("Comprehensive"), tr("Listed / collected"),
                tr("Not taken in"), tr("One trip"), tr("Instant"), tr("Satisfied"), tr("Avg rating")});
}

CellRow ReformModel::row(const QString &key, const QString &name, const QString &toolTip, const CaseCounts &cases,
                         const ReformFigures &r) const
{
    auto share = [](const Share &s) {
        return Cell{s.percentText(),
                    s.isDefined() ? QVariant(s.ratio()) : QVariant(),
                    {},
                    tr("%1 of %2").arg(s.numerator).arg(s.denominator),
                    true};
    };
    CellRow out{key, {}};
    out.cells.resize(ColumnCount);
    out.cells[NameColumn] = {name, key, {}, toolTip, false};
    out.cells[CasesColumn] = {QString::number(cases.decisions), cases.decisions, {}, {}, true};
    out.cells[ComprehensiveColumn] = share(r.comprehensive);
    out.cells[MaterialsColumn] = {
        tr("%1 / %2").arg(r.materialsListed).arg(r.materialsCollected), r.materialsListed, {}, {}, true};
    out.cells[ReductionColumn] = share(r.materialsReduction);
    out.cells[OneTripColumn] = share(r.atMostOneTrip);
    out.cells[InstantColumn] = share(r.instant);
    out.cells[SatisfiedColumn] = share(r.satisfied);
    out.cells[RatingColumn] = {r.satisfied.isDefined() ? QLocale().toString(r.averageRating(), 'f', 1) : QStringLiteral("—"),
                               r.averageRating(),
                               {},
                               {},
                               true};
    return out;
}

void ReformModel::setWindows(const QList<WindowRow> &windows)
{
    QList<CellRow> rows;
    rows.reserve(windows.size());
    for (const WindowRow &w : windows)
        rows << row(w.id, w.name.isEmpty() ? w.id : w.name, w.comprehensive ? tr("Comprehensive window") : QString(), w.cases,
                    w.reform);
    setRows(std::move(rows));
}

void ReformModel::setMatters(const QMap<QString, MatterRow> &matters)
{
    QList<CellRow> rows;
    rows.reserve(matters.size());
    for (const MatterRow &m : matters)
        rows << row(m.code, m.name.isEmpty() ? m.code : m.name, tr("%1, %2").arg(m.code, m.department), m.cases, m.reform);
    setRows(std::move(rows));
}

} // namespace ow
