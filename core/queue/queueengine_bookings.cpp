// Moving and cancelling a booking (预约 改约 / 取消预约). Registering one is in queueengine.cpp, next to
// its check-in. The events carry the code and the slot only: the person who booked stays with the hall's
// bookings table (docs/adr/0035-bookings.md), never in the log that boards read.
#include "core/queue/queueengine.h"
#include "core/queue/queueoperation_p.h"
#include "core/queue/queuetext.h"

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// The booking an operation may still change, or nullptr after op.fail().
const Booking *changeable(QueueOperation &op, const QHash<QString, Booking> &bookings, const QString &code, QueueResult *failure)
{
    const auto it = bookings.constFind(code);
    if (it == bookings.constEnd()) {
        *failure =
            op.fail(QueueError::Kind::NotFound, u"booking_not_found"_s, QueueText::tr("There is no booking %1.").arg(code));
        return nullptr;
    }
    if (it->cancelled) {
        *failure =
            op.fail(QueueError::Kind::Conflict, u"booking_cancelled"_s, QueueText::tr("Booking %1 was cancelled.").arg(code));
        return nullptr;
    }
    if (!it->ticketId.isEmpty()) {
        *failure = op.fail(QueueError::Kind::Conflict, u"booking_used"_s,
                           QueueText::tr("Booking %1 was already checked in as ticket %2.").arg(code, it->ticketId));
        return nullptr;
    }
    return &it.value();
}

// Runs `change` with the booking the code names (its key: trimmed, upper case) when it may still change;
// the refusal otherwise.
template <typename Change>
QueueResult withChangeable(QueueOperation &op, const QHash<QString, Booking> &bookings, const QString &code, Change change)
{
    const QString key = code.trimmed().toUpper();
    QueueResult failure;
    const Booking *b = changeable(op, bookings, key, &failure);
    return b ? change(key, *b) : failure;
}

} // namespace

QJsonObject bookingSlotData(const QString &code, const QString &service, const QDateTime &slotStart, const QDateTime &slotEnd,
                            const QDate &day)
{
    return {{u"code"_s, code},
            {u"service"_s, service},
            {u"slotStart"_s, slotStart.toUTC().toString(Qt::ISODateWithMs)},
            {u"slotEnd"_s, slotEnd.toUTC().toString(Qt::ISODateWithMs)},
            {u"day"_s, day.toString(Qt::ISODate)}};
}

QueueResult QueueEngine::moveBooking(const QString &code, const QDateTime &slotStart, const QDateTime &slotEnd,
                                     const QString &actor)
{
    QueueOperation op(*this, actor);
    return withChangeable(op, m_state.bookings, code, [&](const QString &key, const Booking &b) {
        const QDate day = dayOf(slotStart);
        if (!slotStart.isValid() || !slotEnd.isValid() || slotEnd <= slotStart || day < m_state.day)
            return op.fail(QueueError::Kind::Invalid, u"invalid_booking"_s,
                           QueueText::tr("A booking needs a slot of today or later that ends after it starts."));
        op.emitEvent(QueueEventType::BookingMoved, {}, {}, bookingSlotData(key, b.service, slotStart, slotEnd, day));
        return op.done();
    });
}

QueueResult QueueEngine::cancelBooking(const QString &code, const QString &actor)
{
    QueueOperation op(*this, actor);
    return withChangeable(op, m_state.bookings, code, [&](const QString &key, const Booking &b) {
        op.emitEvent(QueueEventType::BookingCancelled, {}, {}, {{u"code"_s, key}, {u"service"_s, b.service}});
        return op.done();
    });
}

} // namespace ow
