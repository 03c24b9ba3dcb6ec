// The case-to-ticket links a window keeps until the hall confirms them (schema 8).
#include "core/hall/reporter/ticketlinkstore.h"
#include "core/storage/database.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

TEST_CASE("unconfirmed ticket links are kept in the window's database until removed, across re-opening")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.sqlite"_s);
    {
        ow::Database db;
        REQUIRE(db.open(path));
        ow::TicketLinkStore store(db);
        CHECK(store.pending().isEmpty());
        REQUIRE(store.add({u"t-1"_s, u"A001"_s, {u"XH-20261128-03-0001"_s}}));
        REQUIRE(store.add({u"t-2"_s, u"B004"_s, {u"XH-20261128-03-0002"_s}}));
        REQUIRE(store.add({u"t-1"_s, u"A001"_s, {u"XH-20261128-03-0003"_s}}));
    }
    ow::Database db; // the window program started again
    REQUIRE(db.open(path));
    ow::TicketLinkStore store(db);
    const QList<ow::PendingTicketLink> pending = store.pending();
    REQUIRE(pending.size() == 2); // one link per ticket, its cases in the order they were decided
    CHECK(pending.at(0).ticketId == u"t-1"_s);
    CHECK(pending.at(0).ticketCode == u"A001"_s);
    CHECK(pending.at(0).caseNumbers == QStringList{u"XH-20261128-03-0001"_s, u"XH-20261128-03-0003"_s});
    CHECK(pending.at(1).ticketId == u"t-2"_s);
    CHECK(pending.at(1).caseNumbers == QStringList{u"XH-20261128-03-0002"_s});

    // A case linked again (to the ticket it was transferred with) keeps only the latest ticket.
    REQUIRE(store.add({u"t-3"_s, u"C001"_s, {u"XH-20261128-03-0002"_s}}));
    CHECK(store.pending().size() == 2);
    CHECK(store.pending().at(1).ticketId == u"t-3"_s);

    REQUIRE(store.remove({u"XH-20261128-03-0001"_s, u"XH-20261128-03-0003"_s}));
    REQUIRE(store.pending().size() == 1);
    CHECK(store.pending().first().ticketCode == u"C001"_s);
    REQUIRE(store.remove({u"XH-20261128-03-0002"_s, u"no-such-case"_s}));
    CHECK(store.pending().isEmpty());
}
