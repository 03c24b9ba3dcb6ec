#pragma once
// QR codes for printouts (the query code on a receipt, a ticket's link), encoded by libqrencode.

#include <QByteArray>
#include <QImage>

namespace ow {

// The code as black (true) and white modules, row by row; empty if the text cannot be encoded.
struct QrMatrix {
    int width = 0;
    QList<bool> modules;
    bool dark(int x, int y) const { return modules.at(y * width + x); }
};

QrMatrix encodeQr(const QByteArray &utf8);

// A crisp black-on-white image: moduleSize pixels per module and a quiet zone of 4 modules each side.
QImage qrImage(const QByteArray &utf8, int moduleSize = 6);

} // namespace ow
