// The link between the intake's decisions and the ticket at a clerk's window, without widgets: which
// ticket a case belongs to, the visit's default outcome, a link kept while the hall is away and sent when
// it is back, a link the hall refuses dropped for good, and links of an earlier run sent at start. The
// hall is the real service on loopback; what it stored is read back from it.
#include "core/hall/reporter/ticketcaselinker.h"
#include "core/storage/database.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ow::Decision;

namespace {

// The hall, a kiosk, window 3 and a supervisor, and window 3's own database.
struct Station {
    owtest::LocalHall hall;
    std::unique_ptr<ow::HallClient> kiosk, window, supervisor;
    QTemporaryDir dir;
    ow::Database db;

    Station()
    {
        REQUIRE(hall.start());
        REQUIRE(db.open(dir.filePath(u"window.sqlite"_s)));
        kiosk = std::make_unique<ow::HallClient>(hall.clientOptions(owtest::kioskToken()));
        window = std::make_unique<ow::HallClient>(hall.clientOptions(owtest::windowToken(3)));
        supervisor = std::make_unique<ow::HallClient>(hall.clientOptions(owtest::supervisorToken()));
        for (ow::HallClient *c : {kiosk.get(), window.get(), supervisor.get()})
            c->start();
        REQUIRE(owtest::waitFor([&] { return kiosk->isOnline() && window->isOnline() && supervisor->isOnline(); }));
    }
    // A ticket taken at the kiosk and called to window 3 (completing the one there with `outcome`).
    ow::HallTicket callNew(const QString &outcome = {})
    {
        REQUIRE(owtest::await(kiosk->issueTicket(u"A"_s)).ok());
        const ow::HallResult called = owtest::await(window->callNext(owtest::windowId(3), outcome));
        REQUIRE(called.ok());
        REQUIRE(called.ticket().isValid());
        return called.ticket();
    }
    QStringList casesOf(const ow::HallTicket &ticket)
    {
        const ow::HallResult r = owtest::await(supervisor->fetchTicket(ticket.id));
        REQUIRE(r.ok());
        return r.ticket().caseIds;
    }
    // Stops the service and waits until window 3's client has noticed.
    quint16 stopHall()
    {
        const quint16 port = quint16(hall.url.port());
        hall.server.stop();
        REQUIRE(owtest::waitFor([&] { return !window->isOnline(); }, 20s));
        return port;
    }
};

// A linker over window 3's own store (or none, without a hall), with a spy on each of its signals:
// what every visit test watches.
struct WatchedLinker {
    WatchedLinker(ow::Database &db, ow::HallClient *window)
        : store(db),
          linker(window, &store)
    {}
    ow::TicketLinkStore store;
    ow::TicketCaseLinker linker;
    QSignalSpy outcome{&linker, &ow::TicketCaseLinker::outcomeChanged};
    QSignalSpy linked{&linker, &ow::TicketCaseLinker::linked};
    QSignalSpy deferred{&linker, &ow::TicketCaseLinker::linkDeferred};
    QSignalSpy dropped{&linker, &ow::TicketCaseLinker::linkDropped};
    QSignalSpy message{&linker, &ow::TicketCaseLinker::message};
};

} // namespace

TEST_CASE("the ticket outcome follows the decisions taken during the visit")
{
    using L = ow::TicketCaseLinker;
    CHECK(L::outcomeFor({}) == u"consulted"_s);
    CHECK(L::outcomeFor({Decision::NotAccepted}) == u"not_accepted"_s);
    CHECK(L::outcomeFor({Decision::NotAccepted, Decision::OneTimeNotice}) == u"one_time_notice"_s);
    CHECK(L::outcomeFor({Decision::OneTimeNotice, Decision::Accept}) == u"accepted"_s);
    CHECK(L::outcomeFor({Decision::Accept, Decision::AcceptWithDeficiency, Decision::NotAccepted}) == u"accepted_deficiency"_s);
}

TEST_CASE("a decision without a ticket at the window links nothing and keeps nothing")
{
    QTemporaryDir dir;
    ow::Database db;
    REQUIRE(db.open(dir.filePath(u"window.sqlite"_s)));
    WatchedLinker l(db, nullptr);
    CHECK_FALSE(l.linker.recordDecision(u"XH-20261128-03-0001"_s, Decision::Accept));
    // The ticket left the window (an invalid ticket): still nothing to link to.
    l.linker.setCurrentTicket({});
    CHECK_FALSE(l.linker.recordDecision(u"XH-20261128-03-0002"_s, Decision::Accept));
    CHECK(l.outcome.isEmpty());
    CHECK(l.linker.pendingLinks() == 0);
    CHECK(l.store.pending().isEmpty());
}

