#include "ui/cases/caselistmodel.h"

#include "core/domain/identifiers.h"
#include "core/queue/halltime.h"

#include <QBrush>

namespace ow {

CaseListModel::CaseListModel(QObject *parent)
    : RowTableModel({tr("Time"), tr("Case number"), tr("Applicant"), tr("Matter"), tr("Decision"), tr("Status"), tr("Platform")},
                    parent)
{}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CaseDeskEntry &s = rows().at(index.row());
    const Case &c = s.caseData;
    if (role == CaseIdRole)
        return c.id;
    if (role == Qt::ToolTipRole && index.column() == SyncColumn && !s.syncDetail.isEmpty())
        return s.syncDetail;
    if (role == Qt::ForegroundRole && index.column() == SyncColumn && s.sync == SyncState::Refused)
        return QBrush(QColor(0xb0, 0x37, 0x1c));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return HallTime().local(c.createdAt).toString(QStringLiteral("MM-dd HH:mm")); // the hall's clock
    case NumberColumn: return c.caseNumber;
    // Lists show the masked number: a screen at the counter can be read by the next person in line.
    case ApplicantColumn: return tr("%1 (%2)").arg(s.applicant.name, maskIdNumber(s.applicant.idNumber));
    case MatterColumn: return s.title;
    case DecisionColumn: return decisionName(c.decision);
    case StatusColumn:
        if (c.status == CaseStatus::AwaitingSupplement)
            return tr("%1, due %2").arg(caseStatusName(c.status), QLocale().toString(c.supplementDue, QLocale::ShortFormat));
        return c.trips > 1 ? tr("%1 (%n trip(s))", nullptr, c.trips).arg(caseStatusName(c.status)) : caseStatusName(c.status);
    case SyncColumn:
        return s.sync == SyncState::Refused ? tr("%1: %2").arg(syncStateName(s.sync), s.syncDetail) : syncStateName(s.sync);
    }
    return {};
}

} // namespace ow
