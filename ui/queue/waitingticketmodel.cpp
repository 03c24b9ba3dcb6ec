#include "ui/queue/waitingticketmodel.h"

namespace ow {

WaitingTicketModel::WaitingTicketModel(QObject *parent)
    : RowTableModel({tr("Ticket"), tr("Waiting"), tr("Priority / booking")}, parent),
      m_now(QDateTime::currentDateTimeUtc())
{}

void WaitingTicketModel::setHall(const QList<PriorityCategory> &priorities, const HallTime &time)
{
    m_priorityNames.clear();
    for (const PriorityCategory &p : priorities)
        m_priorityNames.insert(p.id, p.name);
    m_time = time;
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void WaitingTicketModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0, WaitColumn), index(rowCount() - 1, WaitColumn), {Qt::DisplayRole});
}

int WaitingTicketModel::rowOf(const QString &ticketId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).id == ticketId)
            return row;
    return -1;
}

int WaitingTicketModel::waitMinutes(const HallTicket &ticket) const
{
    if (!ticket.issuedAt.isValid() || !m_now.isValid())
        return 0;
    return int(qMax<qint64>(0, ticket.issuedAt.secsTo(m_now)) / 60);
}

QString WaitingTicketModel::marks(const HallTicket &ticket) const
{
    QStringList marks;
    if (!ticket.priority.isEmpty())
        marks.append(tr("Priority: %1").arg(m_priorityNames.value(ticket.priority, ticket.priority)));
    else if (ticket.transferPriority)
        marks.append(tr("Priority (transferred)"));
    if (ticket.isAppointment())
        marks.append(ticket.slotStart.isValid() ? tr("Booking %1").arg(m_time.time(ticket.slotStart)) : tr("Booking"));
    return marks.join(tr(", "));
}

QVariant WaitingTicketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HallTicket &t = rows().at(index.row());
    if (role == TicketIdRole)
        return t.id;
    if (role == Qt::ToolTipRole)
        return tr("%1, issued at %2").arg(t.code, m_time.time(t.issuedAt));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn: return t.code;
    case WaitColumn: return tr("%n min", nullptr, waitMinutes(t));
    case MarkColumn: return marks(t);
    default: return {};
    }
}

} // namespace ow