TEST_CASE("decisions for the ticket at the window are linked to it and set the visit's outcome")
{
    Station s;
    WatchedLinker l(s.db, s.window.get());

    const ow::HallTicket first = s.callNew();
    l.linker.setCurrentTicket(first);
    REQUIRE(l.outcome.size() == 1);
    CHECK(l.outcome.last().at(0).toString() == u"consulted"_s);
    l.linker.setCurrentTicket(first); // the same ticket again (a snapshot after a reconnect): the same visit
    CHECK(l.outcome.size() == 1);

    REQUIRE(l.linker.recordDecision(u"XH-20261128-03-0001"_s, Decision::OneTimeNotice));
    CHECK(l.outcome.last().at(0).toString() == u"one_time_notice"_s);
    REQUIRE(l.linker.recordDecision(u"XH-20261128-03-0002"_s, Decision::Accept));
    CHECK(l.outcome.last().at(0).toString() == u"accepted"_s);
    REQUIRE(owtest::waitFor([&] { return l.linked.size() == 2; }));
    CHECK(l.linked.first().at(0).toString() == first.id);
    CHECK(s.casesOf(first) == QStringList{u"XH-20261128-03-0001"_s, u"XH-20261128-03-0002"_s});
    CHECK(l.store.pending().isEmpty()); // confirmed: nothing kept
    CHECK(l.message.last().at(0).toString().contains(first.code));
    CHECK_FALSE(l.message.last().at(1).toBool());

    // The next visit starts as a consultation; its decisions are its own.
    const ow::HallTicket second = s.callNew(l.outcome.last().at(0).toString());
    l.linker.setCurrentTicket(second);
    CHECK(l.outcome.last().at(0).toString() == u"consulted"_s);
    REQUIRE(l.linker.recordDecision(u"XH-20261128-03-0003"_s, Decision::NotAccepted));
    CHECK(l.outcome.last().at(0).toString() == u"not_accepted"_s);
    REQUIRE(owtest::waitFor([&] { return l.linked.size() == 3; }));
    CHECK(s.casesOf(second) == QStringList{u"XH-20261128-03-0003"_s});
    CHECK(s.casesOf(first).size() == 2);
}

TEST_CASE("a link made while the hall is away is kept and sent once the hall is back")
{
    Station s;
    WatchedLinker l(s.db, s.window.get());
    const ow::HallTicket ticket = s.callNew();
    l.linker.setCurrentTicket(ticket);

    const quint16 port = s.stopHall();
    REQUIRE(l.linker.recordDecision(u"XH-20261128-03-0001"_s, Decision::Accept));
    REQUIRE(owtest::waitFor([&] { return l.deferred.size() == 1; }, 10s));
    CHECK(l.linker.pendingLinks() == 1);
    CHECK(l.store.pending().size() == 1); // a restart now would not lose it
    CHECK(l.message.last().at(0).toString().contains(u"not reachable"_s));
    CHECK(l.message.last().at(1).toBool());
    CHECK(l.linked.isEmpty());

    REQUIRE(s.hall.start(port));
    REQUIRE(owtest::waitFor([&] { return l.linked.size() == 1; }, 20s));
    CHECK(l.linker.pendingLinks() == 0);
    CHECK(l.store.pending().isEmpty());
    CHECK(s.casesOf(ticket) == QStringList{u"XH-20261128-03-0001"_s});
}

TEST_CASE("a link the hall refuses is dropped with the hall's reason, not retried")
{
    Station s;
    WatchedLinker l(s.db, s.window.get());
    l.linker.setRetryInterval(50);
    ow::HallTicket unknown; // a ticket the hall never issued (of another day, or typed wrong)
    unknown.id = u"20200101-A999"_s;
    unknown.code = u"A999"_s;
    l.linker.setCurrentTicket(unknown);
    REQUIRE(l.linker.recordDecision(u"XH-20261128-03-0001"_s, Decision::Accept));
    REQUIRE(owtest::waitFor([&] { return l.dropped.size() == 1; }));
    CHECK(l.dropped.first().at(0).toString() == unknown.id);
    CHECK_FALSE(l.dropped.first().at(2).toString().isEmpty());
    CHECK(l.message.last().at(0).toString().contains(u"could not be linked"_s));
    CHECK(l.deferred.isEmpty());
    CHECK(l.linker.pendingLinks() == 0);
    CHECK(l.store.pending().isEmpty());
}

TEST_CASE("links an earlier run could not deliver are sent when the linker starts")
{
    Station s;
    const ow::HallTicket ticket = s.callNew();
    ow::TicketLinkStore store(s.db);
    REQUIRE(store.add({ticket.id, ticket.code, {u"XH-20261128-03-0007"_s}})); // left by the run before
    ow::TicketCaseLinker linker(s.window.get(), &store);
    CHECK(linker.pendingLinks() == 1);
    QSignalSpy linked(&linker, &ow::TicketCaseLinker::linked);
    REQUIRE(owtest::waitFor([&] { return linked.size() == 1; }));
    CHECK(s.casesOf(ticket) == QStringList{u"XH-20261128-03-0007"_s});
    CHECK(store.pending().isEmpty());
    // It belonged to a visit of the earlier run: the linker follows no ticket until it is told one.
    CHECK_FALSE(linker.currentTicket().isValid());
}
