// The outbox state machine.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/outbox.h"
#include "tests/support/test_support.h"
#include "tests/unit/storage/storagefixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

struct Fixture : CatalogDatabase {
    ow::Case commit(ow::Decision decision = ow::Decision::Accept)
    {
        ow::Case c = sampleCase(catalog, {u"M001"_s}, decision);
        QString error;
        REQUIRE(ow::CaseRepository(t.db).commitDecision(c, samplePerson(), &error));
        return c;
    }

    ow::Outbox outbox{t.db};
};

QList<qint64> idsOf(const QList<ow::OutboxItem> &items)
{
    QList<qint64> ids;
    for (const ow::OutboxItem &i : items)
        ids << i.id;
    return ids;
}

} // namespace

TEST_CASE("an outbox row goes pending, sending, retry, sending, sent")
{
    Fixture f;
    const ow::Case c = f.commit();
    QList<ow::OutboxItem> due = f.outbox.pending(10);
    REQUIRE(due.size() == 1);
    const ow::OutboxItem item = due.first();
    CHECK(item.caseId == c.id);
    CHECK(item.revision == 1);
    CHECK(item.state == ow::OutboxState::Pending);
    CHECK(item.attempts == 0);
    CHECK(QJsonDocument::fromJson(item.payload).object().value(u"caseNumber"_s).toString() == c.caseNumber);
    CHECK(f.outbox.counts().pending == 1);

    QString error;
    REQUIRE(f.outbox.markSending({item.id}, &error));
    CHECK(f.outbox.item(item.id)->state == ow::OutboxState::Sending);
    CHECK(f.outbox.item(item.id)->attempts == 1);
    CHECK(f.outbox.pending(10).isEmpty());

    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
    REQUIRE(f.outbox.scheduleRetry(item.id, later, u"HTTP 503"_s, &error));
    CHECK(f.outbox.pending(10).isEmpty()); // not due yet
    due = f.outbox.pending(10, later.addSecs(1));
    REQUIRE(due.size() == 1);
    CHECK(due.first().lastError == u"HTTP 503"_s);
    CHECK(due.first().nextAttemptAt == later);

    REQUIRE(f.outbox.markSending({item.id}, &error));
    CHECK(f.outbox.item(item.id)->attempts == 2);
    CHECK(f.outbox.item(item.id)->lastError == u"HTTP 503"_s); // kept while the next attempt runs
    REQUIRE(f.outbox.markSent(item.id, u"GOV-1"_s, &error));
    const ow::OutboxItem sent = *f.outbox.item(item.id);
    CHECK(sent.state == ow::OutboxState::Sent);
    CHECK(sent.lastError.isEmpty());
    CHECK(sent.sentAt.isValid());
    CHECK(ow::CaseRepository(f.t.db).byId(c.id)->officialNumber == u"GOV-1"_s);
    // The case keeps the time, for when retention has removed the row (schema 17).
    CHECK(scalar(f.t.db.db(), u"SELECT delivered_at FROM cases WHERE id = ?"_s, {c.id}).toString()
          == scalar(f.t.db.db(), u"SELECT sent_at FROM outbox WHERE id = ?"_s, {item.id}).toString());
    CHECK_FALSE(scalar(f.t.db.db(), u"SELECT delivered_at FROM cases WHERE id = ?"_s, {c.id}).isNull());

    const ow::OutboxCounts counts = f.outbox.counts();
    CHECK(counts.pending == 0);
    CHECK(counts.sending == 0);
    CHECK(counts.sent == 1);
    CHECK_FALSE(counts.oldestUnsentAt.isValid());
}

