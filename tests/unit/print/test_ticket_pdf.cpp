// The kiosk's paper ticket as a PDF for a thermal roll: both roll widths are written, and a path that
// cannot be written is an error with a sentence, not a crash or a silent nothing.
#include "core/print/ticketprinter.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

TEST_CASE("the kiosk's ticket is written as a PDF for 58 mm and 80 mm rolls")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ow::TicketPrint print;
    print.hallName = u"一窗通示范大厅"_s;
    print.ticket.id = u"20261128-A012"_s;
    print.ticket.code = u"A012"_s;
    print.ticket.priority = u"elderly"_s;
    print.serviceName = u"综合受理"_s;
    print.peopleAhead = 4;
    print.footer = u"过号请重新取号"_s;
    for (auto paper : {ow::TicketPrinter::Paper::Roll58mm, ow::TicketPrinter::Paper::Roll80mm}) {
        const QString path = dir.filePath(paper == ow::TicketPrinter::Paper::Roll58mm ? u"t58.pdf"_s : u"t80.pdf"_s);
        QString error;
        REQUIRE(ow::TicketPrinter::write(path, print, paper, &error));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        CHECK(pdf.startsWith("%PDF"));
        CHECK(pdf.size() > 1000);
    }
    QString error;
    CHECK_FALSE(
        ow::TicketPrinter::write(dir.filePath(u"missing/dir/t.pdf"_s), print, ow::TicketPrinter::Paper::Roll80mm, &error));
    CHECK_FALSE(error.isEmpty());
}
