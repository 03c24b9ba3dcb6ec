#pragma once
// The pieces every sync test needs: the reference platform in this process on an ephemeral loopback
// port, a client database full of offline decisions, settings scaled down for tests, and the check that
// the platform and the window agree.

#include "core/platform/platformserver.h"
#include "core/platform/platformstore.h"
#include "core/storage/database.h"
#include "core/sync/syncsettings.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

class QNetworkAccessManager;

namespace ow {
class SyncClient;
}

namespace owsync {

inline const QByteArray TestToken = "device-token-for-tests";

// The reference platform in-process, listening on 127.0.0.1 (ephemeral port), demo catalog.
struct InProcessPlatform {
    explicit InProcessPlatform(const ow::PlatformFaults &faults = {});
    QUrl url() const;
    QTemporaryDir dir;
    ow::PlatformStore store;
    ow::PlatformServer server{store};
    quint16 port = 0;
};

// Retry and backoff numbers scaled down from seconds to milliseconds.
ow::SyncSettings testSettings(const QUrl &platform, int batchSize = 50);

// A client database in a temporary folder.
struct ClientDatabase {
    ClientDatabase();
    QTemporaryDir dir;
    QString path;
    ow::Database db;
};

// A closed database file with `count` decisions, made once per program run and copied for each use
// (making thousands of cases costs more than syncing them).
QString templateDatabase(int count);
// Copies the template into dir/name and opens it.
bool openCopy(ow::Database &db, const QString &dir, int count, QString *error);

// Lines describing every disagreement between the client database and the platform; empty when the
// platform holds exactly one record per local case, at the local revision, with the official number the
// window has, and the outbox has nothing left unsent.
QStringList disagreements(ow::Database &client, ow::PlatformStore &platform);

// How many cases the fault-matrix tests push through each fault: OW_SYNC_CASES, default `fallback`.
int casesPerFault(int fallback);

// One request, waited for on the event loop: the contract seen from outside the client.
struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray retryAfter;
    QJsonObject json() const;
};
HttpResult http(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const QByteArray &token = TestToken, const QList<QPair<QByteArray, QByteArray>> &headers = {});

// The demo catalog with one more matter (a copy of the first under `extraCode`), as catalog-file bytes;
// `promisedDays` >= 0 also changes the first matter's promised time limit (a new version of it).
QByteArray demoCatalog(const QString &extraCode = {}, int promisedDays = -1);

// Starts the client and waits until its backlog is empty and no round runs (or the timeout passes).
bool drain(ow::SyncClient &client, int timeoutMs);

} // namespace owsync
