#pragma once
// What the sync tests do again and again: run one round and take its report; read a case's payload from the
// outbox. Header-only because it REQUIREs: only test programs (which have Catch2's main) include it.

#include "core/storage/database.h"
#include "core/sync/syncclient.h"
#include "tests/support/test_support.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <chrono>

namespace owsync {

inline ow::SyncRoundReport oneRound(ow::SyncClient &client, std::chrono::milliseconds timeout = std::chrono::seconds(30))
{
    QSignalSpy finished(&client, &ow::SyncClient::roundFinished);
    client.runRound();
    REQUIRE(owtest::waitFor([&] { return finished.size() >= 1; }, timeout));
    return finished.first().first().value<ow::SyncRoundReport>();
}

inline QByteArray payloadOf(ow::Database &db, const QString &caseId, int revision)
{
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT payload FROM outbox WHERE case_id = ? AND revision = ?"));
    q.addBindValue(caseId);
    q.addBindValue(revision);
    return q.exec() && q.next() ? q.value(0).toString().toUtf8() : QByteArray();
}

} // namespace owsync
