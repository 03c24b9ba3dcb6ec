// Issue #15, logs: the real onewindow-hall with every category at debug level logs to standard error (the
// journal), and no token — right, wrong, in a header or in a WebSocket URL — appears in what it wrote.
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace owtest;

TEST_CASE("the hall service at debug level writes no token into its log")
{
    QTemporaryDir dir;
    qputenv("QT_LOGGING_RULES", "onewindow.*.debug=true");
    HallProcess hall;
    QString error;
    const bool started = hall.start(dir.filePath(u"hall.sqlite"_s), &error);
    qunsetenv("QT_LOGGING_RULES");
    INFO(error.toStdString());
    REQUIRE(started);

    CHECK(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
    CHECK(post(hall.url, u"/api/v1/windows/W03/call-next"_s, windowToken(3), "{}").status == 200);
    CHECK(get(hall.url, u"/api/v1/snapshot"_s, "wrong-token-7f3a9c").status == 401);
    QWebSocket board;
    QUrl stream = hall.url;
    stream.setScheme(u"ws"_s);
    stream.setPath(u"/api/v1/events/stream"_s);
    stream.setQuery(u"token=demo-board-1"_s);
    board.open(stream);
    CHECK(waitFor([&] { return board.state() == QAbstractSocket::ConnectedState; }));
    board.close();

    hall.process->terminate();
    REQUIRE(hall.process->waitForFinished(10000));
    const QString log = QString::fromUtf8(hall.process->readAllStandardError());
    INFO(log.toStdString());
    CHECK(log.contains(u"onewindow."_s)); // it did log, at debug level
    for (const QString &secret : {u"demo-kiosk-1"_s, u"demo-window-03"_s, u"wrong-token-7f3a9c"_s, u"demo-board-1"_s})
        CHECK_FALSE(log.contains(secret));
}