TEST_CASE("transitions the state machine does not allow are refused")
{
    Fixture f;
    f.commit();
    f.commit();
    const QList<qint64> ids = idsOf(f.outbox.pending(10));
    REQUIRE(ids.size() == 2);
    QString error;

    CHECK_FALSE(f.outbox.markSent(ids[0], {}, &error)); // pending -> sent skips sending
    CHECK(error.contains(u"pending"_s));
    CHECK_FALSE(f.outbox.scheduleRetry(ids[0], {}, u"x"_s, &error));
    CHECK_FALSE(f.outbox.unpark(ids[0], &error));
    CHECK_FALSE(f.outbox.markSending({999}, &error));
    CHECK(error.contains(u"999"_s));

    REQUIRE(f.outbox.markSending({ids[0]}, &error));
    // All or nothing: one row already sending fails the batch, the other stays pending.
    CHECK_FALSE(f.outbox.markSending({ids[1], ids[0]}, &error));
    CHECK(f.outbox.item(ids[1])->state == ow::OutboxState::Pending);
    CHECK(f.outbox.item(ids[1])->attempts == 0);

    REQUIRE(f.outbox.markSent(ids[0], {}, &error));
    CHECK_FALSE(f.outbox.markSending({ids[0]}, &error));
    CHECK_FALSE(f.outbox.markParked(ids[0], u"late"_s, &error));
}

TEST_CASE("a refused row is parked with its reason and can be released")
{
    Fixture f;
    f.commit();
    const qint64 id = f.outbox.pending(1).first().id;
    QString error;
    REQUIRE(f.outbox.markSending({id}, &error));
    REQUIRE(f.outbox.markParked(id, u"HTTP 422: unknown matter"_s, &error));
    CHECK(f.outbox.pending(10).isEmpty());
    REQUIRE(f.outbox.parked().size() == 1);
    CHECK(f.outbox.parked().first().lastError == u"HTTP 422: unknown matter"_s);
    CHECK(f.outbox.counts().parked == 1);

    REQUIRE(f.outbox.unpark(id, &error));
    const ow::OutboxItem item = *f.outbox.item(id);
    CHECK(item.state == ow::OutboxState::Pending);
    CHECK(item.attempts == 0);
    CHECK(f.outbox.pending(10).size() == 1);
}

TEST_CASE("rows left sending by a crash are pending again after resetStaleSending")
{
    Fixture f;
    f.commit();
    f.commit();
    const QList<qint64> ids = idsOf(f.outbox.pending(10));
    QString error;
    REQUIRE(f.outbox.markSending(ids, &error));
    CHECK(f.outbox.counts().sending == 2);

    f.t.db.close(); // the program dies here
    REQUIRE(f.t.db.open(f.t.path));
    CHECK(f.outbox.counts().sending == 2);
    CHECK(f.outbox.resetStaleSending(&error) == 2);
    CHECK(f.outbox.counts().sending == 0);
    CHECK(idsOf(f.outbox.pending(10)) == ids);
    CHECK(f.outbox.item(ids[0])->attempts == 1); // the interrupted attempt still counts for backoff
    CHECK(f.outbox.resetStaleSending(&error) == 0);
}

TEST_CASE("a case's later revision waits until the earlier one is sent")
{
    Fixture f;
    const ow::Case c = f.commit(ow::Decision::AcceptWithDeficiency);
    QString error;
    REQUIRE(
        ow::CaseRepository(f.t.db).recordSupplement(c.id, {u"HEALTH_CERT"_s, u"LEASE_CONTRACT"_s}, QDate::currentDate(), &error));
    QList<ow::OutboxItem> due = f.outbox.pending(10);
    REQUIRE(due.size() == 1);
    CHECK(due.first().revision == 1);
    CHECK(f.outbox.counts().pending == 2);
    CHECK(f.outbox.counts().oldestUnsentAt.isValid());

    REQUIRE(f.outbox.markSending({due.first().id}, &error));
    CHECK(f.outbox.pending(10).isEmpty()); // revision 2 waits while 1 is in flight
    REQUIRE(f.outbox.markSent(due.first().id, {}, &error));
    due = f.outbox.pending(10);
    REQUIRE(due.size() == 1);
    CHECK(due.first().revision == 2);
    CHECK(QJsonDocument::fromJson(due.first().payload).object().value(u"status"_s).toString()
          == ow::caseStatusKey(ow::CaseStatus::Accepted));
}
