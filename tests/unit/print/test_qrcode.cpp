#include "core/print/qrcode.h"
#include "tests/support/test_support.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

TEST_CASE("a QR code read back by a real decoder gives the text that was encoded")
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    REQUIRE_FALSE(zbarimg.isEmpty()); // zbar-tools is installed by scripts/deps.sh
    QTemporaryDir dir;
    for (const QString &text :
         {QStringLiteral("ACDE3467"), QStringLiteral("https://zwfw.example/q/ACDE3467"), QStringLiteral("办件查询码 ACDE3467")}) {
        const QString png = dir.filePath(QStringLiteral("qr.png"));
        REQUIRE(ow::qrImage(text.toUtf8(), 6).save(png));
        QProcess p;
        p.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        REQUIRE(p.waitForFinished(30000));
        CHECK(QString::fromUtf8(p.readAllStandardOutput()).trimmed() == text);
    }
}

TEST_CASE("the QR matrix is square with the finder pattern in its corner")
{
    const ow::QrMatrix m = ow::encodeQr("HELLO");
    REQUIRE(m.width >= 21);
    CHECK(m.modules.size() == m.width * m.width);
    // A finder pattern: a dark 7x7 ring with a dark 3x3 centre, in the top-left corner.
    for (int i = 0; i < 7; ++i) {
        CHECK(m.dark(i, 0));
        CHECK(m.dark(0, i));
        CHECK(m.dark(i, 6));
        CHECK(m.dark(6, i));
    }
    CHECK_FALSE(m.dark(1, 1));
    CHECK(m.dark(3, 3));
}
