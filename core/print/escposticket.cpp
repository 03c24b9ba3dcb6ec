#include "core/print/escposticket.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QStringEncoder>

namespace ow {

namespace {

// ESC/POS commands used here (Epson's reference; Chinese printers follow it).
const QByteArray Init("\x1b\x40", 2);               // ESC @: reset
const QByteArray ChineseMode("\x1c\x26", 2);        // FS &: two-byte (GB18030) characters on
const QByteArray AlignCenter("\x1b\x61\x01", 3);    // ESC a 1
const QByteArray BoldOn("\x1b\x45\x01", 3);         // ESC E 1
const QByteArray BoldOff("\x1b\x45\x00", 3);        // ESC E 0
const QByteArray SizeNormal("\x1d\x21\x00", 3);     // GS ! 0
const QByteArray SizeDouble("\x1d\x21\x11", 3);     // GS ! 0x11: twice as wide and high
const QByteArray SizeQuadruple("\x1d\x21\x33", 3);  // GS ! 0x33: four times
const QByteArray FeedAndCut("\x1d\x56\x42\x03", 4); // GS V 66 3: feed a little past the head, partial cut

QByteArray qrFunction(char fn, const QByteArray &parameters)
{
    // GS ( k pL pH cn fn [parameters]: the length counts cn, fn and the parameters.
    const int length = int(parameters.size()) + 2;
    QByteArray out("\x1d\x28\x6b", 3);
    out += char(length & 0xff);
    out += char((length >> 8) & 0xff);
    out += '\x31'; // cn 49: QR code
    out += fn;
    out += parameters;
    return out;
}

} // namespace

QByteArray EscPosTicket::text(const QString &line)
{
    QStringEncoder gb18030("GB18030");
    QByteArray out = gb18030.encode(line);
    out += '\n';
    return out;
}

QByteArray EscPosTicket::qrCode(const QByteArray &data, int moduleSize)
{
    QByteArray out;
    out += qrFunction('\x41', QByteArray("\x32\x00", 2));                      // fn 65: model 2
    out += qrFunction('\x43', QByteArray(1, char(qBound(1, moduleSize, 16)))); // fn 67: module size in dots
    out += qrFunction('\x45', QByteArray(1, '\x31'));                          // fn 69: error correction M
    out += qrFunction('\x50', QByteArray(1, '\x30') + data);                   // fn 80: store the data (m = 48)
    out += qrFunction('\x51', QByteArray(1, '\x30'));                          // fn 81: print it
    return out;
}

QByteArray EscPosTicket::encode(const TicketPrint &print)
{
    QByteArray out = Init + ChineseMode + AlignCenter;
    if (!print.hallName.isEmpty())
        out += BoldOn + text(print.hallName) + BoldOff;
    out += text(print.serviceName);
    out += SizeQuadruple + BoldOn + text(print.ticket.code) + BoldOff + SizeNormal;
    if (!print.ticket.priority.isEmpty())
        out += SizeDouble + text(tr("Priority lane")) + SizeNormal;
    if (print.ticket.isAppointment())
        out += text(tr("Booking %1").arg(print.ticket.bookingCode));
    out += text(tr("%n person(s) ahead of you", nullptr, print.peopleAhead));
    out += text(print.timeText());
    if (!print.ticket.id.isEmpty())
        out += qrCode(print.ticket.id.toLatin1());
    if (!print.footer.isEmpty())
        out += text(print.footer);
    out += FeedAndCut;
    return out;
}

bool EscPosTicket::write(const QString &devicePath, const QByteArray &bytes, QString *error)
{
    QFile device(devicePath);
    // A character device cannot be truncated or appended to; WriteOnly is what it takes.
    if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || device.write(bytes) != bytes.size()) {
        if (error)
            *error = tr("The ticket printer %1 cannot be written to: %2").arg(devicePath, device.errorString());
        return false;
    }
    return true;
}

} // namespace ow
