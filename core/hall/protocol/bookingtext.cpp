#include "core/hall/protocol/bookingtext.h"

#include "core/hall/protocol/halltext.h"

using namespace Qt::StringLiterals;

namespace ow {

QString bookingSmsText(const BookingSms &sms)
{
    if (sms.code.isEmpty() || !sms.slotStart.isValid() || !sms.slotEnd.isValid() || !sms.timeZone.isValid())
        return {};
    const QDateTime start = sms.slotStart.toTimeZone(sms.timeZone);
    const QDateTime end = sms.slotEnd.toTimeZone(sms.timeZone);
    return HallText::tr("[%1] Your booking for %2 is on %3, %4-%5. Booking code: %6. Please check in with this code "
                        "at the hall's ticket kiosk from %7 minutes before the slot until %8 minutes after it ends.")
        .arg(sms.hallName, sms.serviceName, start.toString(u"yyyy-MM-dd"_s), start.toString(u"HH:mm"_s), end.toString(u"HH:mm"_s),
             sms.code)
        .arg(sms.earlyMinutes)
        .arg(sms.lateMinutes);
}

} // namespace ow
