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

// The most the client reads of one answer, per endpoint. Enforced while reading (the Content-Length
// first, then the bytes as they come), so a hostile or broken peer costs at most this much memory; an
// answer over it is a retryable failure. The contract's own bounds (500 items, a 500-change page, the
// demo catalog of ~190 KB) sit far below.
struct ResponseLimits {
    qint64 catalog = 32 * 1024 * 1024;
    qint64 changesPage = 8 * 1024 * 1024;
    qint64 caseReply = 4 * 1024 * 1024; // a receipt, or a batch's results (500 × ~300 bytes)
    qint64 small = 256 * 1024;          // ratings, health, problems
};

struct SyncSettings {
    QUrl platformUrl; // the API base, e.g. https://platform.example.gov.cn/api/v1
    // Plain http:// sends the token and applicants' data in the clear: refused unless this is set
    // (the demo, training and tests on loopback).
    bool allowInsecure = false;
    QByteArray token;    // this device's bearer token; never logged
    QString caFile;      // extra CA certificates (PEM) trusted besides the system store; empty: system only
    int batchSize = 100; // case revisions per POST /cases:batch (the contract allows 500)
    std::chrono::milliseconds transferTimeout{30 * 1000}; // QNetworkRequest::setTransferTimeout: a stalled request fails
    // The whole request, connect to last byte: a peer that drips a byte now and then cannot extend it.
    std::chrono::milliseconds requestDeadline{120 * 1000};
    ResponseLimits responseLimits;
    int maxChangesPagesPerRound = 20;                  // 20 × 500 moves; a feed that still has more is read on at the next round
    std::chrono::milliseconds pollInterval{60 * 1000}; // an idle client looks for status changes and the catalog this often
    BackoffPolicy itemBackoff;                         // per outbox row or rating
    BackoffPolicy offlineBackoff{std::chrono::milliseconds(1000), std::chrono::milliseconds(60 * 1000),
                                 2.0};        // the whole client while the platform cannot be reached
    std::chrono::seconds retryAfterCap{3600}; // a Retry-After longer than this is cut to it
    int changesPageSize = 500;
    bool pullCatalog = true;
    quint32 jitterSeed = 0; // 0: seeded from the system (tests fix it)

    // Empty when the settings can be used; otherwise why not, translated (an http:// address without
    // allowInsecure, an address that is not http(s), no token).
    QString problem() const;
};

} // namespace ow
