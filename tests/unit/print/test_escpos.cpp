// The kiosk's ESC/POS ticket, byte by byte: what a thermal printer is sent must be exactly the commands
// and GB18030 text meant, since a wrong byte prints garbage or cuts the roll in the wrong place.
#include "core/print/escposticket.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out += char(v);
    return out;
}

} // namespace

TEST_CASE("ESC/POS text is GB18030 and ends the line")
{
    // 综合受理 in GB2312 (a subset of GB18030); ASCII stays one byte.
    CHECK(ow::EscPosTicket::text(u"综合受理"_s) == bytes({0xD7, 0xDB, 0xBA, 0xCF, 0xCA, 0xDC, 0xC0, 0xED, 0x0A}));
    CHECK(ow::EscPosTicket::text(u"A017"_s) == QByteArray("A017\n"));
    // A character outside GB2312 and GBK takes GB18030's four bytes: 𠀀 (U+20000) is 95 32 82 36.
    CHECK(ow::EscPosTicket::text(QString::fromUcs4(U"\U00020000")) == bytes({0x95, 0x32, 0x82, 0x36, 0x0A}));
}

TEST_CASE("the QR code is sent with GS ( k: model 2, module size, level M, store, print")
{
    const QByteArray qr = ow::EscPosTicket::qrCode("20261128-A017", 6);
    const QByteArray expected = bytes({0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00, // model 2
                                       0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, 0x06,       // 6 dots a module
                                       0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, 0x31,       // level M
                                       0x1D, 0x28, 0x6B, 0x10, 0x00, 0x31, 0x50, 0x30})      // store 13 + 3 bytes
                                + QByteArray("20261128-A017") + bytes({0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30}); // print
    CHECK(qr.toHex(' ') == expected.toHex(' '));
    // A long payload carries its length in two bytes, low first.
    const QByteArray longQr = ow::EscPosTicket::qrCode(QByteArray(300, 'x'));
    CHECK(longQr.contains(bytes({0x1D, 0x28, 0x6B, 0x2F, 0x01, 0x31, 0x50, 0x30}))); // 303 = 0x012F
}

TEST_CASE("a whole ticket: reset, Chinese mode, centred, the number four times the size, QR, cut")
{
    ow::TicketPrint print;
    print.hallName = u"一窗通示范大厅"_s;
    print.serviceName = u"综合受理"_s;
    print.ticket.id = u"20261128-A017"_s;
    print.ticket.code = u"A017"_s;
    print.ticket.priority = u"elderly"_s;
    print.peopleAhead = 4;
    print.footer = u"过号请重新取号"_s;
    const QByteArray out = ow::EscPosTicket::encode(print);
    CHECK(out.startsWith(bytes({0x1B, 0x40, 0x1C, 0x26, 0x1B, 0x61, 0x01})));
    // (QByteArray(...) around the sums: QStringBuilder's result does not convert to a view by itself.)
    CHECK(out.endsWith(QByteArray(ow::EscPosTicket::text(u"过号请重新取号"_s) + bytes({0x1D, 0x56, 0x42, 0x03}))));
    CHECK(out.contains(QByteArray(bytes({0x1D, 0x21, 0x33, 0x1B, 0x45, 0x01}) + QByteArray("A017\n")
                                  + bytes({0x1B, 0x45, 0x00, 0x1D, 0x21, 0x00}))));
    CHECK(out.contains(ow::EscPosTicket::text(u"综合受理"_s)));
    CHECK(out.contains(ow::EscPosTicket::text(u"Priority lane"_s)));
    CHECK(out.contains(ow::EscPosTicket::qrCode("20261128-A017")));
    CHECK(out.contains(QByteArray("4 person(s) ahead of you\n")));
    CHECK_FALSE(out.contains(QByteArray("\xE7\xBB\xBC"))); // no UTF-8 (综) slipped through

    // Written to a device path (here a file) as is; an unwritable path says why.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lp0"_s);
    QString error;
    REQUIRE(ow::EscPosTicket::write(path, out, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == out);
    CHECK_FALSE(ow::EscPosTicket::write(dir.filePath(u"no/such/lp0"_s), out, &error));
    CHECK(error.contains(u"no/such/lp0"_s));
}
