#pragma once
// The bookings page's tables: the day's slots of a service with their free places (a full slot in the
// alert colour), and the bookings found, keyed by slot start and by booking code.

#include "core/hall/protocol/hallbookings.h"
#include "ui/dashboard/celltablemodel.h"

#include <QTimeZone>

namespace ow {

class BookingSlotsModel : public CellTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, CapacityColumn, BookedColumn, FreeColumn, ColumnCount };
    explicit BookingSlotsModel(QObject *parent = nullptr);
    void setSlots(const QList<HallBookingSlot> &list);
    const QList<HallBookingSlot> &daySlots() const { return m_slots; }

private:
    QList<HallBookingSlot> m_slots;
};

class BookingsModel : public CellTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, DayColumn, TimeColumn, ServiceColumn, NameColumn, PhoneColumn, StateColumn, ColumnCount };
    explicit BookingsModel(QObject *parent = nullptr);
    void setBookings(const QList<HallBooking> &list, const QTimeZone &zone);
    const HallBooking *booking(const QString &code) const;

private:
    QList<HallBooking> m_bookings;
};

} // namespace ow
