// The victim of the "client killed mid-drain" test: opens a client database and syncs it to the platform
// until nothing is left, like a counter PC would. Prints "RESET n" (rows a previous run left sending),
// "STARTED", and "DRAINED" when done. The parent SIGKILLs it at random moments and starts it again.
#include "core/storage/database.h"
#include "core/sync/syncclient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fputs("usage: sync_child DATABASE PLATFORM_URL TOKEN\n", stderr);
        return 2;
    }
    ow::Database db;
    QString error;
    if (!db.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "ERROR open: %s\n", qPrintable(error));
        return 1;
    }
    ow::SyncSettings settings;
    settings.platformUrl = QUrl(QString::fromLocal8Bit(argv[2]));
    settings.allowInsecure = true; // loopback
    settings.token = QByteArray(argv[3]);
    settings.batchSize = 25;
    settings.transferTimeout = std::chrono::milliseconds(5000);
    settings.itemBackoff = {std::chrono::milliseconds(5), std::chrono::milliseconds(100), 2.0};
    settings.offlineBackoff = {std::chrono::milliseconds(20), std::chrono::milliseconds(300), 2.0};
    QNetworkAccessManager network;
    ow::SyncClient client(db, &network, settings);
    const int reset = client.resetInterrupted(&error);
    std::printf("RESET %d\n", reset);
    std::fflush(stdout);
    QObject::connect(&client, &ow::SyncClient::roundFinished, &app, [&] {
        if (client.snapshot().backlog == 0) {
            std::puts("DRAINED");
            std::fflush(stdout);
            app.quit();
        }
    });
    client.start();
    std::puts("STARTED");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
