#include "core/print/qrcode.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>

namespace ow {

QrMatrix encodeQr(const QByteArray &utf8)
{
    QrMatrix matrix;
    // Medium error correction survives a thermal printer's smudges; 8-bit mode keeps Chinese text as UTF-8.
    std::unique_ptr<QRcode, void (*)(QRcode *)> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), QRcode_free);
    if (!code)
        return matrix;
    matrix.width = code->width;
    matrix.modules.reserve(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        matrix.modules.append(code->data[i] & 1); // bit 0: dark module; the other bits describe its role
    return matrix;
}

QImage qrImage(const QByteArray &utf8, int moduleSize)
{
    const QrMatrix matrix = encodeQr(utf8);
    if (matrix.width == 0)
        return {};
    constexpr int quietZone = 4;
    const int side = (matrix.width + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < matrix.width; ++y)
        for (int x = 0; x < matrix.width; ++x)
            if (matrix.dark(x, y))
                painter.fillRect((x + quietZone) * moduleSize, (y + quietZone) * moduleSize, moduleSize, moduleSize, Qt::black);
    return image;
}

} // namespace ow
