#include "ui/dashboard/bookingsmodel.h"

#include "ui/dashboard/dashboardformat.h"

#include <QLocale>

namespace ow {

namespace {

QString stateText(const QString &state)
{
    if (state == QStringLiteral("cancelled"))
        return BookingsModel::tr("cancelled");
    if (state == QStringLiteral("checked_in"))
        return BookingsModel::tr("checked in");
    return BookingsModel::tr("booked");
}

} // namespace

BookingSlotsModel::BookingSlotsModel(QObject *parent)
    : CellTableModel(parent)
{
    setHeaders({tr("Slot"), tr("Places"), tr("Booked"), tr("Free")});
}

void BookingSlotsModel::setSlots(const QList<HallBookingSlot> &list)
{
    m_slots = list;
    QList<CellRow> rows;
    rows.reserve(list.size());
    for (const HallBookingSlot &s : list) {
        const QColor full = s.free == 0 ? DashboardFormat::alertColor() : QColor();
        rows << CellRow{s.start.toString(Qt::ISODate),
                        {Cell{s.time, s.start, full, {}, false}, Cell{QString::number(s.capacity), s.capacity, {}, {}, true},
                         Cell{QString::number(s.booked), s.booked, {}, {}, true},
                         Cell{QString::number(s.free), s.free, full, {}, true}}};
    }
    CellTableModel::setRows(std::move(rows));
}

BookingsModel::BookingsModel(QObject *parent)
    : CellTableModel(parent)
{
    setHeaders({tr("Booking code"), tr("Day"), tr("Slot"), tr("Service"), tr("Name"), tr("Phone"), tr("State")});
}

void BookingsModel::setBookings(const QList<HallBooking> &list, const QTimeZone &zone)
{
    m_bookings = list;
    const QLocale locale;
    QList<CellRow> rows;
    rows.reserve(list.size());
    for (const HallBooking &b : list) {
        const QDateTime start = b.slotStart.toTimeZone(zone);
        const QString time =
            start.toString(QStringLiteral("HH:mm")) + u'-' + b.slotEnd.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
        rows << CellRow{b.code,
                        {Cell{b.code, b.code, {}, {}, false},
                         Cell{locale.toString(start.date(), QLocale::ShortFormat), start.date(), {}, {}, true},
                         Cell{time, b.slotStart, {}, {}, false}, Cell{b.service, b.service, {}, {}, false},
                         Cell{b.name, b.name, {}, {}, false}, Cell{b.phone, b.phone, {}, {}, false},
                         Cell{stateText(b.state), b.state, {}, {}, false}}};
    }
    CellTableModel::setRows(std::move(rows));
}

const HallBooking *BookingsModel::booking(const QString &code) const
{
    for (const HallBooking &b : m_bookings) {
        if (b.code == code)
            return &b;
    }
    return nullptr;
}

} // namespace ow
