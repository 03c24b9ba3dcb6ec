#pragma once
// The calling panel's waiting list: the tickets one window may call, in the order the hall's policy will
// call them (the hall computes the order, GET /windows/{id}/queue; this model only shows it), with how many
// minutes each has waited since it was issued and its 绿色通道 and 预约 markers. The hall queue holds no
// names, so neither does this list.

#include "core/hall/protocol/hallmodels.h"
#include "core/queue/halltime.h"
#include "ui/common/rowtablemodel.h"

#include <QDateTime>
#include <QHash>

namespace ow {

class WaitingTicketModel : public RowTableModel<HallTicket>
{
    Q_OBJECT

public:
    enum Column { CodeColumn, WaitColumn, MarkColumn, ColumnCount };
    static constexpr int TicketIdRole = Qt::UserRole; // the ticket's id, for the call

    explicit WaitingTicketModel(QObject *parent = nullptr);

    // The list in call order, as the hall sent it.
    void setTickets(const QList<HallTicket> &tickets) { setRows(tickets); }
    // The 绿色通道 categories' names and the hall's clock, from the hall's snapshot.
    void setHall(const QList<PriorityCategory> &priorities, const HallTime &time);
    // The instant the waits are counted to; the panel moves it each minute.
    void setNow(const QDateTime &now);

    HallTicket ticket(int row) const { return rows().value(row); }
    int rowOf(const QString &ticketId) const; // -1 when not listed
    int waitMinutes(const HallTicket &ticket) const;
    QString marks(const HallTicket &ticket) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QHash<QString, QString> m_priorityNames;
    HallTime m_time;
    QDateTime m_now;
};

} // namespace ow
