#pragma once
// The SMS a clerk sends after making a booking (预约短信): the hall, the service, the slot in the hall's
// time zone, the booking code and how to check in at the kiosk. The clerk copies it; the program sends
// nothing itself.

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace ow {

struct BookingSms {
    QString hallName;    // 一窗通示范政务服务大厅
    QString serviceName; // 不动产登记
    QString code;        // the booking code
    QDateTime slotStart; // UTC
    QDateTime slotEnd;
    QTimeZone timeZone;   // the hall's
    int earlyMinutes = 0; // check-in opens this long before the slot (rules.appointmentEarlyMinutes)
    int lateMinutes = 0;  // and closes this long after it ends (rules.appointmentLateMinutes)
};

// In the application's language (context ow::Hall); empty when the booking has no code or no valid slot.
QString bookingSmsText(const BookingSms &sms);

} // namespace ow
