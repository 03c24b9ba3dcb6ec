#pragma once
// The hall service for integration tests: in-process on an ephemeral 127.0.0.1 port (optionally on its
// own thread), or the real onewindow-hall binary as a child process; plain HTTP helpers; waiting for
// HallClient replies with a bounded loop.

#include "core/hall/client/hallclient.h"
#include "core/hall/server/hallconfig.h"
#include "core/hall/server/hallserver.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <memory>

namespace owtest {

// The demo hall (5 services, 12 windows, demo tokens) with the given no-show grace.
ow::HallConfig hallConfig(int noShowGraceSeconds = 0);

// Demo tokens.
inline QByteArray kioskToken()
{
    return QByteArrayLiteral("demo-kiosk-1");
}
inline QByteArray boardToken()
{
    return QByteArrayLiteral("demo-board-1");
}
inline QByteArray supervisorToken()
{
    return QByteArrayLiteral("demo-supervisor");
}
inline QByteArray windowToken(int n)
{
    return QByteArrayLiteral("demo-window-") + QByteArray::number(n).rightJustified(2, '0');
}
inline QString windowId(int n)
{
    return QStringLiteral("W") + QString::number(n).rightJustified(2, u'0');
}

struct HttpAnswer {
    int status = 0;
    QByteArray contentType;
    QJsonObject body;
    QByteArray raw;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

// One blocking request (the event loop spins meanwhile, 5 s at most).
HttpAnswer http(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &token = {},
                const QByteArray &body = {});
inline HttpAnswer post(const QUrl &base, const QString &path, const QByteArray &token, const QByteArray &body = "{}")
{
    return http(base, "POST", path, token, body);
}
inline HttpAnswer get(const QUrl &base, const QString &path, const QByteArray &token)
{
    return http(base, "GET", path, token);
}

// Waits for a reply of a HallClient (5 s at most); an unfinished reply gives httpStatus -1.
ow::HallResult await(ow::HallReply *reply);

// An in-process hall on this thread, with a temporary database.
struct LocalHall {
    explicit LocalHall(const ow::HallConfig &config = hallConfig(), const ow::Clock *clock = nullptr);
    bool start(quint16 port = 0); // again after stop(): same database
    ow::HallClient::Options clientOptions(const QByteArray &token) const;
    QTemporaryDir dir;
    QString databasePath;
    ow::HallConfig config;
    const ow::Clock *clock;
    int dayCheckIntervalMs = 30000;
    ow::ConnectionLimits limits; // shortened by the tests of the limits
    ow::HallServer server;
    QUrl url;
};

// A hall on its own thread (its own event loop), as the service runs: requests from the test's threads
// reach it concurrently.
class HallThread : public QThread
{
public:
    explicit HallThread(const QString &databasePath, const ow::HallConfig &config = hallConfig());
    ~HallThread() override;
    bool waitUntilListening(); // true once the port is known
    // Starts the thread and REQUIREs that the service listens; its URL.
    QUrl listen();
    QUrl url() const { return m_url; }

protected:
    void run() override;

private:
    QString m_databasePath;
    ow::HallConfig m_config;
    QUrl m_url;
    std::atomic<int> m_started{0}; // 1 listening, -1 failed
};

// The real onewindow-hall binary on a database, with --port 0; url() is parsed from its first line.
struct HallProcess {
    bool start(const QString &databasePath, QString *error = nullptr, const QStringList &extraArguments = {});
    // start(), REQUIREd to work; the program's error is shown when it does not.
    void mustStart(const QString &databasePath);
    void killHard(); // SIGKILL: no destructors, no flush
    QUrl url;
    std::unique_ptr<QProcess> process;
};

} // namespace owtest
