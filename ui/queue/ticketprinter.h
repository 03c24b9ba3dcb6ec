#pragma once
// The paper ticket of the kiosk, laid out for a 58 mm or 80 mm thermal roll and written as a PDF (the
// kiosk's print spooler or a PDF-capable thermal driver prints it). Connect KioskWidget::ticketIssued to
// write(). Holds no personal data: the hall queue has none.

#include "core/hall/protocol/hallmodels.h"

#include <QCoreApplication>
#include <QString>

namespace ow {

struct TicketPrint {
    QString hallName;
    HallTicket ticket;
    QString serviceName;
    int peopleAhead = 0;
    QString footer; // e.g. "过号请重新取号" or the hall's phone number
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
