#pragma once
// How the sync client talks to the platform and how patiently it retries (numbers in docs/sync.md).

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>

class QRandomGenerator;

namespace ow {

// Capped exponential backoff with "equal jitter": after n failed attempts the next waits
// min(cap, initial * multiplier^(n-1)), of which the upper half is drawn at random. The jitter keeps a
// hall's windows (and the rows of one batch) from retrying in lockstep after an outage; the lower half
// keeps a floor under it.
struct BackoffPolicy {
    std::chrono::milliseconds initial{2000};
    std::chrono::milliseconds cap{5 * 60 * 1000};
    double multiplier = 2.0;

    std::chrono::milliseconds delay(int failedAttempts, QRandomGenerator &random) const;
};

struct SyncSettings {
    QUrl platformUrl;          // the API base, e.g. https://platform.example.gov.cn/api/v1
    QByteArray token;          // this device's bearer token; never logged
    QString caFile;            // extra CA certificates (PEM) trusted besides the system store; empty: system only
    int batchSize = 100;       // case revisions per POST /cases:batch (the contract allows 500)
    std::chrono::milliseconds transferTimeout{30 * 1000}; // QNetworkRequest::setTransferTimeout: a stalled request fails
    std::chrono::milliseconds pollInterval{60 * 1000};  // an idle client looks for status changes and the catalog this often
    BackoffPolicy itemBackoff;                       // per outbox row or rating
    BackoffPolicy offlineBackoff{std::chrono::milliseconds(1000), std::chrono::milliseconds(60 * 1000), 2.0}; // the whole client while the platform cannot be reached
    std::chrono::seconds retryAfterCap{3600}; // a Retry-After longer than this is cut to it
    int changesPageSize = 500;
    bool pullCatalog = true;
    quint32 jitterSeed = 0;    // 0: seeded from the system (tests fix it)
};

} // namespace ow
