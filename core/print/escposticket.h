#pragma once
// The kiosk's ticket as ESC/POS bytes for a thermal printer written to directly (a raw device such as
// /dev/usb/lp0): no driver, no spooler, so a ticket prints in a fraction of a second and also where no
// PDF-capable driver exists. Text in GB18030 (what Chinese thermal printers take in their Chinese mode),
// the number at four times the size, a QR code of the ticket id (GS ( k, model 2), then feed and cut.
// The same content as TicketPrinter's PDF; no personal data.

#include "core/print/ticketprinter.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ow {

class EscPosTicket
{
    Q_DECLARE_TR_FUNCTIONS(EscPosTicket)

public:
    static QByteArray encode(const TicketPrint &print);

    // The pieces, for tests and other slips.
    static QByteArray text(const QString &line);                          // GB18030 + LF
    static QByteArray qrCode(const QByteArray &data, int moduleSize = 6); // GS ( k: model, size, level M, store, print

    // Writes the bytes to a device or file; false with *error when it cannot be opened or written whole.
    static bool write(const QString &devicePath, const QByteArray &bytes, QString *error = nullptr);
};

} // namespace ow
