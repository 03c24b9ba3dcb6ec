#include "ui/queue/waitingticketmodel.h"

namespace ow {

WaitingTicketModel::WaitingTicketModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_now(QDateTime::currentDateTimeUtc())
{}

void WaitingTicketModel::setTickets(const QList<HallTicket> &tickets)
{
    beginResetModel();
    m_tickets = tickets;
    endResetModel();
}

void WaitingTicketModel::setHall(const QList<PriorityCategory> &priorities, const HallTime &time)
{
    m_priorityNames.clear();
    for (const PriorityCategory &p : priorities)
        m_priorityNames.insert(p.id, p.name);
    m_time = time;
    if (!m_tickets.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void WaitingTicketModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_tickets.isEmpty())
        Q_EMIT dataChanged(index(0, WaitColumn), index(rowCount() - 1, WaitColumn), {Qt::DisplayRole});
}

HallTicket WaitingTicketModel::ticket(int row) const
{
    return m_tickets.value(row);
}

int WaitingTicketModel::rowOf(const QString &ticketId) const
{
    for (int row = 0; row < m_tickets.size(); ++row)
        if (m_tickets.at(row).id == ticketId)
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

int WaitingTicketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int WaitingTicketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingTicketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HallTicket &t = m_tickets.at(index.row());
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

QVariant WaitingTicketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Ticket");
    case WaitColumn: return tr("Waiting");
    case MarkColumn: return tr("Priority / booking");
    default: return {};
    }
}

} // namespace ow
