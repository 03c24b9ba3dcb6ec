#include "core/print/ticketprinter.h"

#include <QFile>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace ow {

QString TicketPrint::timeText() const
{
    if (!issuedAtText.isEmpty())
        return issuedAtText;
    const QDateTime at = ticket.issuedAt.isValid() ? ticket.issuedAt.toLocalTime() : QDateTime::currentDateTime();
    return QLocale().toString(at, QLocale::ShortFormat);
}

bool TicketPrinter::write(const QString &path, const TicketPrint &print, Paper paper, QString *error)
{
    // The printable width of the rolls (the head does not reach the edges): 48 mm of 58, 72 mm of 80.
    const qreal widthMm = paper == Paper::Roll58mm ? 48.0 : 72.0;
    const qreal heightMm = paper == Paper::Roll58mm ? 70.0 : 90.0;
    QPdfWriter writer(path);
    writer.setResolution(203); // thermal heads print at 203 dpi: text lands on whole dots
    writer.setPageSize(QPageSize(QSizeF(widthMm, heightMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(tr("Queue ticket %1").arg(print.ticket.code));
    writer.setCreator(QStringLiteral("OneWindow"));

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot write the ticket to %1").arg(path);
        return false;
    }
    const int width = writer.width();
    const qreal scale = paper == Paper::Roll58mm ? 0.8 : 1.0;
    auto line = [&](const QString &text, qreal points, bool bold, int &y) {
        QFont f = painter.font();
        f.setPointSizeF(points * scale);
        f.setBold(bold);
        painter.setFont(f);
        const QRect box(0, y, width, writer.height() - y);
        QRect used;
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text, &used);
        y = used.bottom() + painter.fontMetrics().height() / 3;
    };

    int y = 0;
    line(print.hallName, 11, true, y);
    line(print.serviceName, 12, false, y);
    line(print.ticket.code, 40, true, y);
    if (!print.ticket.priority.isEmpty())
        line(tr("Priority lane"), 11, true, y);
    line(tr("%n person(s) ahead of you", nullptr, print.peopleAhead), 10, false, y);
    line(print.timeText(), 9, false, y);
    if (!print.footer.isEmpty())
        line(print.footer, 8, false, y);
    painter.end();

    if (!QFile::exists(path)) {
        if (error)
            *error = tr("Cannot write the ticket to %1").arg(path);
        return false;
    }
    return true;
}

} // namespace ow
