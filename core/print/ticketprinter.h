#pragma once
// The paper ticket of the kiosk, laid out for a 58 mm or 80 mm thermal roll and written as a PDF (the
// kiosk's print spooler or a PDF-capable thermal driver prints it); EscPosTicket encodes the same content
// for a raw thermal printer. Holds no personal data: the hall queue has none.
//
// The ticket here is the part of a hall ticket that goes on paper, not the hall's wire model
// (HallTicket): documents do not depend on the hall, and the kiosk copies the five fields it prints.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ow {

struct PrintedTicket {
    QString id;          // "20261128-A017": the QR code
    QString code;        // "A017": the big number
    QString priority;    // 绿色通道 category id or "": the priority lane line
    QString bookingCode; // appointment tickets
    QDateTime issuedAt;  // invalid: now

    bool isAppointment() const { return !bookingCode.isEmpty(); }
};

struct TicketPrint {
    QString hallName;
    PrintedTicket ticket;
    QString serviceName;
    int peopleAhead = 0;
    QString footer; // e.g. "过号请重新取号" or the hall's phone number
    // The issue time on the hall's clock as the kiosk shows it (HallTime::shortDateTime); documents do not
    // know the hall's zone. Empty: issuedAt on this PC's clock.
    QString issuedAtText;

    QString timeText() const;
};

class TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)

public:
    enum class Paper { Roll58mm, Roll80mm };

    // Writes one ticket page to path; false with *error on failure.
    static bool write(const QString &path, const TicketPrint &print, Paper paper = Paper::Roll80mm, QString *error = nullptr);
};

} // namespace ow
