#include "ui/intake/checklistmodel.h"

#include <QBrush>
#include <QLocale>

namespace ow {

ChecklistModel::ChecklistModel(QObject *parent)
    : HeaderTableModel({tr("Received"), tr("Material"), tr("Form"), tr("Status"), tr("Note")}, parent)
{}

void ChecklistModel::setChecklist(const Checklist &checklist)
{
    beginResetModel();
    m_checklist = checklist;
    QSet<QString> kept;
    QSet<QString> keptCommitted;
    for (const ChecklistLine &l : m_checklist.lines) {
        if (l.askedOfApplicant() && m_received.contains(l.kind))
            kept.insert(l.kind);
        if (l.commitmentAllowed() && m_committed.contains(l.kind))
            keptCommitted.insert(l.kind);
    }
    m_received = kept;
    m_committed = keptCommitted;
    endResetModel();
    emit receivedChanged();
}

bool ChecklistModel::setReceived(const QString &kind, bool received)
{
    for (int row = 0; row < m_checklist.lines.size(); ++row) {
        const ChecklistLine &l = m_checklist.lines.at(row);
        if (l.kind != kind)
            continue;
        return setData(index(row, ReceivedColumn), received ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
    return false;
}

void ChecklistModel::toggle(int row)
{
    if (row < 0 || row >= m_checklist.lines.size())
        return;
    const QModelIndex i = index(row, ReceivedColumn);
    setData(i, data(i, Qt::CheckStateRole).toInt() == Qt::Checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

bool ChecklistModel::setCommitted(const QString &kind, bool committed)
{
    for (int row = 0; row < m_checklist.lines.size(); ++row) {
        const ChecklistLine &l = m_checklist.lines.at(row);
        if (l.kind != kind)
            continue;
        if (!l.commitmentAllowed())
            return false;
        if (committed) {
            m_committed.insert(kind);
            m_received.remove(kind); // the commitment replaces the paper: not both
        } else {
            m_committed.remove(kind);
        }
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        emit receivedChanged();
        return true;
    }
    return false;
}

bool ChecklistModel::toggleCommitment(int row)
{
    if (row < 0 || row >= m_checklist.lines.size())
        return false;
    const QString &kind = m_checklist.lines.at(row).kind;
    return setCommitted(kind, !m_committed.contains(kind));
}

void ChecklistModel::clear()
{
    beginResetModel();
    m_checklist = Checklist{};
    m_received.clear();
    m_committed.clear();
    endResetModel();
    emit receivedChanged();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checklist.lines.size());
}

QString ChecklistModel::statusText(const ChecklistLine &line) const
{
    switch (line.status) {
    case LineStatus::Reused:
        return tr("On file from %1: not asked again").arg(QLocale().toString(line.reusedFrom, QLocale::ShortFormat));
    case LineStatus::DataSharing: return tr("By data sharing: not asked");
    case LineStatus::DeficiencyAllowed:
        return line.commitmentAllowed() ? tr("To collect; may follow later; or commitment (C)")
                                        : tr("To collect; may follow later");
    case LineStatus::ToCollect:
        if (line.optional)
            return tr("Optional");
        return line.commitmentAllowed() ? tr("To collect, or commitment (C)") : tr("To collect");
    case LineStatus::Commitment: break; // a case's line, never the engine's
    }
    return {};
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChecklistLine &line = m_checklist.lines.at(index.row());
    const bool asked = line.askedOfApplicant();
    const bool committed = m_committed.contains(line.kind);
    switch (role) {
    case KindRole: return line.kind;
    case AskedRole: return asked;
    case CommittedRole: return committed;
    case Qt::CheckStateRole:
        if (index.column() != ReceivedColumn || !asked)
            return {};
        // Partially: the line counts as received, but by the applicant's word, not the paper.
        if (committed)
            return Qt::PartiallyChecked;
        return m_received.contains(line.kind) ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        if (!asked || committed)
            return QBrush(QColor(0x1b, 0x6e, 0x3a));
        if (!line.optional && !m_received.contains(line.kind) && index.column() == StatusColumn)
            return QBrush(line.status == LineStatus::DeficiencyAllowed ? QColor(0x9a, 0x6b, 0x00) : QColor(0xb0, 0x37, 0x1c));
        return {};
    case Qt::ToolTipRole: {
        QStringList tip{line.name};
        if (!line.howToObtain.isEmpty())
            tip << tr("How to obtain: %1").arg(line.howToObtain);
        if (line.matterCodes.size() > 1)
            tip << tr("Asked once for %n matter(s)", nullptr, int(line.matterCodes.size()));
        if (line.commitmentAllowed())
            tip << tr("A signed commitment may replace it (C): %1").arg(line.commitmentBasis);
        return tip.join(u'\n');
    }
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case ReceivedColumn: return asked ? QVariant() : QVariant(QStringLiteral("—"));
    case NameColumn: return line.name;
    case FormColumn: return tr("%1 × %2").arg(materialFormName(line.form)).arg(line.copies);
    case StatusColumn: return committed ? lineStatusName(LineStatus::Commitment) : statusText(line);
    case NoteColumn: return line.note;
    }
    return {};
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != ReceivedColumn || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const ChecklistLine &line = m_checklist.lines.at(index.row());
    if (!line.askedOfApplicant())
        return false;
    // Ticking (or unticking) a line replaced by a commitment takes the commitment back: the paper is there.
    m_committed.remove(line.kind);
    if (value.toInt() == Qt::Checked)
        m_received.insert(line.kind);
    else
        m_received.remove(line.kind);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit receivedChanged();
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = HeaderTableModel::flags(index);
    if (index.isValid() && index.column() == ReceivedColumn && m_checklist.lines.at(index.row()).askedOfApplicant())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace ow
