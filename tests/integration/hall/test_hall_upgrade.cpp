// The hall service updated from an earlier release: a hall database of every earlier schema version,
// holding a real day (tickets issued, called, linked to cases), opens in this service and is upgraded with
// nothing lost. The earlier database is made as the earlier service left it: the real service's rows of
// the tables that schema had, in a file migrated only that far.
#include "core/hall/server/hallstore.h"
#include "core/storage/database.h"
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

const QString CaseId = u"DEMO-20261207-01-0001"_s;
const QString BookingCode = u"UP0001"_s;

// A day of the real service: two tickets, the first called at W01 and linked to a case.
QString recordDay(LocalHall &hall, qint64 *lastSequence)
{
    REQUIRE(hall.start());
    const HttpAnswer first = post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})");
    REQUIRE(first.status == 201);
    REQUIRE(post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})").status == 201);
    const QString ticketId = first.body.value(u"ticket"_s).toObject().value(u"id"_s).toString();
    REQUIRE(post(hall.url, u"/api/v1/windows/W01/call-next"_s, windowToken(1)).status == 200);
    REQUIRE(post(hall.url, u"/api/v1/tickets/%1/cases"_s.arg(ticketId), windowToken(1),
                 QJsonDocument(QJsonObject{{u"caseIds"_s, QJsonArray{CaseId}}}).toJson())
                .status
            == 200);
    // A booking as schemas before 4 knew them: code and slot, nobody's name.
    const QDateTime slot = QDateTime::currentDateTimeUtc().addDays(1);
    REQUIRE(post(hall.url, u"/api/v1/bookings"_s, supervisorToken(),
                 QJsonDocument(QJsonObject{{u"code"_s, BookingCode},
                                           {u"service"_s, u"B"_s},
                                           {u"slotStart"_s, slot.toString(Qt::ISODate)},
                                           {u"slotEnd"_s, slot.addSecs(1800).toString(Qt::ISODate)}})
                     .toJson())
                .status
            == 201);
    *lastSequence = hall.server.lastSequence();
    hall.server.stop();
    return ticketId;
}

} // namespace

TEST_CASE("a hall database of every earlier schema version is upgraded with nothing lost")
{
    LocalHall recorded;
    qint64 recordedSequence = 0;
    const QString ticketId = recordDay(recorded, &recordedSequence);
    QString error;
    const QList<ow::Migration> migrations = ow::HallStore::migrations(&error);
    REQUIRE(migrations.size() >= 2);
    for (qsizetype from = 1; from < migrations.size(); ++from) {
        INFO("a hall database of schema " << from);
        LocalHall hall;
        {
            // The earlier service's file: its schema, the rows of the tables it had.
            ow::Database earlier;
            REQUIRE(earlier.open(hall.databasePath, migrations.mid(0, from), &error));
            QSqlQuery q(earlier.db());
            REQUIRE(q.exec(u"ATTACH DATABASE '%1' AS recorded"_s.arg(recorded.databasePath)));
            QStringList tables{u"hall_meta"_s, u"queue_events"_s, u"tickets"_s, u"windows"_s, u"bookings"_s};
            if (from >= 2) // schema 2's own tables, as that service wrote them
                tables << u"case_summaries"_s << u"ticket_cases"_s;
            for (const QString &table : std::as_const(tables)) {
                // The columns the earlier schema had: later ones (bookings' name, phone ...) are left behind.
                QStringList columns;
                REQUIRE(q.exec(u"PRAGMA main.table_info(%1)"_s.arg(table)));
                while (q.next())
                    columns.append(q.value(1).toString());
                REQUIRE(q.exec(u"INSERT INTO main.%1 (%2) SELECT %2 FROM recorded.%1"_s.arg(table, columns.join(u", "_s))));
            }
            q.finish();
            REQUIRE(q.exec(u"DETACH DATABASE recorded"_s));
        }
        REQUIRE(hall.start());
        CHECK(hall.server.lastSequence() == recordedSequence);
        // The day goes on where it was: W01 serves the linked ticket, the next ticket takes the next number.
        const HttpAnswer ticket = get(hall.url, u"/api/v1/tickets/%1"_s.arg(ticketId), supervisorToken());
        REQUIRE(ticket.status == 200);
        CHECK(ticket.body.value(u"ticket"_s).toObject().value(u"caseIds"_s).toArray() == QJsonArray{CaseId});
        const HttpAnswer snapshot = get(hall.url, u"/api/v1/snapshot"_s, boardToken());
        REQUIRE(snapshot.status == 200);
        CHECK(snapshot.body.value(u"waiting"_s).toArray().size() == 1);
        const HttpAnswer third = post(hall.url, u"/api/v1/tickets"_s, kioskToken(), R"({"service":"A"})");
        REQUIRE(third.status == 201);
        CHECK(third.body.value(u"ticket"_s).toObject().value(u"code"_s).toString() == u"A003"_s);
        // The case's ticket, which schema 2 keeps in its own table, was found in the event log (or kept).
        ow::HallStore store;
        hall.server.stop();
        REQUIRE(store.open(hall.databasePath, &error));
        CHECK(store.ticketOfCase(CaseId, &error) == ticketId);
        // Schema 4's columns of a booking made before it: nobody's name or phone, active, no creation time.
        const QJsonObject booking = store.storedBooking(BookingCode, &error);
        CHECK(booking.value(u"code"_s).toString() == BookingCode);
        CHECK(booking.value(u"name"_s).toString().isEmpty());
        CHECK(booking.value(u"phone"_s).toString().isEmpty());
        CHECK(booking.value(u"state"_s).toString() == u"active"_s);
        CHECK(booking.value(u"createdAt"_s).toString().isEmpty());
    }
}
