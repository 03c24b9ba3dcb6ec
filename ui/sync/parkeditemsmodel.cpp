#include "ui/sync/parkeditemsmodel.h"

#include "core/queue/halltime.h"

#include <QLocale>

namespace ow {

ParkedItemsModel::ParkedItemsModel(QObject *parent)
    : RowTableModel({tr("Case number"), tr("Item"), tr("Attempts"), tr("Since"), tr("Reason given by the platform")}, parent)
{}

QVariant ParkedItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ParkedItem &p = rows().at(index.row());
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

} // namespace ow
